package io.ccmlint.core.model.policy;

import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One statement of a policy with a span on every element. Missing elements are null (or empty
 * for conditions); a present but malformed element is reported by CCM002, not modelled.
 * {@code effect} is the Effect as written (any text; only {@code Allow} and {@code Deny} count).
 */
public record Statement(Span span, Scalar sid, Scalar effect, ValueSet actions, ValueSet resources,
                        Principal principal, Span conditionSpan, List<Condition> conditions) {
    private static final Pattern EMPTY_CONDITION = Pattern.compile("\\{\\s*}");

    public Statement {
        conditions = List.copyOf(conditions);
    }

    public boolean isAllow() {
        return effect != null && Effect.parse(effect.known()) == Effect.ALLOW;
    }

    public boolean isDeny() {
        return effect != null && Effect.parse(effect.known()) == Effect.DENY;
    }

    /**
     * True when the statement holds only under a condition. A present but empty
     * {@code "Condition": {}} is unconditional; a malformed one counts as a condition, so it can
     * never make something look unconditionally allowed.
     */
    public boolean hasConditions() {
        return !conditions.isEmpty() || (conditionSpan != null && !EMPTY_CONDITION.matcher(conditionSpan.text()).matches());
    }
}
