package io.ccmlint.core.rule;

import java.util.Locale;

/** How bad a finding is. Declared from most to least severe. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** True when this severity is at least as severe as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + s + "' (expected error, warning or info)");
        }
    }
}
