package io.ccmlint.core.rule;

import io.ccmlint.core.fix.Fix;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A kind of fix a rule can emit: safe (applied by {@code fix}) or unsafe (only with {@code --unsafe}).
 * A rule declares the set it can emit; an empty set means it only reports.
 */
public enum FixKind {
    SAFE,
    UNSAFE;

    public static FixKind of(Fix fix) {
        return fix.safe() ? SAFE : UNSAFE;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code none}, {@code safe}, {@code unsafe} or {@code safe, unsafe}: how lists and docs show a set. */
    public static String label(Collection<FixKind> kinds) {
        return kinds.isEmpty() ? "none" : kinds.stream().sorted().map(FixKind::label).collect(Collectors.joining(", "));
    }
}
