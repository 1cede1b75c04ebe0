package io.ccmlint.core.model.policy;

import io.ccmlint.core.source.Span;

/** A value and where it is written. */
public record Located<T>(T value, Span span) {
}
