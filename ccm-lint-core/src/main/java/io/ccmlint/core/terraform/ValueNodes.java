package io.ccmlint.core.terraform;

import io.ccmlint.core.terraform.eval.Value;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.tree.Syntax;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import io.ccmlint.core.value.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns an evaluated Terraform value into a located tree, so a policy in {@code jsonencode({...})}
 * is read by the same {@code PolicyReader} as a JSON file. What is unknown becomes a {@link Scalar}
 * with a {@link Template}: its known parts and holes, never a made-up value.
 */
public final class ValueNodes {
    private ValueNodes() {
    }

    public static Node toNode(Value v) {
        if (v instanceof Value.Obj o) {
            List<MapNode.Entry> entries = new ArrayList<>();
            for (Map.Entry<String, Value> e : o.entries().entrySet()) {
                var keySpan = o.keySpans().getOrDefault(e.getKey(), e.getValue().span());
                entries.add(new MapNode.Entry(Scalar.known(e.getKey(), keySpan,
                        o.keyStyles().getOrDefault(e.getKey(), ScalarStyle.HCL_EXPRESSION)),
                        toNode(e.getValue())));
            }
            return new MapNode(o.span(), Syntax.HCL, true, entries);
        }
        if (v instanceof Value.Seq s) {
            List<Node> items = new ArrayList<>();
            s.items().forEach(i -> items.add(toNode(i)));
            return new ListNode(s.span(), Syntax.HCL, true, items);
        }
        return new ScalarNode(located(v));
    }

    /** A scalar value as the one located value type: known, or a template of known text and holes. */
    public static Scalar located(Value v) {
        if (v instanceof Value.Partial p) {
            List<Template.Part> parts = new ArrayList<>();
            for (Value part : p.parts()) {
                parts.add(part instanceof Value.Str s ? new Template.Literal(s.value()) : hole((Value.Unknown) part));
            }
            return Scalar.partial(new Template(parts), v.span(), ScalarStyle.HCL_EXPRESSION);
        }
        if (v instanceof Value.Unknown u) {
            return Scalar.partial(new Template(List.of(hole(u))), v.span(), ScalarStyle.HCL_EXPRESSION);
        }
        return Scalar.known(scalar(v), v.span(), style(v));
    }

    private static Template.Hole hole(Value.Unknown u) {
        return new Template.Hole(u.expression(), u.reference(), u.span());
    }

    /**
     * How a known value is written where its span points: a literal string or heredoc (as the
     * evaluator recorded it), a bare number, bool or null, or an expression that computes it.
     * Only a literal is rewritten in place.
     */
    private static ScalarStyle style(Value v) {
        if (TfJsonConverter.isTfJson(v.span().file())) {
            return ScalarStyle.HCL_EXPRESSION; // JSON text read as HCL: never rewritten as either
        }
        if (v instanceof Value.Str s) {
            return s.style();
        }
        if (v instanceof Value.Num || v instanceof Value.Bool || v instanceof Value.Null) {
            String text = v.span().text();
            return text.equals(String.valueOf(scalar(v))) || text.equals("null") ? ScalarStyle.HCL_BARE
                    : ScalarStyle.HCL_EXPRESSION;
        }
        return ScalarStyle.HCL_EXPRESSION;
    }

    /** The Java value of a known scalar; null for null and for what is no scalar. */
    private static Object scalar(Value v) {
        if (v instanceof Value.Str s) {
            return s.value();
        }
        if (v instanceof Value.Num n) {
            return n.value();
        }
        if (v instanceof Value.Bool b) {
            return b.value();
        }
        return null;
    }

    /** The string of a fully known string value, else null. */
    public static String knownString(Value v) {
        return v instanceof Value.Str s ? s.value() : null;
    }
}
