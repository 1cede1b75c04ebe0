package io.ccmlint.core.helm.functions;

import io.ccmlint.core.helm.template.GoFmt;
import io.ccmlint.core.helm.template.GoInt;
import io.ccmlint.core.helm.template.GoObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * BurntSushi/toml v1.6.0's Encoder as Helm's toToml runs it on template values: in each table the
 * keys holding plain values first, then those holding tables and arrays of tables, each group sorted
 * by key; sub-tables indented two spaces per level; float64 printed with Go's %g plus ".0" where it
 * has no dot or exponent (so values.yaml's 1 prints 1.0, a template's int 1 prints 1); nil map
 * values skipped; a list of maps as [[array of tables]], a list mixing maps with other values as an
 * inline array of {inline tables}.
 */
final class TomlEncoder {
    /** The encoder's error, as toToml returns it in place of the text. */
    static final class TomlException extends Exception {
        TomlException(String message) {
            super(message, null, false, false);
        }
    }

    /** The text outgrew the render's output bound: the render stops, as for any function. */
    static final class OutputLimit extends RuntimeException {
        OutputLimit(String message) {
            super(message, null, false, false);
        }
    }

    private enum Kind { PLAIN, TABLE, ARRAY_OF_TABLES }

    private final StringBuilder out = new StringBuilder();
    private final long maxChars;

    private TomlEncoder(long maxChars) {
        this.maxChars = maxChars;
    }

    static String encode(Object v, long maxChars) throws TomlException {
        if (v == null) {
            // Go's reflect panics on the nil interface before the encoder's own error handling
            throw new IllegalStateException("reflect: call of reflect.Value.Type on zero Value");
        }
        TomlEncoder e = new TomlEncoder(maxChars);
        e.encode(List.of(), v);
        return e.out.toString();
    }

    private void encode(List<String> key, Object v) throws TomlException {
        if (v instanceof Map) {
            table(key, (Map<?, ?>) v);
        } else if (v instanceof List && kind(v) == Kind.ARRAY_OF_TABLES) {
            arrayOfTables(key, (List<?>) v);
        } else if (v instanceof GoObject && !(v instanceof GoTime)) {
            table(key, Map.of()); // a struct without exported fields
        } else {
            keyValue(key, v, false);
        }
    }

    /** tomlTypeOfGo, as far as the encoder branches on it; checks lists for nil elements. */
    private static Kind kind(Object v) throws TomlException {
        if (v instanceof Map || v instanceof GoObject && !(v instanceof GoTime)) {
            return Kind.TABLE;
        }
        if (v instanceof List) {
            List<?> l = (List<?>) v;
            boolean tables = !l.isEmpty();
            for (Object item : l) {
                if (item == null) {
                    throw new TomlException("toml: cannot encode array with nil element");
                }
                if (kind(item) != Kind.TABLE) {
                    tables = false;
                }
            }
            return tables ? Kind.ARRAY_OF_TABLES : Kind.PLAIN;
        }
        return Kind.PLAIN;
    }

    private void table(List<String> key, Map<?, ?> m) throws TomlException {
        if (key.size() == 1) {
            newline(); // a blank line between top-level tables
        }
        if (!key.isEmpty()) {
            write(indent(key) + "[" + dotted(key) + "]");
            newline();
        }
        map(key, m, false);
    }

    private void arrayOfTables(List<String> key, List<?> l) throws TomlException {
        if (key.isEmpty()) {
            throw new TomlException("toml: top-level values must be Go maps or structs");
        }
        for (Object item : l) {
            newline();
            write(indent(key) + "[[" + dotted(key) + "]]");
            newline();
            map(key, item instanceof Map ? (Map<?, ?>) item : Map.of(), false);
        }
    }

