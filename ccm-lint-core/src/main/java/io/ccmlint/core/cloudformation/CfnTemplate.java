package io.ccmlint.core.cloudformation;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sections of one CloudFormation template, as written (nothing evaluated). */
record CfnTemplate(SourceFile file, MapNode root, Map<String, Parameter> parameters, MapNode mappings,
                   Map<String, MapNode.Entry> conditions, Map<String, Resource> resources) {

    /**
     * A parameter. {@code defaultValue} is null when there is none.
     *
     * @param allowedValues the {@code AllowedValues} items, empty when any value is allowed
     */
    record Parameter(String name, MapNode.Entry entry, String type, Node defaultValue, List<Node> allowedValues) {
        /** True for the list types ({@code CommaDelimitedList}, {@code List<...>}): a value is a list of strings. */
        boolean isList() {
            return type != null && (type.equals("CommaDelimitedList") || type.startsWith("List<"));
        }
    }

    /**
     * A resource.
     *
     * @param condition the name of its {@code Condition} attribute, or null
     */
    record Resource(String logicalId, MapNode.Entry entry, String type, MapNode properties, String condition) {
    }

    static CfnTemplate of(SourceFile file, MapNode root) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (MapNode.Entry e : entries(root.get("Parameters"))) {
            MapNode p = Nodes.map(e.value());
            parameters.put(e.key(), new Parameter(e.key(), e, p == null ? null : Nodes.text(p.get("Type")),
                    p == null ? null : p.get("Default"), p == null ? List.of() : Nodes.list(p.get("AllowedValues"))));
        }
        Map<String, MapNode.Entry> conditions = new LinkedHashMap<>();
        for (MapNode.Entry e : entries(root.get("Conditions"))) {
            conditions.put(e.key(), e);
        }
        Map<String, Resource> resources = new LinkedHashMap<>();
        for (MapNode.Entry e : entries(root.get("Resources"))) {
            if (e.value() instanceof MapNode body) {
                Node props = body.get("Properties");
                resources.put(e.key(), new Resource(e.key(), e, Nodes.text(body.get("Type")),
                        props instanceof MapNode m ? m : null, Nodes.text(body.get("Condition"))));
            }
        }
        MapNode mappings = root.get("Mappings") instanceof MapNode m ? m : null;
        return new CfnTemplate(file, root, parameters, mappings, conditions, resources);
    }

    private static List<MapNode.Entry> entries(Node n) {
        return n instanceof MapNode m ? m.entries() : List.of();
    }
}
