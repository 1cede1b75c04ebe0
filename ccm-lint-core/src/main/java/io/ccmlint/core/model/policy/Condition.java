package io.ccmlint.core.model.policy;

import io.ccmlint.core.source.Span;
import java.util.List;

/**
 * One condition test: {@code "Operator": {"key": [values]}} contributes one Condition per key.
 * The operator is kept as written (e.g. {@code ForAnyValue:StringLikeIfExists}).
 */
public record Condition(Located<String> operator, Located<String> key, Span valuesSpan, List<Located<String>> values) {
    public Condition {
        values = List.copyOf(values);
    }

    /** The operator without a set qualifier and without IfExists, e.g. {@code StringLike}. */
    public String baseOperator() {
        String op = operator.value();
        int colon = op.indexOf(':');
        if (colon >= 0) {
            op = op.substring(colon + 1);
        }
        return op.endsWith("IfExists") ? op.substring(0, op.length() - "IfExists".length()) : op;
    }

    /** {@code ForAnyValue} or {@code ForAllValues}, or null. */
    public String setQualifier() {
        String op = operator.value();
        int colon = op.indexOf(':');
        return colon >= 0 ? op.substring(0, colon) : null;
    }
}
