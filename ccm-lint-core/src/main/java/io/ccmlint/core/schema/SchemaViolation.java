package io.ccmlint.core.schema;

import io.ccmlint.core.source.Span;

/** A schema error located at the offending value (or key). */
public record SchemaViolation(Span span, String pointer, String message) {
}
