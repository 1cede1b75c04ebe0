package io.ccmlint.core.helm.template;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** strconv.FormatFloat(v, fmt, prec, 64): the digits Go prints for a float64, shortest or rounded. */
final class GoFloatFormat {
    /** Decimal digits {@code d} with the decimal point {@code dp} places from their start (0.d × 10^dp). */
    private static final class Digits {
        final String d;
        final int dp;

        Digits(String d, int dp) {
            this.d = d;
            this.dp = dp;
        }

        int nd() {
            return d.length();
        }
    }

    private GoFloatFormat() {
    }

    static String format(double v, char fmt, int prec) {
        long bits = Double.doubleToRawLongBits(v);
        boolean neg = bits < 0;
        int exp = (int) (bits >>> 52) & 0x7FF;
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0x7FF) {
            return mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf";
        }
        if (exp == 0) {
            exp++; // denormal
        } else {
            mant |= 1L << 52;
        }
        exp += -1023;
        if (fmt == 'b') {
            return (neg ? "-" : "") + mant + "p" + (exp - 52 >= 0 ? "+" : "") + (exp - 52);
        }
        if (fmt == 'x' || fmt == 'X') {
            return hex(prec, fmt, neg, mant, exp);
        }
        boolean shortest = prec < 0;
        BigDecimal abs = new BigDecimal(v).abs();
        Digits digs;
        if (shortest) {
            digs = shortestDigits(Math.abs(v), abs);
            switch (fmt) {
                case 'e':
                case 'E':
                    prec = Math.max(digs.nd() - 1, 0);
                    break;
                case 'f':
                    prec = Math.max(digs.nd() - digs.dp, 0);
                    break;
                default:
                    prec = digs.nd();
            }
        } else if (fmt == 'f') {
            digs = digits(abs.setScale(prec, RoundingMode.HALF_EVEN));
        } else {
            int n = fmt == 'e' || fmt == 'E' ? prec + 1 : Math.max(prec, 1);
            if (fmt == 'g' || fmt == 'G') {
                prec = n;
            }
            digs = digits(abs.round(new MathContext(n, RoundingMode.HALF_EVEN)));
        }
        return formatDigits(shortest, neg, digs, prec, fmt);
    }

    private static String formatDigits(boolean shortest, boolean neg, Digits digs, int prec, char fmt) {
        switch (fmt) {
            case 'e':
            case 'E':
                return fmtE(neg, digs, prec, fmt);
            case 'f':
                return fmtF(neg, digs, prec);
            case 'g':
            case 'G': {
                int eprec = prec;
                if (eprec > digs.nd() && digs.nd() >= digs.dp) {
                    eprec = digs.nd();
                }
                if (shortest) {
                    eprec = 6; // %e is used when the exponent is below -4 or at least the precision
                }
                int exp = digs.dp - 1;
                if (exp < -4 || exp >= eprec) {
                    if (prec > digs.nd()) {
                        prec = digs.nd();
                    }
                    return fmtE(neg, digs, prec - 1, fmt == 'g' ? 'e' : 'E');
                }
                if (prec > digs.dp) {
                    prec = digs.nd();
                }
                return fmtF(neg, digs, Math.max(prec - digs.dp, 0));
            }
            default:
                return "%" + fmt;
        }
    }

    private static String fmtE(boolean neg, Digits d, int prec, char fmt) {
        StringBuilder b = new StringBuilder();
        if (neg) {
            b.append('-');
        }
        b.append(d.nd() == 0 ? '0' : d.d.charAt(0));
        if (prec > 0) {
            b.append('.');
            int i = 1;
            int m = Math.min(d.nd(), prec + 1);
            if (i < m) {
                b.append(d.d, i, m);
                i = m;
            }
            for (; i <= prec; i++) {
                b.append('0');
            }
        }
        b.append(fmt);
        int exp = d.nd() == 0 ? 0 : d.dp - 1;
        b.append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            b.append('0');
        }
        return b.append(exp).toString();
    }

    private static String fmtF(boolean neg, Digits d, int prec) {
        StringBuilder b = new StringBuilder();
        if (neg) {
            b.append('-');
        }
        if (d.dp > 0) {
            int m = Math.min(d.nd(), d.dp);
            b.append(d.d, 0, m);
            for (; m < d.dp; m++) {
                b.append('0');
            }
        } else {
            b.append('0');
        }
        if (prec > 0) {
            b.append('.');
            for (int i = 1; i <= prec; i++) {
                int j = d.dp + i - 1;
                b.append(0 <= j && j < d.nd() ? d.d.charAt(j) : '0');
            }
        }
        return b.toString();
    }

    /** The digits of a non-negative decimal, trailing zeros dropped (zero has none). */
    private static Digits digits(BigDecimal x) {
        if (x.signum() == 0) {
            return new Digits("", 0);
        }
        x = x.stripTrailingZeros();
        String u = x.unscaledValue().toString();
        return new Digits(u, u.length() - x.scale());
    }

    /**
     * The fewest digits that read back as exactly this float64 (Go's shortest formatting), the closest
     * to the exact value when more than one candidate of that length reads back.
     */
    private static Digits shortestDigits(double v, BigDecimal exact) {
        if (v == 0) {
            return new Digits("", 0);
        }
        for (int p = 1; p <= 17; p++) {
            MathContext mc = new MathContext(p, RoundingMode.HALF_EVEN);
            BigDecimal nearest = exact.round(mc);
            if (nearest.doubleValue() == v) {
                return digits(nearest);
            }
            BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
            BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
            boolean downOk = down.doubleValue() == v;
            boolean upOk = up.doubleValue() == v;
            if (downOk && upOk) {
                return digits(exact.subtract(down).compareTo(up.subtract(exact)) <= 0 ? down : up);
            }
            if (downOk || upOk) {
                return digits(downOk ? down : up);
            }
        }
        return digits(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }

    /** %x: -0x1.yyyyp±dd, the mantissa in hexadecimal (strconv's fmtX). */
    private static String hex(int prec, char fmt, boolean neg, long mant, int exp) {
        if (mant == 0) {
            exp = 0;
        }
        mant <<= 60 - 52;
        while (mant != 0 && (mant & (1L << 60)) == 0) {
            mant <<= 1;
            exp--;
        }
        if (prec >= 0 && prec < 15) {
            int shift = prec * 4;
            long extra = (mant << shift) & ((1L << 60) - 1);
            mant >>>= 60 - shift;
            if ((extra | (mant & 1)) > (1L << 59)) {
                mant++;
            }
            mant <<= 60 - shift;
            if ((mant & (1L << 61)) != 0) {
                mant >>>= 1;
                exp++;
            }
        }
        String digits = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        StringBuilder b = new StringBuilder();
        if (neg) {
            b.append('-');
        }
        b.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
        mant <<= 4;
        if (prec < 0 && mant != 0) {
            b.append('.');
            while (mant != 0) {
                b.append(digits.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        } else if (prec > 0) {
            b.append('.');
            for (int i = 0; i < prec; i++) {
                b.append(digits.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        }
        b.append(fmt == 'X' ? 'P' : 'p').append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            b.append('0');
        }
        return b.append(exp).toString();
    }
}
