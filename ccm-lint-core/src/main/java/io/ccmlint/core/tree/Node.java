package io.ccmlint.core.tree;

import io.ccmlint.core.source.Span;

/**
 * A node of a located tree: the common shape of JSON, YAML and (for object literals) HCL values.
 * Every node knows the exact span of its value in the source text.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {
    Span span();

    /** The syntax the node was written in; edits are rendered in it. */
    Syntax syntax();

    /** The value of a JSON Pointer (RFC 6901) below this node, or null. */
    default Node at(String pointer) {
        if (pointer.isEmpty()) {
            return this;
        }
        Node current = this;
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            if (current instanceof MapNode map) {
                current = map.get(token);
            } else if (current instanceof ListNode list && token.matches("\\d{1,9}")) {
                int i = Integer.parseInt(token);
                current = i < list.items().size() ? list.items().get(i) : null;
            } else {
                return null;
            }
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** Text of a scalar, or null for containers and null scalars. */
    default String asText() {
        return this instanceof ScalarNode s && s.value() != null ? String.valueOf(s.value()) : null;
    }
}
