package io.ccmlint.core.model.harness;

import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;

/** Small null-tolerant accessors over located trees. */
public final class HarnessNodes {
    private HarnessNodes() {
    }

    public static String text(Node n) {
        return n == null ? null : n.asText();
    }

    public static MapNode map(Node n) {
        return n instanceof MapNode m ? m : null;
    }

    public static ListNode list(Node n) {
        return n instanceof ListNode l ? l : null;
    }

    /** A Harness runtime expression ({@code <+input>}, {@code <+secrets.getValue("x")>}): not known statically. */
    public static boolean isExpression(Node n) {
        return n instanceof ScalarNode s && s.value() instanceof String t && t.contains("<+");
    }
}
