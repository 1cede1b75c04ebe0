package io.ccmlint.core.model.policy;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.value.Scalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the policy model from a located tree (JSON, YAML, or an evaluated {@code jsonencode}).
 * Every value is the tree's own {@link Scalar}, with its syntax, quoting and knowledge; condition
 * operators and keys are the map keys' Scalars. Elements of the wrong shape are left out of the
 * model; CCM002 reports them against the schema.
 */
public final class PolicyReader {
    private PolicyReader() {
    }

    /** True when a tree looks like an IAM policy: an object with a Statement. */
    public static boolean looksLikePolicy(Node root) {
        return root instanceof MapNode m && m.has("Statement");
    }

    public static PolicyDocument read(String name, SourceFile file, MapNode root, PolicyEditor editor) {
        Scalar version = scalar(root.get("Version"));
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
        Scalar sid = scalar(m.get("Sid"));
        Scalar effect = scalar(m.get("Effect"));
        ValueSet actions = valueSet(m, "Action", "NotAction");
        ValueSet resources = valueSet(m, "Resource", "NotResource");
        Principal principal = principal(m);
        MapNode.Entry cond = m.entry("Condition");
        List<Condition> conditions = new ArrayList<>();
        if (cond != null && cond.value() instanceof MapNode ops) {
            for (MapNode.Entry op : ops.entries()) {
                if (op.value() instanceof MapNode keys) {
                    for (MapNode.Entry key : keys.entries()) {
                        conditions.add(new Condition(op.name(), key.name(), key.value().span(), scalars(key.value())));
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
        return new ValueSet(e.key(), negated, e.keySpan(), e.value().span(), scalars(e.value()));
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
        Map<String, List<Scalar>> byType = new LinkedHashMap<>();
        boolean wildcard = false;
        if (e.value() instanceof ScalarNode s) {
            wildcard = "*".equals(s.scalar().known());
        } else if (e.value() instanceof MapNode types) {
            for (MapNode.Entry t : types.entries()) {
                byType.put(t.key(), scalars(t.value()));
            }
        }
        return new Principal(negated, wildcard, e.keySpan(), e.value().span(), byType);
    }

    /** The Scalar of a scalar node, or null for containers, a missing node and a written {@code null}. */
    private static Scalar scalar(Node n) {
        return n instanceof ScalarNode s && !isNull(s.scalar()) ? s.scalar() : null;
    }

    /** A scalar or a list of scalars; other shapes and {@code null}s give nothing. */
    private static List<Scalar> scalars(Node n) {
        List<Scalar> out = new ArrayList<>();
        if (n instanceof ListNode list) {
            for (Node item : list.items()) {
                Scalar s = scalar(item);
                if (s != null) {
                    out.add(s);
                }
            }
        } else {
            Scalar s = scalar(n);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean isNull(Scalar s) {
        return s.isKnown() && s.value() == null;
    }
}
