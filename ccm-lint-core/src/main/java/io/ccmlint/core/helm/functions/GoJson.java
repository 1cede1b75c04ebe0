package io.ccmlint.core.helm.functions;

import io.ccmlint.core.helm.template.GoFmt;
import io.ccmlint.core.helm.template.GoInt;
import io.ccmlint.core.helm.template.GoObject;
import io.ccmlint.core.helm.template.GoValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Go's encoding/json on our values: Marshal (keys sorted, HTML escaped, Go's float format) and Unmarshal into interface {} (every number a float64). */
final class GoJson {
    /** json.Marshal's error (a NaN, an unsupported type). */
    static final class JsonException extends Exception {
        JsonException(String message) {
            super(message, null, false, false);
        }
    }

    private GoJson() {
    }

    static String marshal(Object v, boolean escapeHtml) throws JsonException {
        StringBuilder b = new StringBuilder();
        write(b, v, escapeHtml, 0);
        return b.toString();
    }

    /** json.MarshalIndent(v, "", "  "): Marshal, then json.Indent (empty objects and arrays stay {} and []). */
    static String marshalIndent(Object v) throws JsonException {
        String compact = marshal(v, true);
        StringBuilder b = new StringBuilder();
        boolean inString = false;
        boolean needIndent = false;
        int depth = 0;
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (inString) {
                b.append(c);
                if (c == '\\') {
                    b.append(compact.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (needIndent && c != '}' && c != ']') {
                needIndent = false;
                depth++;
                b.append('\n').append("  ".repeat(depth));
            }
            switch (c) {
                case '"':
                    inString = true;
                    b.append(c);
                    break;
                case '{':
                case '[':
                    needIndent = true;
                    b.append(c);
                    break;
                case ',':
                    b.append(c).append('\n').append("  ".repeat(depth));
                    break;
                case ':':
                    b.append(": ");
                    break;
                case '}':
                case ']':
                    if (needIndent) {
                        needIndent = false;
                    } else {
                        depth--;
                        b.append('\n').append("  ".repeat(depth));
                    }
                    b.append(c);
                    break;
                default:
                    b.append(c);
            }
        }
        return b.toString();
    }

    private static void write(StringBuilder b, Object v, boolean html, int depth) throws JsonException {
        if (depth > 1000) {
            throw new JsonException("json: unsupported value: encountered a cycle");
        }
        if (v == null) {
            b.append("null");
        } else if (v instanceof String) {
            quote(b, (String) v, html);
        } else if (v instanceof Boolean || v instanceof Long || v instanceof GoInt) {
            b.append(v);
        } else if (v instanceof Double) {
            b.append(formatFloat((Double) v));
        } else if (v instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) v;
            List<String> keys = new ArrayList<>();
            m.keySet().forEach(k -> keys.add(String.valueOf(k)));
            keys.sort(GoValues.KEY_ORDER);
            b.append('{');
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                quote(b, keys.get(i), html);
                b.append(':');
                write(b, m.get(keys.get(i)), html, depth + 1);
            }
            b.append('}');
        } else if (v instanceof List) {
            b.append('[');
            List<?> l = (List<?>) v;
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                write(b, l.get(i), html, depth + 1);
            }
            b.append(']');
        } else if (v instanceof GoTime) {
            quote(b, ((GoTime) v).format(GoTime.RFC3339_NANO), html); // Time.MarshalJSON
        } else if (v instanceof GoObject) {
            b.append("{}"); // our objects have no exported JSON fields worth showing
        } else {
            throw new JsonException("json: unsupported type: " + GoValues.typeName(v));
        }
    }

    /** encoding/json's float format: shortest, %f unless tiny or huge, e-07 written e-7. */
    static String formatFloat(double d) throws JsonException {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new JsonException("json: unsupported value: " + GoFmt.sprintf("%v", List.of(d)));
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        double abs = Math.abs(d);
        BigDecimal x = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        if (abs >= 1e-6 && abs < 1e21) {
            return x.toPlainString();
        }
        String digits = x.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - x.scale();
        StringBuilder b = new StringBuilder(d < 0 ? "-" : "");
        b.append(digits.charAt(0));
        if (digits.length() > 1) {
            b.append('.').append(digits, 1, digits.length());
        }
        b.append('e').append(exp < 0 ? '-' : '+');
        int e = Math.abs(exp);
        b.append(exp < 0 || e >= 10 ? Integer.toString(e) : "0" + e);
        return b.toString();
    }

    private static void quote(StringBuilder b, String s, boolean html) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                case '\b': b.append("\\b"); break;
                case '\f': b.append("\\f"); break;
                default:
                    if (c < 0x20 || html && (c == '<' || c == '>' || c == '&') || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        b.append('"');
    }

    /** json.Unmarshal into interface {}: objects as maps, numbers as float64; errors worded as Go's. */
    static Object unmarshal(String s) throws JsonException {
        Parser p = new Parser(s);
        p.skipSpace();
        Object v = p.value(0);
        p.skipSpace();
        if (p.pos < s.length()) {
            throw p.invalid("after top-level value");
        }
        return v;
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        void skipSpace() {
            while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
        }

        JsonException invalid(String context) {
            if (pos >= s.length()) {
                return new JsonException("unexpected end of JSON input");
            }
            return new JsonException("invalid character " + GoFmt.sprintf("%q", List.of(new GoInt(GoInt.Kind.INT32, s.codePointAt(pos))))
                    + " " + context);
        }

        Object value(int depth) throws JsonException {
            if (depth > 10000) {
                throw new JsonException("exceeded max depth");
            }
            if (pos >= s.length()) {
                throw invalid("looking for beginning of value");
            }
            char c = s.charAt(pos);
            if (c == '{') {
                pos++;
                Map<String, Object> m = new LinkedHashMap<>();
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == '}') {
                    pos++;
                    return m;
                }
                while (true) {
                    skipSpace();
                    if (pos >= s.length() || s.charAt(pos) != '"') {
                        throw invalid("looking for beginning of object key string");
                    }
                    String k = string();
                    skipSpace();
                    if (pos >= s.length() || s.charAt(pos) != ':') {
                        throw invalid("after object key");
                    }
                    pos++;
                    skipSpace();
                    m.put(k, value(depth + 1));
                    skipSpace();
                    if (pos < s.length() && s.charAt(pos) == ',') {
                        pos++;
                    } else if (pos < s.length() && s.charAt(pos) == '}') {
                        pos++;
                        return m;
                    } else {
                        throw invalid("after object key:value pair");
                    }
                }
            }
            if (c == '[') {
                pos++;
                List<Object> l = new ArrayList<>();
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == ']') {
                    pos++;
                    return l;
                }
                while (true) {
                    skipSpace();
                    l.add(value(depth + 1));
                    skipSpace();
                    if (pos < s.length() && s.charAt(pos) == ',') {
                        pos++;
                    } else if (pos < s.length() && s.charAt(pos) == ']') {
                        pos++;
                        return l;
                    } else {
                        throw invalid("after array element");
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            for (String lit : new String[] {"true", "false", "null"}) {
                if (s.startsWith(lit, pos)) {
                    pos += lit.length();
                    return lit.equals("null") ? null : Boolean.valueOf(lit);
                }
            }
            int start = pos;
            if (c == '-') {
                pos++;
            }
            int digits = pos;
            while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || ".eE+-".indexOf(s.charAt(pos)) >= 0)) {
                pos++;
            }
            String num = s.substring(start, pos);
            if (pos == digits || !num.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
                pos = pos == digits ? start : pos;
                throw invalid("looking for beginning of value");
            }
            double d = Double.parseDouble(num);
            if (Double.isInfinite(d)) {
                throw new JsonException("json: cannot unmarshal number " + num + " into Go value of type float64");
            }
            return d;
        }

        String string() throws JsonException {
            pos++;
            StringBuilder b = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    throw new JsonException("unexpected end of JSON input");
                }
                char c = s.charAt(pos);
                if (c == '"') {
                    pos++;
                    return b.toString();
                }
                if (c < 0x20) {
                    throw invalid("in string literal");
                }
                if (c == '\\') {
                    pos++;
                    if (pos >= s.length()) {
                        throw new JsonException("unexpected end of JSON input");
                    }
                    char e = s.charAt(pos);
                    switch (e) {
                        case '"': case '\\': case '/': b.append(e); break;
                        case 'b': b.append('\b'); break;
                        case 'f': b.append('\f'); break;
                        case 'n': b.append('\n'); break;
                        case 'r': b.append('\r'); break;
                        case 't': b.append('\t'); break;
                        case 'u':
                            if (pos + 5 > s.length() || !s.substring(pos + 1, pos + 5).matches("[0-9a-fA-F]{4}")) {
                                throw invalid("in \\u hexadecimal character escape");
                            }
                            b.append((char) Integer.parseInt(s.substring(pos + 1, pos + 5), 16));
                            pos += 4;
                            break;
                        default:
                            throw invalid("in string escape code");
                    }
                    pos++;
                    continue;
                }
                b.append(c);
                pos++;
            }
        }
    }
}
