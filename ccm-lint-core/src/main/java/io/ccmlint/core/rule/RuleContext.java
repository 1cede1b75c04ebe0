package io.ccmlint.core.rule;

import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.workspace.Workspace;

/** What a rule sees while it runs: the workspace and a way to report. Thread-safe. */
public interface RuleContext {
    Workspace workspace();

    /** Reports at the rule's configured severity. {@code fix} may be null. */
    void report(Span span, String message, Fix fix);

    default void report(Span span, String message) {
        report(span, message, null);
    }

    /** Full control: related locations, a sensitive flag (never echo the source text). */
    void report(Finding.Builder finding);

    /** Starts a finding of this rule; finish with {@link #report(Finding.Builder)}. */
    Finding.Builder finding(Span span, String message);

    /** Related places a finding may point at besides its own span. */
    record Related(Span span, String message) {
    }
}
