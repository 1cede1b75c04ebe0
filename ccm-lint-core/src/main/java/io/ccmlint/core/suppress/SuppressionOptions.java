package io.ccmlint.core.suppress;

import java.time.Clock;
import java.util.Objects;

/**
 * How a run treats suppressions: {@code strict} ignores every suppression and the baseline (an
 * audit run); {@code baseline} is null when none is used; {@code clock} decides when an
 * {@code until} date has passed (fixed in tests).
 */
public record SuppressionOptions(boolean strict, Baseline baseline, Clock clock) {
    public static final SuppressionOptions DEFAULT = new SuppressionOptions(false, null, Clock.systemDefaultZone());

    public SuppressionOptions {
        Objects.requireNonNull(clock);
    }
}
