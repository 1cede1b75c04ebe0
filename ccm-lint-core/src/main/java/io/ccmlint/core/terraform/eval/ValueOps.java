package io.ccmlint.core.terraform.eval;

import io.ccmlint.core.terraform.eval.Value.Bool;
import io.ccmlint.core.terraform.eval.Value.Null;
import io.ccmlint.core.terraform.eval.Value.Num;
import io.ccmlint.core.terraform.eval.Value.Obj;
import io.ccmlint.core.terraform.eval.Value.Partial;
import io.ccmlint.core.terraform.eval.Value.Seq;
import io.ccmlint.core.terraform.eval.Value.Str;
import io.ccmlint.core.terraform.eval.Value.Unknown;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Terraform's (cty's) conversions and encodings on {@link Value}s. Every method answers null when
 * the answer is not certain (an unknown part, a conversion Terraform rejects, a value too large or
 * too deep), so callers turn null into {@link Unknown}.
 */
final class ValueOps {
    /** Values nested deeper than this are not encoded or compared (no stack overflow on hostile input). */
    static final int MAX_VALUE_DEPTH = 1000;
    /** Numbers whose plain decimal text would be longer than this are not rendered. */
    private static final int MAX_NUMBER_SCALE = 10_000;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Go's string order: byte-wise UTF-8, i.e. code point order. */
    static final Comparator<String> CODE_POINT_ORDER = io.ccmlint.core.value.CodePointOrder.ORDER;

    private ValueOps() {
    }


    /** A primitive value that is fully known: string, number or bool. */
    static boolean isKnownPrimitive(Value v) {
        return v instanceof Str || v instanceof Num || v instanceof Bool;
    }

    /** Unknown or a partly known string. */
    static boolean isUnknownish(Value v) {
        return v instanceof Unknown || v instanceof Partial;
    }

    /** True when no unknown is anywhere inside (null when too deep to tell). */
    static boolean isWhollyKnown(Value v) {
        return whollyKnown(v, 0);
    }

