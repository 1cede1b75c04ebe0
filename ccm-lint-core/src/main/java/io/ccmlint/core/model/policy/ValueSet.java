package io.ccmlint.core.model.policy;

import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;
import java.util.List;

/**
 * The value of Action/NotAction or Resource/NotResource: a scalar or a list, normalised to a list.
 * {@code negated} is true for NotAction/NotResource. {@code keySpan} is the key as written.
 */
public record ValueSet(String key, boolean negated, Span keySpan, Span valueSpan, List<Scalar> values) {
    public ValueSet {
        values = List.copyOf(values);
    }
}
