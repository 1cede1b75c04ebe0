package io.ccmlint.core.suppress;

import io.ccmlint.core.rule.Finding;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A finding that a suppression or the baseline hides: it does not count for the exit code and
 * text output shows only how many there are, but SARIF and JSON list it with the reason.
 *
 * @param until the date the suppression ends, or null
 */
public record SuppressedFinding(Finding finding, SuppressionSource source, String justification, LocalDate until) {
    public SuppressedFinding {
        Objects.requireNonNull(finding);
        Objects.requireNonNull(source);
        Objects.requireNonNull(justification);
    }
}
