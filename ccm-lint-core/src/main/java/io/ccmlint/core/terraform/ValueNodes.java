package io.ccmlint.core.terraform;

import io.ccmlint.core.terraform.eval.Value;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.tree.Syntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns an evaluated Terraform value into a located tree, so a policy in {@code jsonencode({...})}
 * is read by the same {@code PolicyReader} as a JSON file. What is unknown becomes a string with
 * a {@code ${...}} hole, which rules treat as "cannot be verified", never as a match.
 */
public final class ValueNodes {
    private ValueNodes() {
    }

    public static Node toNode(Value v) {
        if (v instanceof Value.Obj o) {
            List<MapNode.Entry> entries = new ArrayList<>();
            for (Map.Entry<String, Value> e : o.entries().entrySet()) {
                var keySpan = o.keySpans().getOrDefault(e.getKey(), e.getValue().span());
                entries.add(new MapNode.Entry(e.getKey(), keySpan, toNode(e.getValue())));
            }
            return new MapNode(o.span(), Syntax.HCL, true, entries);
        }
        if (v instanceof Value.Seq s) {
            List<Node> items = new ArrayList<>();
            s.items().forEach(i -> items.add(toNode(i)));
            return new ListNode(s.span(), Syntax.HCL, true, items);
        }
        return new ScalarNode(v.span(), Syntax.HCL, scalar(v), v instanceof Value.Str || v instanceof Value.Partial);
    }

    /** The Java value of a scalar, or the {@code ${...}} text of what is unknown. */
    public static Object scalar(Value v) {
        if (v instanceof Value.Str s) {
            return s.value();
        }
        if (v instanceof Value.Num n) {
            return n.value();
        }
        if (v instanceof Value.Bool b) {
            return b.value();
        }
        if (v instanceof Value.Null) {
            return null;
        }
        if (v instanceof Value.Partial p) {
            return p.withHoles();
        }
        if (v instanceof Value.Unknown u) {
            return "${" + u.expression() + "}";
        }
        return null;
    }

    /** The string of a fully known string value, else null. */
    public static String knownString(Value v) {
        return v instanceof Value.Str s ? s.value() : null;
    }
}
