package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.Fn.fixed;
import static io.ccmlint.core.helm.functions.Fn.str;
import static io.ccmlint.core.helm.template.GoType.ANY;
import static io.ccmlint.core.helm.template.GoType.STRING;
import static io.ccmlint.core.helm.template.GoType.TIME;

import io.ccmlint.core.helm.template.FunctionException;
import io.ccmlint.core.helm.template.GoInt;
import io.ccmlint.core.helm.template.TemplateFunction;
import java.math.BigInteger;
import java.util.Map;

/**
 * Sprig's date functions (date.go), with Go's layouts and Time printing. {@code now} is fixed at
 * {@link #NOW}, 2026-01-01T00:00:00Z, so a lint run is reproducible: {@code ago}, {@code durationRound}
 * of a time, and {@code date} of anything that is not a time or an epoch all measure from it (Helm
 * uses the clock). The Local zone is UTC (Helm uses the machine's zone).
 */
final class SprigDates {
    static final GoTime NOW = new GoTime(1767225600L, 0, GoZone.LOCAL);

    private SprigDates() {
    }

    static void register(Map<String, TemplateFunction> m) {
        m.put("now", fixed(TIME, (c, a) -> NOW));
        TemplateFunction dateInZone = fixed(STRING, (c, a) -> inZone(str(a, 0), a.get(1), str(a, 2)), STRING, ANY, STRING);
        m.put("dateInZone", dateInZone);
        m.put("date_in_zone", dateInZone);
        m.put("date", fixed(STRING, (c, a) -> inZone(str(a, 0), a.get(1), "Local"), STRING, ANY));
        m.put("htmlDate", fixed(STRING, (c, a) -> inZone("2006-01-02", a.get(0), "Local"), ANY));
        m.put("htmlDateInZone", fixed(STRING, (c, a) -> inZone("2006-01-02", a.get(0), str(a, 1)), ANY, STRING));
        TemplateFunction dateModify = fixed(TIME, (c, a) -> {
            try {
                return time(a.get(1)).plus(GoDuration.parse(str(a, 0)));
            } catch (IllegalArgumentException e) {
                return a.get(1);
            }
        }, STRING, TIME);
        m.put("dateModify", dateModify);
        m.put("date_modify", dateModify);
        TemplateFunction mustDateModify = fixed(TIME, (c, a) -> {
            try {
                return time(a.get(1)).plus(GoDuration.parse(str(a, 0)));
            } catch (IllegalArgumentException e) {
                throw new FunctionException(e.getMessage());
            }
        }, STRING, TIME);
        m.put("mustDateModify", mustDateModify);
        m.put("must_date_modify", mustDateModify);
        m.put("ago", fixed(STRING, (c, a) -> GoDuration.format(GoDuration.round(agoStart(a.get(0)).until(NOW), GoDuration.SECOND)), ANY));
        m.put("duration", fixed(STRING, (c, a) -> GoDuration.format(seconds(a.get(0)) * GoDuration.SECOND), ANY));
        m.put("durationRound", fixed(STRING, (c, a) -> roundDuration(durationOf(a.get(0))), ANY));
        m.put("toDate", fixed(TIME, (c, a) -> {
            try {
                return GoTimeLayout.parse(str(a, 0), str(a, 1));
            } catch (IllegalArgumentException e) {
                return GoTime.ZERO;
            }
        }, STRING, STRING));
        m.put("mustToDate", fixed(TIME, (c, a) -> {
            try {
                return GoTimeLayout.parse(str(a, 0), str(a, 1));
            } catch (IllegalArgumentException e) {
                throw new FunctionException(e.getMessage());
            }
        }, STRING, STRING));
        m.put("unixEpoch", fixed(STRING, (c, a) -> Long.toString(time(a.get(0)).unix()), TIME));
    }

    private static GoTime time(Object v) {
        return (GoTime) v;
    }

    /** dateInZone's date: a time, an int, int32 or int64 epoch; anything else is now. */
    private static String inZone(String layout, Object date, String zoneName) {
        GoTime t = NOW;
        if (date instanceof GoTime) {
            t = (GoTime) date;
        } else if (date instanceof Long) {
            t = new GoTime((Long) date, 0, GoZone.LOCAL);
        } else if (date instanceof GoInt && (((GoInt) date).kind() == GoInt.Kind.INT64 || ((GoInt) date).kind() == GoInt.Kind.INT32)) {
            t = new GoTime(((GoInt) date).bits(), 0, GoZone.LOCAL);
        }
        GoZone zone = GoZone.load(zoneName);
        return new GoTime(t.unix(), t.nano(), zone == null ? GoZone.UTC : zone).format(layout);
    }

    /** dateAgo's date: a time, an int or int64 epoch; anything else is now. */
    private static GoTime agoStart(Object date) {
        if (date instanceof GoTime) {
            return (GoTime) date;
        }
        if (date instanceof Long) {
            return new GoTime((Long) date, 0, GoZone.LOCAL);
        }
        if (date instanceof GoInt && ((GoInt) date).kind() == GoInt.Kind.INT64) {
            return new GoTime(((GoInt) date).bits(), 0, GoZone.LOCAL);
        }
        return NOW;
    }

    /** duration's seconds: a decimal string or an int64; anything else (an int too) is 0. */
    private static long seconds(Object v) {
        if (v instanceof String) {
            return parseInt64((String) v);
        }
        if (v instanceof GoInt && ((GoInt) v).kind() == GoInt.Kind.INT64) {
            return ((GoInt) v).bits();
        }
        return 0;
    }

    /** strconv.ParseInt(s, 10, 64) as sprig uses it: 0 on a syntax error, the bound when out of range. */
    private static long parseInt64(String s) {
        if (!s.matches("[+-]?[0-9]+")) {
            return 0;
        }
        BigInteger b = new BigInteger(s.startsWith("+") ? s.substring(1) : s);
        if (b.bitLength() > 63) {
            return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return b.longValue();
    }

    /** durationRound's duration: a duration string, an int64 of nanoseconds, or the time since a time. */
    private static long durationOf(Object v) {
        if (v instanceof String) {
            try {
                return GoDuration.parse((String) v);
            } catch (IllegalArgumentException e) {
                return 0;
            }
        }
        if (v instanceof GoInt && ((GoInt) v).kind() == GoInt.Kind.INT64) {
            return ((GoInt) v).bits();
        }
        if (v instanceof GoTime) {
            return ((GoTime) v).until(NOW);
        }
        return 0;
    }

    private static String roundDuration(long d) {
        long u = d < 0 ? -d : d;
        long[] units = {GoDuration.HOUR * 24 * 365, GoDuration.HOUR * 24 * 30, GoDuration.HOUR * 24, GoDuration.HOUR,
            GoDuration.MINUTE, GoDuration.SECOND};
        String[] names = {"y", "mo", "d", "h", "m", "s"};
        for (int i = 0; i < units.length; i++) {
            if (Long.compareUnsigned(u, units[i]) > 0) {
                return Long.toUnsignedString(Long.divideUnsigned(u, units[i])) + names[i];
            }
        }
        return "0s";
    }
}
