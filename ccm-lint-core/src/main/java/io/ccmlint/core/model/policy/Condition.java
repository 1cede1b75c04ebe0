package io.ccmlint.core.model.policy;

import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;
import java.util.List;

/**
 * One condition test: {@code "Operator": {"key": [values]}} contributes one Condition per key.
 * The operator and the key are the map keys as written (each a {@link Scalar} with its own style,
 * e.g. {@code ForAnyValue:StringLikeIfExists}); the values are the scalars of the value or list.
 */
public record Condition(Scalar operator, Scalar key, Span valuesSpan, List<Scalar> values) {
    public Condition {
        values = List.copyOf(values);
    }

    /** The operator without a set qualifier and without IfExists, e.g. {@code StringLike}; "" when not known. */
    public String baseOperator() {
        String op = operatorText();
        int colon = op.indexOf(':');
        if (colon >= 0) {
            op = op.substring(colon + 1);
        }
        return op.endsWith("IfExists") ? op.substring(0, op.length() - "IfExists".length()) : op;
    }

    /** {@code ForAnyValue} or {@code ForAllValues}, or null. */
    public String setQualifier() {
        String op = operatorText();
        int colon = op.indexOf(':');
        return colon >= 0 ? op.substring(0, colon) : null;
    }

    /** True when the key is known and is {@code name}, compared as IAM compares condition keys (ignoring case). */
    public boolean keyIs(String name) {
        return key.isKnown() && name.equalsIgnoreCase(key.known());
    }

    private String operatorText() {
        String op = operator.known();
        return op == null ? "" : op;
    }
}
