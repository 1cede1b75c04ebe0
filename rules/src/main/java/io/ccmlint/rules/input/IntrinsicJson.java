package io.ccmlint.rules.input;

import io.ccmlint.core.edit.Literals;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import java.util.Optional;

/**
 * The JSON long form of a spelled intrinsic function, for a JSON template's message:
 * {@code !GetAtt HarnessRole.Arn} is {@code {"Fn::GetAtt": ["HarnessRole", "Arn"]}}. The operand is
 * read as the YAML it was written in; a short form inside it becomes its long form too.
 */
final class IntrinsicJson {
    private IntrinsicJson() {
    }

    /** The function as a JSON object, or empty when its operand is not one YAML node. */
    static Optional<String> of(IntrinsicSpelling spelling) {
        if (spelling.operand().isEmpty()) {
            return Optional.of("{" + Literals.json(spelling.function()) + ": \"\"}");
        }
        Node root = IntrinsicSpelling.yaml("k: " + spelling.operand());
        if (!(root instanceof MapNode m) || m.entries().size() != 1) {
            return Optional.empty();
        }
        return Optional.of(call(spelling.function(), m.entries().get(0).value()));
    }

    private static String call(String function, Node operand) {
        if (function.equals("Fn::GetAtt") && operand instanceof ScalarNode s && s.scalar().known() != null
                && s.scalar().known().indexOf('.') > 0) {
            String dotted = s.scalar().known();
            int dot = dotted.indexOf('.');
            return "{\"Fn::GetAtt\": [" + Literals.json(dotted.substring(0, dot)) + ", "
                    + Literals.json(dotted.substring(dot + 1)) + "]}";
        }
        return "{" + Literals.json(function) + ": " + json(operand) + "}";
    }

    private static String json(Node n) {
        if (n instanceof ScalarNode s) {
            Object v = s.scalar().value();
            return v instanceof String text ? Literals.json(text) : String.valueOf(v);
        }
        if (n instanceof ListNode l) {
            StringBuilder b = new StringBuilder("[");
            l.items().forEach(i -> b.append(b.length() > 1 ? ", " : "").append(json(i)));
            return b.append(']').toString();
        }
        MapNode m = (MapNode) n;
        if (m.entries().size() == 1 && m.entries().get(0).key().startsWith("!")) { // a short form inside
            String name = m.entries().get(0).key().substring(1);
            String function = name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name;
            return call(function, m.entries().get(0).value());
        }
        StringBuilder b = new StringBuilder("{");
        for (MapNode.Entry e : m.entries()) {
            b.append(b.length() > 1 ? ", " : "").append(Literals.json(e.key())).append(": ").append(json(e.value()));
        }
        return b.append('}').toString();
    }
}
