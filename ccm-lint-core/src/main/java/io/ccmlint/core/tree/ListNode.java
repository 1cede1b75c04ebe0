package io.ccmlint.core.tree;

import io.ccmlint.core.source.Span;
import java.util.List;

/** A sequence. {@code flow} is true for JSON arrays and YAML flow sequences ({@code [a, b]}). */
public record ListNode(Span span, Syntax syntax, boolean flow, List<Node> items) implements Node {
    public ListNode {
        items = List.copyOf(items);
    }
}
