package io.ccmlint.core.helm.release;

import java.math.BigDecimal;

/**
 * One text for a scalar however it was typed, so a value read from a values file (float64 0, true)
 * and the same value as rendered YAML parsed it ({@code 0}, {@code "0"}, {@code true}) compare equal.
 */
final class Canonical {
    private Canonical() {
    }

    static String text(Object v) {
        if (v instanceof Double d && !d.isInfinite() && !d.isNaN()) {
            return plain(BigDecimal.valueOf(d));
        }
        if (v instanceof BigDecimal b) {
            return plain(b);
        }
        if (v instanceof Number n) {
            return plain(new BigDecimal(n.toString()));
        }
        return String.valueOf(v);
    }

    private static String plain(BigDecimal b) {
        return b.signum() == 0 ? "0" : b.stripTrailingZeros().toPlainString();
    }
}
