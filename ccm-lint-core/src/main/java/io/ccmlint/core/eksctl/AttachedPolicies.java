package io.ccmlint.core.eksctl;

import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.value.Scalar;
import java.util.ArrayList;
import java.util.List;

/**
 * The permissions an eksctl entry asks for its role, as written: policy ARNs to attach, an inline
 * policy document (a YAML mapping), and the well-known policies (or a node group's addon
 * policies) switched on.
 *
 * @param arns the ARNs to attach (string items; others are in {@code unreadable})
 * @param inline the inline policy document, or null when absent or empty
 * @param flags the entries of the well-known (addon) policies that are {@code true}
 * @param unreadable a value per field or item of the wrong type (a string where a list belongs):
 *                   eksctl rejects such a file, so what the role would be allowed is not known
 */
public record AttachedPolicies(List<Scalar> arns, MapNode inline, List<MapNode.Entry> flags, List<Scalar> unreadable) {
    public AttachedPolicies {
        arns = List.copyOf(arns);
        flags = List.copyOf(flags);
        unreadable = List.copyOf(unreadable);
    }

    /** Reads {@code owner}'s fields {@code arnsKey}, {@code inlineKey} and {@code flagsKey} (any may be absent). */
    static AttachedPolicies read(MapNode owner, String arnsKey, String inlineKey, String flagsKey) {
        List<Scalar> arns = new ArrayList<>();
        List<Scalar> unreadable = new ArrayList<>();
        MapNode inline = null;
        List<MapNode.Entry> flags = new ArrayList<>();
        Node list = owner.get(arnsKey);
        if (list instanceof ListNode l) {
            for (Node item : l.items()) {
                Scalar arn = EksctlValues.string(item);
                if (arn != null) {
                    arns.add(arn);
                } else {
                    unreadable.add(EksctlValues.unreadable(item, arnsKey + " item"));
                }
            }
        } else if (present(list)) {
            unreadable.add(EksctlValues.unreadable(list, arnsKey));
        }
        Node doc = owner.get(inlineKey);
        if (doc instanceof MapNode m) {
            inline = m.entries().isEmpty() ? null : m; // eksctl attaches no empty document
        } else if (present(doc)) {
            unreadable.add(EksctlValues.unreadable(doc, inlineKey));
        }
        Node wellKnown = flagsKey == null ? null : owner.get(flagsKey);
        if (wellKnown instanceof MapNode m) {
            for (MapNode.Entry e : m.entries()) {
                if (EksctlValues.isTrue(e.value())) {
                    flags.add(e);
                }
            }
        } else if (present(wellKnown)) {
            unreadable.add(EksctlValues.unreadable(wellKnown, flagsKey));
        }
        return new AttachedPolicies(arns, inline, flags, unreadable);
    }

    /** Written with a value other than null (an empty {@code key:} is as good as absent). */
    private static boolean present(Node n) {
        return n != null && !(n instanceof io.ccmlint.core.tree.ScalarNode s && s.scalar().isKnown() && s.scalar().value() == null);
    }
}
