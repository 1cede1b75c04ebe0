package io.ccmlint.core.model.harness;

import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;
import io.ccmlint.core.tree.ScalarNode;

/** The Harness models' accessors: the shared {@link Nodes} ones, and Harness runtime expressions. */
public final class HarnessNodes {
    private HarnessNodes() {
    }

    public static String text(Node n) {
        return Nodes.text(n);
    }

    public static MapNode map(Node n) {
        return Nodes.map(n);
    }

    /** The list, or null when the node is not one. */
    public static ListNode list(Node n) {
        return Nodes.listNode(n);
    }

    /** A Harness runtime expression ({@code <+input>}, {@code <+secrets.getValue("x")>}): not known statically. */
    public static boolean isExpression(Node n) {
        return n instanceof ScalarNode s && s.scalar().value() instanceof String t && t.contains("<+");
    }
}