    private void map(List<String> key, Map<?, ?> m, boolean inline) throws TomlException {
        List<String> direct = new ArrayList<>();
        List<String> sub = new ArrayList<>();
        for (Object k : m.keySet()) {
            Object v = m.get(k);
            (v != null && kind(v) != Kind.PLAIN ? sub : direct).add(String.valueOf(k));
        }
        if (inline) {
            write("{");
        }
        writeKeys(key, m, direct, inline, !sub.isEmpty());
        writeKeys(key, m, sub, inline, false);
        if (inline) {
            write("}");
        }
    }

    private void writeKeys(List<String> key, Map<?, ?> m, List<String> keys, boolean inline, boolean trailingComma)
            throws TomlException {
        keys.sort(TomlEncoder::byteOrder);
        for (int i = 0; i < keys.size(); i++) {
            Object v = m.get(keys.get(i));
            if (v == null) {
                continue;
            }
            if (inline) {
                keyValue(List.of(keys.get(i)), v, true);
                if (trailingComma || i != keys.size() - 1) {
                    write(", ");
                }
            } else {
                List<String> child = new ArrayList<>(key);
                child.add(keys.get(i));
                encode(child, v);
            }
        }
    }

    private void keyValue(List<String> key, Object v, boolean inline) throws TomlException {
        if (key.isEmpty()) {
            element(v);
            return;
        }
        write(indent(key) + maybeQuoted(key.get(key.size() - 1)) + " = ");
        element(v);
        if (!inline) {
            newline();
        }
    }

    private void element(Object v) throws TomlException {
        if (v instanceof GoTime) {
            write(((GoTime) v).format(GoTime.RFC3339_NANO));
        } else if (v instanceof String) {
            write(quoted((String) v));
        } else if (v instanceof Boolean || v instanceof Long) {
            write(String.valueOf(v));
        } else if (v instanceof GoInt) {
            GoInt n = (GoInt) v;
            write(n.signed() ? Long.toString(n.bits()) : Long.toUnsignedString(n.bits()));
        } else if (v instanceof Double) {
            write(floatText((Double) v));
        } else if (v instanceof List) {
            write("[");
            List<?> l = (List<?>) v;
            for (int i = 0; i < l.size(); i++) {
                element(l.get(i));
                if (i != l.size() - 1) {
                    write(", ");
                }
            }
            write("]");
        } else if (v instanceof Map) {
            map(null, (Map<?, ?>) v, true);
        } else if (v instanceof GoObject) {
            write("{}");
        } else {
            throw new TomlException("toml: cannot encode a value of type " + io.ccmlint.core.helm.template.GoValues.typeName(v));
        }
    }

    static String floatText(double f) {
        if (Double.isNaN(f)) {
            return "nan";
        }
        if (Double.isInfinite(f)) {
            return f < 0 ? "-inf" : "inf";
        }
        String s = GoFmt.sprintf("%g", List.of(f));
        return s.contains(".") || s.contains("e") ? s : s + ".0";
    }

    /** The encoder's dblQuotedReplacer inside double quotes. */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\b': b.append("\\b"); break;
                case '\t': b.append("\\t"); break;
                case '\n': b.append("\\n"); break;
                case '\f': b.append("\\f"); break;
                case '\r': b.append("\\r"); break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }

    private static boolean bare(String k) {
        if (k.isEmpty()) {
            return false;
        }
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static String maybeQuoted(String k) {
        return k.isEmpty() ? "\"\"" : bare(k) ? k : quoted(k);
    }

    private static String dotted(List<String> key) {
        List<String> parts = new ArrayList<>();
        key.forEach(k -> parts.add(maybeQuoted(k)));
        return String.join(".", parts);
    }

    private static String indent(List<String> key) {
        return "  ".repeat(key.size() - 1);
    }

    /** Go's string order: by UTF-8 bytes. */
    private static int byteOrder(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private void newline() throws TomlException {
        if (out.length() > 0) {
            write("\n");
        }
    }

    private void write(String s) throws TomlException {
        out.append(s);
        if (out.length() > maxChars) {
            throw new OutputLimit("toToml built a string larger than " + maxChars + " characters");
        }
    }
}
