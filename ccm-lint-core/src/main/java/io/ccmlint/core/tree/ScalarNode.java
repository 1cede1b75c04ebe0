package io.ccmlint.core.tree;

import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;

/**
 * A scalar of a located tree: one {@link Scalar}, whose span covers the value as written, quotes
 * included.
 */
public record ScalarNode(Scalar scalar) implements Node {
    public ScalarNode {
        java.util.Objects.requireNonNull(scalar);
    }

    /** A known value written in {@code style}. */
    public static ScalarNode known(Span span, ScalarStyle style, Object value) {
        return new ScalarNode(Scalar.known(value, span, style));
    }

    @Override
    public Span span() {
        return scalar.span();
    }

    @Override
    public Syntax syntax() {
        return scalar.style().syntax();
    }

    public ScalarStyle style() {
        return scalar.style();
    }

    /** True when written between quotes. */
    public boolean quoted() {
        return scalar.style().quoted();
    }

    /** For tests. */
    boolean isString() {
        return scalar.value() instanceof String;
    }
}
