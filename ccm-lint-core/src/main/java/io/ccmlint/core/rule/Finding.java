package io.ccmlint.core.rule;

import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem at one place. {@code sensitive} findings (secrets) are never shown with their
 * source text in any output.
 */
public record Finding(RuleMetadata rule, Severity severity, Span span, String message, Fix fix,
                      List<RuleContext.Related> related, boolean sensitive) {
    /** Deterministic order: path, line, column, rule, message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.span().file().displayPath())
            .thenComparingInt(f -> f.span().start())
            .thenComparing(f -> f.rule().id())
            .thenComparingInt(f -> f.span().end())
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(rule);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(span);
        Objects.requireNonNull(message);
        related = List.copyOf(related);
    }

    public String ruleId() {
        return rule.id();
    }

    public boolean fixable() {
        return fix != null;
    }

    /** Builds a finding step by step. */
    public static final class Builder {
        private final RuleMetadata rule;
        private Severity severity;
        private final Span span;
        private final String message;
        private Fix fix;
        private final List<RuleContext.Related> related = new ArrayList<>();
        private boolean sensitive;

        public Builder(RuleMetadata rule, Severity severity, Span span, String message) {
            this.rule = rule;
            this.severity = severity;
            this.span = span;
            this.message = message;
        }

        public Builder fix(Fix f) {
            this.fix = f;
            return this;
        }

        public Builder related(Span s, String why) {
            related.add(new RuleContext.Related(s, why));
            return this;
        }

        public Builder sensitive() {
            this.sensitive = true;
            return this;
        }

        /** Overrides the configured severity for this one finding (e.g. a warning-level variant). */
        public Builder severity(Severity s) {
            this.severity = s;
            return this;
        }

        public Finding build() {
            return new Finding(rule, severity, span, message, fix, related, sensitive);
        }
    }
}
