package io.ccmlint.core.tree;

import io.ccmlint.core.source.Span;
import java.util.ArrayList;
import java.util.List;

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
        return pointer.isEmpty() ? this : at(pointerTokens(pointer));
    }

    /** The value below this node at the reference tokens of a JSON Pointer ({@link #pointerTokens}), or null. */
    default Node at(List<String> tokens) {
        Node current = this;
        for (String token : tokens) {
            if (current instanceof MapNode map) {
                current = map.get(token);
            } else if (current instanceof ListNode list && isIndex(token)) {
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

    /** The decoded reference tokens of a non-empty JSON Pointer: {@code ~1} is '/', {@code ~0} is '~'. */
    static List<String> pointerTokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        int from = 1;
        while (true) {
            int slash = pointer.indexOf('/', from);
            String raw = slash < 0 ? pointer.substring(from) : pointer.substring(from, slash);
            tokens.add(raw.indexOf('~') < 0 ? raw : raw.replace("~1", "/").replace("~0", "~"));
            if (slash < 0) {
                return tokens;
            }
            from = slash + 1;
        }
    }

    /** One to nine ASCII digits: a list index a pointer may name. */
    private static boolean isIndex(String token) {
        if (token.isEmpty() || token.length() > 9) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Text of a scalar, or null for containers and null scalars. */
    default String asText() {
        return this instanceof ScalarNode s ? s.scalar().known() : null;
    }
}
