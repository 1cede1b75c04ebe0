package io.ccmlint.core.suppress;

import io.ccmlint.core.rule.Finding;
import java.time.LocalDate;
import java.util.function.Predicate;

/** A suppression that applies: the rule it silences, why, until when, and which findings it covers. */
record Suppression(String ruleId, String reason, LocalDate until, SuppressionSource source, Predicate<Finding> covers) {
    boolean hides(Finding f) {
        return ruleId.equals(f.ruleId()) && covers.test(f);
    }

    SuppressedFinding apply(Finding f) {
        return new SuppressedFinding(f, source, reason, until);
    }
}
