package io.ccmlint.core.suppress;

import io.ccmlint.core.source.Span;

/** A suppression that is wrong or no longer applies: reported as CCM003 at {@code span}. */
public record SuppressionProblem(Span span, String message) {
}
