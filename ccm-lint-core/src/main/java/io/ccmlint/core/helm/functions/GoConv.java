package io.ccmlint.core.helm.functions;

import io.ccmlint.core.helm.template.GoFmt;
import io.ccmlint.core.helm.template.GoInt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The conversions Sprig leans on: strval, spf13/cast's ToInt64/ToFloat64, reflect-based empty and DeepEqual. */
final class GoConv {
    private GoConv() {
    }

    /** Sprig's strval: a string as is, anything else as fmt's %v prints it. */
    static String strval(Object v) {
        if (v instanceof String) {
            return (String) v;
        }
        return GoFmt.sprintf("%v", java.util.Collections.singletonList(v));
    }

    /** cast.ToInt64: numbers truncated, bools 1/0, strings parsed as Go literals (base prefixes too), anything else 0. */
    static long toInt64(Object v) {
        if (v instanceof Long) {
            return (Long) v;
        }
        if (v instanceof GoInt) {
            return ((GoInt) v).bits();
        }
        if (v instanceof Double) {
            return doubleToLong((Double) v);
        }
        if (v instanceof Boolean) {
            return (Boolean) v ? 1 : 0;
        }
        if (v instanceof String) {
            Long l = parseGoInt(trimZeroDecimal((String) v));
            return l == null ? 0 : l;
        }
        return 0;
    }

    /** Go's int64(f): truncation; out of range (or NaN) gives the minimum int64 on amd64. */
    static long doubleToLong(double d) {
        if (Double.isNaN(d) || d >= 0x1p63 || d < -0x1p63) {
            return Long.MIN_VALUE;
        }
        return (long) d;
    }

    /** cast.ToFloat64: numbers, bools 1/0, strings by strconv.ParseFloat, anything else 0. */
    static double toFloat64(Object v) {
        if (v instanceof Double) {
            return (Double) v;
        }
        if (v instanceof Long) {
            return (Long) v;
        }
        if (v instanceof GoInt) {
            GoInt g = (GoInt) v;
            return g.signed() ? g.bits() : unsignedToDouble(g.bits());
        }
        if (v instanceof Boolean) {
            return (Boolean) v ? 1 : 0;
        }
        if (v instanceof String) {
            Double d = parseGoFloat((String) v);
            return d == null ? 0 : d;
        }
        return 0;
    }

    private static double unsignedToDouble(long bits) {
        double d = (double) (bits >>> 1);
        return d * 2 + (bits & 1);
    }

    /** "12.000" is 12 for cast (its trimZeroDecimal). */
    private static String trimZeroDecimal(String s) {
        boolean foundZero = false;
        for (int i = s.length(); i > 0; i--) {
            char c = s.charAt(i - 1);
            if (c == '.') {
                return foundZero ? s.substring(0, i - 1) : s;
            } else if (c == '0') {
                foundZero = true;
            } else {
                return s;
            }
        }
        return s;
    }

    /** strconv.ParseInt(s, 0, 64): sign, 0x/0o/0b/0 prefixes, underscores only after a prefix; null when invalid. */
    static Long parseGoInt(String s) {
        if (s.isEmpty()) {
            return null;
        }
        boolean neg = false;
        int i = 0;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            neg = s.charAt(0) == '-';
            i = 1;
        }
        String body = s.substring(i);
        int base = 10;
        boolean prefixed = false;
        if (body.length() >= 2 && body.charAt(0) == '0') {
            char p = Character.toLowerCase(body.charAt(1));
            if (p == 'x') {
                base = 16;
                body = body.substring(2);
                prefixed = true;
            } else if (p == 'o') {
                base = 8;
                body = body.substring(2);
                prefixed = true;
            } else if (p == 'b') {
                base = 2;
                body = body.substring(2);
                prefixed = true;
            } else {
                base = 8;
                body = body.substring(1);
                prefixed = true;
            }
        }
        if (body.contains("_")) {
            if (!prefixed || body.startsWith("_") || body.endsWith("_") || body.contains("__")) {
                return null;
            }
            body = body.replace("_", "");
        }
        if (body.isEmpty()) {
            return null;
        }
        try {
            java.math.BigInteger b = new java.math.BigInteger(body, base);
            if (neg) {
                b = b.negate();
            }
            return b.bitLength() > 63 ? null : b.longValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** strconv.ParseFloat(s, 64), null when invalid (out of range included). */
    static Double parseGoFloat(String s) {
        if (s.isEmpty() || s.contains("_")) {
            return null;
        }
        String t = s;
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        switch (lower) {
            case "inf": case "+inf": case "infinity": case "+infinity": return Double.POSITIVE_INFINITY;
            case "-inf": case "-infinity": return Double.NEGATIVE_INFINITY;
            case "nan": return Double.NaN;
            default: break;
        }
        if (!lower.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?") && !lower.matches("[+-]?0x[0-9a-f]*\\.?[0-9a-f]*p[+-]?\\d+")) {
            return null;
        }
        try {
            double d = Double.parseDouble(t);
            return Double.isInfinite(d) ? null : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Sprig's empty: nil, false, zero numbers and empty strings, lists and maps. */
    static boolean empty(Object v) {
        return !io.ccmlint.core.helm.template.GoValues.isTrue(v) && !(v instanceof io.ccmlint.core.helm.template.GoObject);
    }

    /** Sprig's strslice: a list's non-nil elements as strings; nil is no element; anything else one element. */
    static List<String> strslice(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List) {
            for (Object o : (List<?>) v) {
                if (o != null) {
                    out.add(strval(o));
                }
            }
        } else if (v != null) {
            out.add(strval(v));
        }
        return out;
    }

    /** reflect.DeepEqual on our values: same types and equal contents (an int is never an int64 or a float64). */
    static boolean deepEqual(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Map && b instanceof Map) {
            Map<?, ?> x = (Map<?, ?>) a;
            Map<?, ?> y = (Map<?, ?>) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey()) || !deepEqual(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof List && b instanceof List) {
            List<?> x = (List<?>) a;
            List<?> y = (List<?>) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!deepEqual(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Double && b instanceof Double) {
            return ((Double) a).doubleValue() == (Double) b; // NaN is not equal to itself
        }
        return a.getClass() == b.getClass() && Objects.equals(a, b);
    }

    /** Go's reflect Kind name of a value ("invalid" for nil). */
    static String kindOf(Object v) {
        if (v == null) {
            return "invalid";
        }
        if (v instanceof Map) {
            return "map";
        }
        if (v instanceof List) {
            return "slice";
        }
        if (v instanceof io.ccmlint.core.helm.template.GoObject) {
            return "ptr";
        }
        return io.ccmlint.core.helm.template.GoValues.typeName(v);
    }

    static GoInt int64(long v) {
        return GoInt.int64(v);
    }
}
