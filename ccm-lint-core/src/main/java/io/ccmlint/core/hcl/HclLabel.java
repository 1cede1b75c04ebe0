package io.ccmlint.core.hcl;

import io.ccmlint.core.source.Span;

/**
 * A block label: {@code "aws_iam_role"} (quoted: the span includes the quotes, the value is
 * unescaped) or a bare identifier.
 */
public record HclLabel(String value, boolean quoted, Span span) {
}
