package io.ccmlint.core.cloudformation;

import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The shape CloudFormation requires of a template before it evaluates anything (the template
 * anatomy, Parameters, Mappings and Resources syntax pages of the AWS CloudFormation user guide):
 * sections that are mappings, parameters and resources with a {@code Type}, mappings of plain
 * values. What breaks it is a problem at the offending value; what the shape leaves open (a
 * resource's properties) is the evaluator's and the models' business.
 */
final class TemplateShape {
    private static final List<String> MAPPING_SECTIONS = List.of("Parameters", "Mappings", "Conditions", "Resources",
            "Outputs");

    private final TemplateProblems problems;

    private TemplateShape(TemplateProblems problems) {
        this.problems = problems;
    }

    static void check(CfnTemplate template, TemplateProblems problems) {
        new TemplateShape(problems).check(template);
    }

    private void check(CfnTemplate template) {
        MapNode root = template.root();
        for (String section : MAPPING_SECTIONS) {
            Node n = root.get(section);
            if (n != null && !(n instanceof MapNode) && !isNull(n)) {
                problems.add(n.span(), section + " must be a mapping of names to declarations");
            }
        }
        if (root.get("Parameters") instanceof MapNode parameters) {
            parameters.entries().forEach(this::parameter);
        }
        if (root.get("Mappings") instanceof MapNode mappings) {
            mappings.entries().forEach(this::mapping);
        }
        if (root.get("Resources") instanceof MapNode resources) {
            for (MapNode.Entry r : resources.entries()) {
                if (!Generators.isForEach(r.key())) { // AWS::LanguageExtensions' loop: the resources it makes are not modelled
                    resource(r, template);
                }
            }
        }
    }

    private void parameter(MapNode.Entry p) {
        if (!(p.value() instanceof MapNode body) || Intrinsics.call(body, false) != null) {
            problems.add(p.value().span(), "parameter " + p.key() + " must be a mapping with a Type");
            return;
        }
        Node type = body.get("Type");
        if (type == null) {
            problems.add(p.keySpan(), "parameter " + p.key() + " has no Type");
        } else if (!isString(type)) {
            problems.add(type.span(), "the Type of parameter " + p.key() + " must be a string");
        }
        Node allowed = body.get("AllowedValues");
        if (allowed != null && !(allowed instanceof ListNode)) {
            problems.add(allowed.span(), "the AllowedValues of parameter " + p.key() + " must be a list");
        }
    }

    /** A mapping: keys to maps of names to strings or lists, no function anywhere. */
    private void mapping(MapNode.Entry m) {
        if (!(m.value() instanceof MapNode keys) || Intrinsics.call(keys, false) != null) {
            problems.add(m.value().span(), "mapping " + m.key() + " must be a mapping of keys to name-value pairs");
            return;
        }
        for (MapNode.Entry k : keys.entries()) {
            if (!(k.value() instanceof MapNode names) || Intrinsics.call(names, false) != null) {
                problems.add(k.value().span(), "Mappings." + m.key() + "." + k.key() + " must be a mapping of names to values");
                continue;
            }
            for (MapNode.Entry v : names.entries()) {
                mappingValue(v.value(), "Mappings." + m.key() + "." + k.key() + "." + v.key());
            }
        }
    }

    private void mappingValue(Node value, String path) {
        Deque<Node> todo = new ArrayDeque<>(List.of(value));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            Intrinsics.Call call = Intrinsics.call(n, false);
            if (call != null) {
                problems.add(call.entry().keySpan(), path + ": Mappings cannot hold functions (" + call.written() + ")");
                return;
            }
            if (n instanceof MapNode) {
                problems.add(n.span(), path + ": a value in Mappings is a string or a list");
                return;
            }
            if (n instanceof ListNode l) {
                l.items().forEach(todo::push);
            }
        }
    }

    private void resource(MapNode.Entry r, CfnTemplate template) {
        if (!(r.value() instanceof MapNode body) || Intrinsics.call(body, false) != null) {
            problems.add(r.value().span(), "resource " + r.key() + " must be a mapping with a Type");
            return;
        }
        Node type = body.get("Type");
        if (type == null) {
            problems.add(r.keySpan(), "resource " + r.key() + " has no Type");
        } else if (!isString(type) && !Generators.isRainDirective(type)) {
            problems.add(type.span(), "the Type of resource " + r.key() + " must be a string");
        }
        Node properties = body.get("Properties");
        if (properties != null && !(properties instanceof MapNode) && !isNull(properties)) {
            problems.add(properties.span(), "the Properties of resource " + r.key() + " must be a mapping");
        }
        Node condition = body.get("Condition");
        if (condition != null) {
            if (!isString(condition)) {
                problems.add(condition.span(), "the Condition of resource " + r.key() + " must be the name of a condition");
            } else if (!template.conditions().containsKey(condition.asText())) {
                problems.add(condition.span(), "resource " + r.key() + ": no condition " + condition.asText() + " in Conditions");
            }
        }
    }

    /** A scalar with text (a string, or a number or boolean CloudFormation reads as one). */
    private static boolean isString(Node n) {
        return n instanceof ScalarNode s && s.scalar().isKnown() && s.scalar().value() != null;
    }

    /** An empty value ({@code Parameters:} with nothing after it): as good as absent. */
    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.scalar().isKnown() && s.scalar().value() == null;
    }
}
