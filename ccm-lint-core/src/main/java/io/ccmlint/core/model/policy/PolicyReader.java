package io.ccmlint.core.model.policy;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the policy model from a located tree (JSON or YAML). Elements of the wrong shape are left
 * out of the model; CCM002 reports them against the schema.
 */
public final class PolicyReader {
    private PolicyReader() {
    }

    /** True when a tree looks like an IAM policy: an object with a Statement. */
    public static boolean looksLikePolicy(Node root) {
        return root instanceof MapNode m && m.has("Statement");
    }

    public static PolicyDocument read(String name, SourceFile file, MapNode root, PolicyEditor editor) {
        Located<String> version = null;
        MapNode.Entry v = root.entry("Version");
        if (v != null && v.value() instanceof ScalarNode s && s.value() != null) {
            version = new Located<>(String.valueOf(s.value()), s.span());
        }
        MapNode.Entry st = root.entry("Statement");
        List<Statement> statements = new ArrayList<>();
        if (st != null) {
            if (st.value() instanceof MapNode one) {
                statements.add(statement(one));
            } else if (st.value() instanceof ListNode list) {
                for (Node item : list.items()) {
                    if (item instanceof MapNode m) {
                        statements.add(statement(m));
                    }
                }
            }
        }
        Span statementKey = st != null ? st.keySpan() : root.span().atStart();
        return new PolicyDocument(name, file, root.span(), version, statementKey, statements, root, editor);
    }

    private static Statement statement(MapNode m) {
        Located<String> sid = scalar(m.get("Sid"));
        Located<String> effectText = scalar(m.get("Effect"));
        Located<Effect> effect = effectText == null || Effect.parse(effectText.value()) == null
                ? null : new Located<>(Effect.parse(effectText.value()), effectText.span());
        ValueSet actions = valueSet(m, "Action", "NotAction");
        ValueSet resources = valueSet(m, "Resource", "NotResource");
        Principal principal = principal(m);
        MapNode.Entry cond = m.entry("Condition");
        List<Condition> conditions = new ArrayList<>();
        if (cond != null && cond.value() instanceof MapNode ops) {
            for (MapNode.Entry op : ops.entries()) {
                if (op.value() instanceof MapNode keys) {
                    for (MapNode.Entry key : keys.entries()) {
                        conditions.add(new Condition(new Located<>(op.key(), op.keySpan()),
                                new Located<>(key.key(), key.keySpan()), key.value().span(), strings(key.value())));
                    }
                }
            }
        }
        return new Statement(m.span(), sid, effect, actions, resources, principal,
                cond == null ? null : cond.value().span(), conditions);
    }

    private static ValueSet valueSet(MapNode m, String key, String notKey) {
        MapNode.Entry e = m.entry(key);
        boolean negated = false;
        if (e == null) {
            e = m.entry(notKey);
            negated = true;
        }
        if (e == null) {
            return null;
        }
        if (!(e.value() instanceof ScalarNode || e.value() instanceof ListNode)) {
            return null; // wrong shape: CCM002 reports it, the model leaves it out
        }
        return new ValueSet(e.key(), negated, e.keySpan(), e.value().span(), strings(e.value()));
    }

    private static Principal principal(MapNode m) {
        MapNode.Entry e = m.entry("Principal");
        boolean negated = false;
        if (e == null) {
            e = m.entry("NotPrincipal");
            negated = true;
        }
        if (e == null) {
            return null;
        }
        Map<String, List<Located<String>>> byType = new LinkedHashMap<>();
        boolean wildcard = false;
        if (e.value() instanceof ScalarNode s) {
            wildcard = "*".equals(s.value());
        } else if (e.value() instanceof MapNode types) {
            for (MapNode.Entry t : types.entries()) {
                byType.put(t.key(), strings(t.value()));
            }
        }
        return new Principal(negated, wildcard, e.keySpan(), e.value().span(), byType);
    }

    private static Located<String> scalar(Node n) {
        return n instanceof ScalarNode s && s.value() != null ? new Located<>(String.valueOf(s.value()), s.span()) : null;
    }

    /** A scalar or a list of scalars, as located strings; other shapes give nothing. */
    private static List<Located<String>> strings(Node n) {
        List<Located<String>> out = new ArrayList<>();
        if (n instanceof ScalarNode s && s.value() != null) {
            out.add(new Located<>(String.valueOf(s.value()), s.span()));
        } else if (n instanceof ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof ScalarNode s && s.value() != null) {
                    out.add(new Located<>(String.valueOf(s.value()), s.span()));
                }
            }
        }
        return out;
    }
}
