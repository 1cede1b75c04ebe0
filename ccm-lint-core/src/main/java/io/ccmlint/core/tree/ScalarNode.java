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

    /**
     * A {@code String}, {@code Boolean}, {@code Number} or null. A value that is not fully known is
     * its {@link Scalar#display() display} text here; ask {@link #scalar()} whether it is known.
     */
    public Object value() {
        return scalar.isKnown() ? scalar.value() : scalar.display();
    }

    /** True when written between quotes. */
    public boolean quoted() {
        return scalar.style().quoted();
    }

    /** For tests. */
    boolean isString() {
        return value() instanceof String;
    }
}
