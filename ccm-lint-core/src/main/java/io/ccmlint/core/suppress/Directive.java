package io.ccmlint.core.suppress;

import io.ccmlint.core.source.Span;
import java.time.LocalDate;
import java.util.List;

/**
 * One {@code ccm-lint:disable=...} or {@code ccm-lint:disable-file=...} comment as written.
 *
 * @param span     the whole comment
 * @param rules    the rule IDs (or slugs) it names, each with its span
 * @param reason   the text of {@code reason="..."}, or null when missing or empty
 * @param until    the date of {@code until=...}, or null when absent or not a date
 * @param untilSpan the span of the {@code until} value, or null
 * @param problems what makes the comment unusable as a whole (a malformed date, unexpected text...),
 *                 each at the part of the comment it is about
 */
public record Directive(Span span, boolean fileLevel, List<RuleRef> rules, String reason, LocalDate until,
                        Span untilSpan, List<SuppressionProblem> problems) {
    public Directive {
        rules = List.copyOf(rules);
        problems = List.copyOf(problems);
    }

    /** A rule named by a directive and where. */
    public record RuleRef(String name, Span span) {
    }
}
