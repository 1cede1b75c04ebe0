package io.ccmlint.core.hcl;

import io.ccmlint.core.source.Span;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** A node of the located HCL syntax tree. Every node knows the exact source range it came from. */
public interface HclNode {
    /** From the first character of the construct to just past its last. */
    Span span();

    /** Direct children in source order. */
    List<? extends HclNode> children();

    /** The source text of this node. */
    default String sourceText() {
        return span().text();
    }

    /**
     * Visits this node and all its descendants, parents before children, in source order. Uses
     * an explicit stack, so deep trees cannot overflow the call stack.
     */
    default void walk(Consumer<? super HclNode> visitor) {
        Deque<HclNode> stack = new ArrayDeque<>();
        stack.push(this);
        while (!stack.isEmpty()) {
            HclNode node = stack.pop();
            visitor.accept(node);
            List<? extends HclNode> kids = node.children();
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
    }
}
