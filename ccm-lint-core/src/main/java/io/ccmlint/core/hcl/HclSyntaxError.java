package io.ccmlint.core.hcl;

import io.ccmlint.core.source.Span;

/** A syntax error: where, and a plain-words message (positions inside it are line:column). */
public record HclSyntaxError(Span span, String message) {
    @Override
    public String toString() {
        return span.startLine() + ":" + span.startColumn() + ": " + message;
    }
}
