package io.ccmlint.core.helm.functions;

import java.util.Map;

/** Go's time.Duration (nanoseconds in a long): String, ParseDuration and Round, as the time package has them. */
final class GoDuration {
    static final long NANOSECOND = 1;
    static final long MICROSECOND = 1000 * NANOSECOND;
    static final long MILLISECOND = 1000 * MICROSECOND;
    static final long SECOND = 1000 * MILLISECOND;
    static final long MINUTE = 60 * SECOND;
    static final long HOUR = 60 * MINUTE;

    private static final Map<String, Long> UNITS = Map.of(
            "ns", NANOSECOND, "us", MICROSECOND, "µs", MICROSECOND, "μs", MICROSECOND,
            "ms", MILLISECOND, "s", SECOND, "m", MINUTE, "h", HOUR);

    private GoDuration() {
    }

    /** Duration.String: "1h30m0s", "1.5s", "100ms", "0s". */
    static String format(long d) {
        boolean neg = d < 0;
        long u = neg ? -d : d; // unsigned from here on (Long.MIN_VALUE stays itself)
        StringBuilder b = new StringBuilder();
        if (Long.compareUnsigned(u, SECOND) < 0) {
            if (u == 0) {
                return "0s";
            }
            int prec;
            String unit;
            if (u < MICROSECOND) {
                prec = 0;
                unit = "ns";
            } else if (u < MILLISECOND) {
                prec = 3;
                unit = "µs";
            } else {
                prec = 6;
                unit = "ms";
            }
            long[] rest = {u};
            String frac = fraction(rest, prec);
            b.append(Long.toUnsignedString(rest[0])).append(frac).append(unit);
        } else {
            long[] rest = {u};
            String frac = fraction(rest, 9);
            long secs = rest[0];
            String tail = Long.remainderUnsigned(secs, 60) + frac + "s";
            long mins = Long.divideUnsigned(secs, 60);
            if (mins > 0) {
                tail = Long.remainderUnsigned(mins, 60) + "m" + tail;
                long hours = Long.divideUnsigned(mins, 60);
                if (hours > 0) {
                    tail = hours + "h" + tail;
                }
            }
            b.append(tail);
        }
        return neg ? "-" + b : b.toString();
    }

    /** fmtFrac: the fraction of v/10^prec without trailing zeros (nothing when zero); v becomes the integer part. */
    private static String fraction(long[] v, int prec) {
        StringBuilder digits = new StringBuilder();
        boolean print = false;
        for (int i = 0; i < prec; i++) {
            long digit = Long.remainderUnsigned(v[0], 10);
            print = print || digit != 0;
            if (print) {
                digits.append((char) ('0' + digit));
            }
            v[0] = Long.divideUnsigned(v[0], 10);
        }
        return print ? "." + digits.reverse() : "";
    }

    /** time.ParseDuration; an IllegalArgumentException carries Go's error text. */
    static long parse(String orig) {
        String s = orig;
        long d = 0; // unsigned
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return 0;
        }
        if (s.isEmpty()) {
            throw invalid(orig);
        }
        final long limit = Long.MIN_VALUE; // 1<<63 as unsigned
        while (!s.isEmpty()) {
            char c = s.charAt(0);
            if (!(c == '.' || isDigit(c))) {
                throw invalid(orig);
            }
            int i = 0;
            long v = 0;
            while (i < s.length() && isDigit(s.charAt(i))) {
                if (Long.compareUnsigned(v, Long.divideUnsigned(limit, 10)) > 0) {
                    throw invalid(orig);
                }
                v = v * 10 + (s.charAt(i) - '0');
                if (Long.compareUnsigned(v, limit) > 0) {
                    throw invalid(orig);
                }
                i++;
            }
            boolean pre = i > 0;
            s = s.substring(i);
            boolean post = false;
            long f = 0;
            double scale = 1;
            if (!s.isEmpty() && s.charAt(0) == '.') {
                s = s.substring(1);
                int j = 0;
                boolean overflow = false;
                while (j < s.length() && isDigit(s.charAt(j))) {
                    if (!overflow) {
                        if (Long.compareUnsigned(f, Long.divideUnsigned(Long.MAX_VALUE, 10)) > 0) {
                            overflow = true;
                        } else {
                            long y = f * 10 + (s.charAt(j) - '0');
                            if (y < 0) {
                                overflow = true;
                            } else {
                                f = y;
                                scale *= 10;
                            }
                        }
                    }
                    j++;
                }
                post = j > 0;
                s = s.substring(j);
            }
            if (!pre && !post) {
                throw invalid(orig);
            }
            int k = 0;
            while (k < s.length() && !(s.charAt(k) == '.' || isDigit(s.charAt(k)))) {
                k++;
            }
            if (k == 0) {
                throw new IllegalArgumentException("time: missing unit in duration " + quote(orig));
            }
            String u = s.substring(0, k);
            s = s.substring(k);
            Long unit = UNITS.get(u);
            if (unit == null) {
                throw new IllegalArgumentException("time: unknown unit " + quote(u) + " in duration " + quote(orig));
            }
            if (Long.compareUnsigned(v, Long.divideUnsigned(limit, unit)) > 0) {
                throw invalid(orig);
            }
            v *= unit;
            if (f > 0) {
                v += (long) ((double) f * ((double) unit / scale));
                if (Long.compareUnsigned(v, limit) > 0) {
                    throw invalid(orig);
                }
            }
            d += v;
            if (Long.compareUnsigned(d, limit) > 0) {
                throw invalid(orig);
            }
        }
        if (neg) {
            return -d;
        }
        if (d < 0) {
            throw invalid(orig);
        }
        return d;
    }

    /** Duration.Round(m): halves away from zero, saturating on overflow. */
    static long round(long d, long m) {
        if (m <= 0) {
            return d;
        }
        long r = d % m;
        if (d < 0) {
            r = -r;
            if (lessThanHalf(r, m)) {
                return d + r;
            }
            long d1 = d - m + r;
            return d1 < d ? d1 : Long.MIN_VALUE;
        }
        if (lessThanHalf(r, m)) {
            return d - r;
        }
        long d1 = d + m - r;
        return d1 > d ? d1 : Long.MAX_VALUE;
    }

    private static boolean lessThanHalf(long x, long y) {
        return Long.compareUnsigned(x + x, y) < 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static IllegalArgumentException invalid(String orig) {
        return new IllegalArgumentException("time: invalid duration " + quote(orig));
    }

    /** The time package's quote: double quotes, with quote and backslash escaped. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
