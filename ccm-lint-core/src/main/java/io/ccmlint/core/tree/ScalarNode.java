package io.ccmlint.core.tree;

import io.ccmlint.core.source.Span;

/**
 * A scalar. {@code value} is a {@code String}, {@code Boolean}, {@code Number} or null. The span
 * covers the value as written, quotes included.
 */
public record ScalarNode(Span span, Syntax syntax, Object value, boolean quoted) implements Node {
    /** For tests. */
    boolean isString() {
        return value instanceof String;
    }
}
