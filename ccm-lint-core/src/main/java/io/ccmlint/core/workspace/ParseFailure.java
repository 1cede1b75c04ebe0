package io.ccmlint.core.workspace;

import io.ccmlint.core.source.Span;

/** A file of a known format that could not be read: reported as CCM001. */
public record ParseFailure(Span span, String message) {
}
