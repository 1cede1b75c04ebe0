package io.ccmlint.core.helm.chart;

import io.ccmlint.core.source.Span;

/**
 * A chart that cannot be loaded or whose values cannot be prepared (bad Chart.yaml, a values file
 * that is not YAML, a --set Helm refuses, a schema violation, a bound exceeded). The message is
 * worded as Helm words it where Helm has words for it; the span is where, when a file is to blame.
 */
public final class ChartException extends Exception {
    private final transient Span span;

    public ChartException(String message, Span span) {
        super(message, null, false, false);
        this.span = span;
    }

    public ChartException(String message) {
        this(message, null);
    }

    /** Where the problem is, or null when no file position is to blame. */
    public Span span() {
        return span;
    }
}
