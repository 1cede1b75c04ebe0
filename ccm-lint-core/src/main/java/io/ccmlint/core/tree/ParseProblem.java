package io.ccmlint.core.tree;

import io.ccmlint.core.source.Span;

/** A syntax error at a location, in plain words: becomes a CCM001 finding. */
public final class ParseProblem extends Exception {
    private final transient Span span;

    public ParseProblem(Span span, String message) {
        super(message, null, false, false);
        this.span = span;
    }

    public Span span() {
        return span;
    }
}
