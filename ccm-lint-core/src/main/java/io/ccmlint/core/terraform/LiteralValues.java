package io.ccmlint.core.terraform;

import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.hcl.HclNode;
import io.ccmlint.core.hcl.HclTemplatePart;
import io.ccmlint.core.terraform.eval.Value;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.value.ScalarStyle;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values of variable definitions files, which Terraform evaluates without variables or functions:
 * an HCL expression there may only combine literals, and a JSON string is text as written (its
 * {@code ${...}} is not interpolated, unlike in a {@code .tf.json} file).
 */
final class LiteralValues {
    private LiteralValues() {
    }

    /**
     * The first reference or function call of {@code e} in source order, which Terraform rejects in a
     * variable definitions file, or null. The names a {@code for} binds, and object keys written as
     * bare names, are no references.
     */
    static HclNode firstReferenceOrCall(HclExpression e) {
        Set<String> bound = new HashSet<>();
        e.walk(n -> {
            if (n instanceof HclExpression.ForExpr f) {
                bound.add(f.keyVar());
                bound.add(f.valueVar());
            } else if (n instanceof HclTemplatePart.ForDirective f) {
                bound.add(f.keyVar());
                bound.add(f.valueVar());
            }
        });
        Deque<HclNode> stack = new ArrayDeque<>(List.of(e)); // explicit: a deep value must not overflow the stack
        while (!stack.isEmpty()) {
            HclNode n = stack.pop();
            if (n instanceof HclExpression.FunctionCall
                    || n instanceof HclExpression x && root(x) instanceof HclExpression.Variable v && !bound.contains(v.name())) {
                return n; // a whole traversal (var.env, not var), as Terraform shows it
            }
            if (n instanceof HclExpression.ObjectItem item) {
                stack.push(item.value());
                if (!(item.key() instanceof HclExpression.Variable)) {
                    stack.push(item.key());
                }
                continue;
            }
            List<? extends HclNode> kids = n.children();
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return null;
    }

    /** The start of a traversal ({@code var} of {@code var.env[0]}), or {@code e} itself. */
    private static HclExpression root(HclExpression e) {
        while (true) {
            if (e instanceof HclExpression.GetAttr g) {
                e = g.source();
            } else if (e instanceof HclExpression.Index i) {
                e = i.collection();
            } else if (e instanceof HclExpression.Splat sp) {
                e = sp.source();
            } else {
                return e;
            }
        }
    }

    /** Terraform's words for what {@link #firstReferenceOrCall} found. */
    static String why(HclNode referenceOrCall) {
        return referenceOrCall instanceof HclExpression.FunctionCall
                ? "functions may not be called here: a variable definitions file holds only literal values"
                : "variables may not be used here: a variable definitions file holds only literal values";
    }

    /** A JSON value as an evaluated value, located where the JSON writes it. */
    static Value ofJson(Node n) {
        if (n instanceof MapNode m) {
            Map<String, Value> entries = new LinkedHashMap<>();
            Map<String, io.ccmlint.core.source.Span> keySpans = new LinkedHashMap<>();
            Map<String, ScalarStyle> keyStyles = new LinkedHashMap<>();
            for (MapNode.Entry e : m.entries()) {
                entries.put(e.key(), ofJson(e.value()));
                keySpans.put(e.key(), e.keySpan());
                keyStyles.put(e.key(), e.name().style());
            }
            return new Value.Obj(entries, keySpans, keyStyles, m.span());
        }
        if (n instanceof ListNode l) {
            List<Value> items = new ArrayList<>(l.items().size());
            l.items().forEach(i -> items.add(ofJson(i)));
            return new Value.Seq(items, l.span());
        }
        ScalarNode s = (ScalarNode) n;
        Object v = s.scalar().value();
        if (v == null) {
            return new Value.Null(s.span());
        }
        if (v instanceof Boolean b) {
            return new Value.Bool(b, s.span());
        }
        if (v instanceof BigDecimal d) {
            return new Value.Num(d, s.span());
        }
        return new Value.Str(String.valueOf(v), s.span(), s.style());
    }
}