    private static boolean whollyKnown(Value v, int depth) {
        if (depth > MAX_VALUE_DEPTH || isUnknownish(v)) {
            return false;
        }
        if (v instanceof Seq s) {
            for (Value item : s.items()) {
                if (!whollyKnown(item, depth + 1)) {
                    return false;
                }
            }
        } else if (v instanceof Obj o) {
            for (Value item : o.entries().values()) {
                if (!whollyKnown(item, depth + 1)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Number to string as cty converts it ({@code big.Float.Text('f', -1)}); null when absurdly large. */
    static String numberText(BigDecimal n) {
        if (n.signum() == 0) {
            return "0";
        }
        BigDecimal s = n.stripTrailingZeros();
        if (Math.abs((long) s.scale()) > MAX_NUMBER_SCALE) {
            return null;
        }
        return s.toPlainString();
    }

    /** The {@code %v}/{@code %g} text Go's {@code big.Float.Text('g', -1)} produces. */
    static String numberTextG(BigDecimal n) {
        if (n.signum() == 0) {
            return "0";
        }
        BigDecimal s = n.stripTrailingZeros();
        String mant = s.unscaledValue().abs().toString();
        long exp10 = (long) mant.length() - 1 - s.scale();
        String sign = s.signum() < 0 ? "-" : "";
        if (exp10 < -4 || exp10 >= 6) {
            StringBuilder b = new StringBuilder(sign).append(mant.charAt(0));
            if (mant.length() > 1) {
                b.append('.').append(mant, 1, mant.length());
            }
            b.append('e').append(exp10 < 0 ? '-' : '+');
            long abs = Math.abs(exp10);
            if (abs < 10) {
                b.append('0');
            }
            return b.append(abs).toString();
        }
        return numberText(n);
    }

    /**
     * True for a number the evaluator computes with: a scale beyond {@link #MAX_NUMBER_SCALE}
     * would make exact arithmetic build millions of digits ({@code 3e10002012 - 100}), so such a
     * number is treated as unknown instead.
     */
    static boolean computable(BigDecimal n) {
        return Math.abs((long) n.scale()) <= MAX_NUMBER_SCALE && n.precision() <= MAX_NUMBER_SCALE;
    }

    static BigDecimal parseNumber(String s) {
        if (s.length() > 200 || !NUMBER.matcher(s).matches()) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(s);
            return Math.abs((long) d.stripTrailingZeros().scale()) > MAX_NUMBER_SCALE ? null : d;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** Converts a known primitive to a string as Terraform does; null for anything else. */
    static String asString(Value v) {
        if (v instanceof Str s) {
            return s.value();
        }
        if (v instanceof Num n) {
            return numberText(n.value());
        }
        if (v instanceof Bool b) {
            return b.value() ? "true" : "false";
        }
        return null;
    }

    /** Converts to a number as Terraform does (a string like "42" converts); null when it can't. */
    static BigDecimal asNumber(Value v) {
        if (v instanceof Num n) {
            return n.value();
        }
        if (v instanceof Str s) {
            return parseNumber(s.value());
        }
        return null;
    }

    /** Converts to a bool as Terraform does ("true"/"false" convert); null when it can't. */
    static Boolean asBool(Value v) {
        if (v instanceof Bool b) {
            return b.value();
        }
        if (v instanceof Str s) {
            if (s.value().equals("true")) {
                return Boolean.TRUE;
            }
            if (s.value().equals("false")) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    /** An exact int index, or -1. */
    static int asIndex(Value v) {
        BigDecimal n = asNumber(v);
        if (n == null) {
            return -1;
        }
        try {
            BigInteger i = n.stripTrailingZeros().toBigIntegerExact();
            return i.signum() < 0 || i.bitLength() > 31 ? -1 : i.intValue();
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    /**
     * Known equality of two values with Terraform's {@code ==}: values of different types are not
     * equal. Null when it can't be decided statically (an unknown, or a collection whose exact
     * type — tuple or list, object or map — this model doesn't record).
     */
    static Boolean equal(Value a, Value b) {
        if (isUnknownish(a) || isUnknownish(b)) {
            return null;
        }
        if (a instanceof Seq || a instanceof Obj || b instanceof Seq || b instanceof Obj) {
            return null;
        }
        if (a instanceof Null || b instanceof Null) {
            return a instanceof Null && b instanceof Null;
        }
        if (a instanceof Str x && b instanceof Str y) {
            return x.value().equals(y.value());
        }
        if (a instanceof Num x && b instanceof Num y) {
            return x.value().compareTo(y.value()) == 0;
        }
        if (a instanceof Bool x && b instanceof Bool y) {
            return x.value() == y.value();
        }
        return Boolean.FALSE;
    }

    /** The JSON text Terraform's {@code jsonencode} produces, or null when anything is unknown. */
    static String json(Value v) {
        StringBuilder b = new StringBuilder();
        return appendJson(b, v, 0) ? b.toString() : null;
    }

    private static boolean appendJson(StringBuilder b, Value v, int depth) {
        if (depth > MAX_VALUE_DEPTH) {
            return false;
        }
        if (v instanceof Str s) {
            appendJsonString(b, s.value());
        } else if (v instanceof Num n) {
            String t = numberText(n.value());
            if (t == null) {
                return false;
            }
            b.append(t);
        } else if (v instanceof Bool x) {
            b.append(x.value());
        } else if (v instanceof Null) {
            b.append("null");
        } else if (v instanceof Seq s) {
            b.append('[');
            boolean first = true;
            for (Value item : s.items()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                if (!appendJson(b, item, depth + 1)) {
                    return false;
                }
            }
            b.append(']');
        } else if (v instanceof Obj o) {
            List<String> keys = new ArrayList<>(o.entries().keySet());
            keys.sort(CODE_POINT_ORDER);
            b.append('{');
            boolean first = true;
            for (String k : keys) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                appendJsonString(b, k);
                b.append(':');
                if (!appendJson(b, o.entries().get(k), depth + 1)) {
                    return false;
                }
            }
            b.append('}');
        } else {
            return false;
        }
        return true;
    }

    /** A JSON string as Go's {@code encoding/json} writes it (HTML-safe escapes, U+2028/9 escaped). */
    static String jsonString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        appendJsonString(b, s);
        return b.toString();
    }

    static void appendJsonString(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> appendUnicodeEscape(b, c);
                default -> {
                    if (c < 0x20) {
                        appendUnicodeEscape(b, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        b.append("\\ufffd"); // Go replaces invalid UTF-8 this way
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    private static void appendUnicodeEscape(StringBuilder b, char c) {
        b.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
    }

    /** Go's {@code unicode.IsSpace}. */
    static boolean isGoSpace(int cp) {
        return switch (cp) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0 -> true;
            default -> cp > 0xFF && Character.isSpaceChar(cp);
        };
    }

    /** Go's {@code strings.TrimSpace}. */
    static String trimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end) {
            int cp = s.codePointAt(start);
            if (!isGoSpace(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        while (end > start) {
            int cp = s.codePointBefore(end);
            if (!isGoSpace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return s.substring(start, end);
    }

    /** Go's {@code strings.ToLower}/{@code ToUpper}: per code point, no locale or context rules. */
    static String mapCase(String s, boolean upper) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(upper ? Character.toUpperCase(cp) : Character.toLowerCase(cp)));
        return b.toString();
    }

    /** Go's {@code strings.Split}: every occurrence, empty pieces kept; an empty separator splits code points. */
    static List<String> split(String s, String sep) {
        List<String> out = new ArrayList<>();
        if (sep.isEmpty()) {
            s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
            return out;
        }
        int from = 0;
        while (true) {
            int at = s.indexOf(sep, from);
            if (at < 0) {
                out.add(s.substring(from));
                return out;
            }
            out.add(s.substring(from, at));
            from = at + sep.length();
        }
    }

    /** A map's keys in Terraform's iteration order (lexical). */
    static List<String> sortedKeys(Map<String, ?> m) {
        List<String> keys = new ArrayList<>(m.keySet());
        keys.sort(CODE_POINT_ORDER);
        return keys;
    }
}
