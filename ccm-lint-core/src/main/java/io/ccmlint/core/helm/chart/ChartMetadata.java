package io.ccmlint.core.helm.chart;

import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Chart.yaml as Helm reads it into chart.Metadata: string fields keep the YAML text (a version
 * {@code 1.10} stays "1.10"), an absent apiVersion is v1, and Helm's validation applies (name,
 * version as semver, type application or library).
 */
public record ChartMetadata(String apiVersion, String name, String version, String appVersion, String description,
                            String type, String kubeVersion, String home, String icon, String condition, String tags,
                            boolean deprecated, List<String> keywords, List<String> sources,
                            List<Map<String, Object>> maintainers, Map<String, String> annotations,
                            List<Dependency> dependencies) {
    private static final Pattern SEMVER = Pattern.compile(
            "^v?(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?(\\.(0|[1-9][0-9]*))?(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$");

    public ChartMetadata withName(String newName) {
        return new ChartMetadata(apiVersion, newName, version, appVersion, description, type, kubeVersion, home, icon,
                condition, tags, deprecated, keywords, sources, maintainers, annotations, dependencies);
    }

    /** Parses and validates Chart.yaml's root node (null: an empty file). */
    static ChartMetadata parse(Node root, String where) throws ChartException {
        MapNode m = root instanceof MapNode mm ? mm : null;
        if (root != null && m == null) {
            throw new ChartException("cannot load Chart.yaml: error unmarshaling JSON: json: cannot unmarshal "
                    + (root instanceof ListNode ? "array" : "string") + " into Go value of type v2.Metadata", root.span());
        }
        String apiVersion = text(m, "apiVersion");
        if (apiVersion.isEmpty()) {
            apiVersion = "v1";
        }
        List<Dependency> deps = dependencies(m == null ? null : m.get("dependencies"));
        List<Map<String, Object>> maintainers = new ArrayList<>();
        if (m != null && m.get("maintainers") instanceof ListNode ml) {
            for (Node x : ml.items()) {
                if (x instanceof MapNode mm) {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("Name", text(mm, "name"));
                    one.put("Email", text(mm, "email"));
                    one.put("URL", text(mm, "url"));
                    maintainers.add(one);
                }
            }
        }
        Map<String, String> annotations = new LinkedHashMap<>();
        if (m != null && m.get("annotations") instanceof MapNode am) {
            for (MapNode.Entry e : am.entries()) {
                annotations.put(e.key(), scalarText(e.value()));
            }
        }
        ChartMetadata md = new ChartMetadata(apiVersion, text(m, "name"), text(m, "version"), text(m, "appVersion"),
                text(m, "description"), text(m, "type"), text(m, "kubeVersion"), text(m, "home"), text(m, "icon"),
                text(m, "condition"), text(m, "tags"), "true".equals(text(m, "deprecated")), strings(m, "keywords"),
                strings(m, "sources"), maintainers, annotations, deps);
        md.validate(m == null ? null : m, where);
        return md;
    }

    /** The {@code dependencies} list of Chart.yaml or requirements.yaml. */
    static List<Dependency> dependencies(Node depNode) throws ChartException {
        List<Dependency> deps = new ArrayList<>();
        if (depNode instanceof ListNode l) {
            for (Node d : l.items()) {
                if (!(d instanceof MapNode dm)) {
                    throw new ChartException("validation: dependencies must not contain empty or null nodes", d.span());
                }
                List<Object> imports = new ArrayList<>();
                if (dm.get("import-values") instanceof ListNode il) {
                    for (Node i : il.items()) {
                        imports.add(HelmYaml.value(i));
                    }
                }
                deps.add(new Dependency(text(dm, "name"), text(dm, "version"), text(dm, "repository"),
                        text(dm, "condition"), strings(dm, "tags"), text(dm, "alias"), imports));
            }
        }
        return deps;
    }

    private void validate(MapNode m, String where) throws ChartException {
        io.ccmlint.core.source.Span at = m == null ? null : m.span();
        if (name.isEmpty()) {
            throw new ChartException("validation: chart.metadata.name is required", at);
        }
        if (name.equals(".") || name.equals("..")) {
            throw new ChartException("validation: chart.metadata.name \"" + name + "\" is not allowed", spanOf(m, "name"));
        }
        if (name.contains("/") || name.contains("\\")) {
            throw new ChartException("validation: chart.metadata.name \"" + name + "\" is invalid", spanOf(m, "name"));
        }
        if (version.isEmpty()) {
            throw new ChartException("validation: chart.metadata.version is required", at);
        }
        if (!SEMVER.matcher(version).matches()) {
            throw new ChartException("validation: chart.metadata.version \"" + version + "\" is invalid", spanOf(m, "version"));
        }
        if (!type.isEmpty() && !type.equals("application") && !type.equals("library")) {
            throw new ChartException("validation: chart.metadata.type must be application or library", spanOf(m, "type"));
        }
        for (Dependency d : dependencies) {
            if (d.name().isEmpty()) {
                throw new ChartException("validation: dependencies must have a name", at);
            }
        }
    }

    private static io.ccmlint.core.source.Span spanOf(MapNode m, String key) {
        if (m == null) {
            return null;
        }
        Node n = m.get(key);
        return n != null ? n.span() : m.span();
    }

    /** A field's YAML text ("" when absent or null): Helm's string fields keep what was written. */
    private static String text(MapNode m, String key) {
        return m == null ? "" : scalarText(m.get(key));
    }

    private static String scalarText(Node n) {
        if (!(n instanceof ScalarNode s) || s.scalar().value() == null) {
            return "";
        }
        Object v = s.scalar().value();
        if (v instanceof java.math.BigDecimal) {
            return s.span().file().text().substring(s.span().start(), s.span().end()).strip();
        }
        return String.valueOf(v);
    }

    private static List<String> strings(MapNode m, String key) {
        List<String> out = new ArrayList<>();
        if (m != null && m.get(key) instanceof ListNode l) {
            for (Node n : l.items()) {
                out.add(scalarText(n));
            }
        }
        return out;
    }
}
