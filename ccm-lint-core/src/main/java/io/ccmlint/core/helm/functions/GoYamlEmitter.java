package io.ccmlint.core.helm.functions;

import io.ccmlint.core.helm.template.GoFmt;
import io.ccmlint.core.helm.template.GoInt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * sigs.k8s.io/yaml's Marshal as Helm's toYaml runs it: the value goes through JSON (so numbers print
 * as JSON gives them back, ints as ints) and out through go-yaml v2's block emitter: keys in go-yaml's
 * natural order, sequences not indented under their key, strings plain when they read back as the
 * same string, else single- or double-quoted, multi-line strings as literal blocks, and long lines
 * folded at spaces past column 80.
 * <p>
 * {@link #marshalPretty} is go-yaml v3's encoder with indent 2, as Helm's toYamlPretty runs it: no
 * JSON step (a float64 prints with %g, so 1e+06; a time as an RFC 3339 plain scalar), sequences
 * indented under their key, no line folding, a tab keeping a string from plain and single-quoted
 * styles only, and v3's key order (a letter after equal digits sorts first).
 */
final class GoYamlEmitter {
    private static final int BEST_WIDTH = 80;
    private static final Pattern YAML_FLOAT = Pattern.compile("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");
    private static final Pattern BASE60_FLOAT = Pattern.compile("^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?$");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\\.[0-9]*)?"
                    + "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?)?$");
    private static final java.util.Set<String> SPECIAL = java.util.Set.of("~", "null", "Null", "NULL", "", "y", "Y", "yes",
            "Yes", "YES", "on", "On", "ON", "n", "N", "no", "No", "NO", "off", "Off", "OFF", "true", "True", "TRUE", "false",
            "False", "FALSE", ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf",
            "-.INF", "<<");

    private final StringBuilder out = new StringBuilder();
    private int column;
    private final long maxChars;
    private final boolean v3;
    private final int bestWidth;

    private GoYamlEmitter(long maxChars, boolean v3) {
        this.maxChars = maxChars;
        this.v3 = v3;
        this.bestWidth = v3 ? Integer.MAX_VALUE : BEST_WIDTH;
    }

    /** The YAML text, with its final newline. */
    static String marshal(Object value, long maxChars) throws GoJson.JsonException {
        GoJson.marshal(value, false); // the same errors as the JSON step (NaN, unsupported types)
        return new GoYamlEmitter(maxChars, false).document(value);
    }

    /** go-yaml v3's Encoder with SetIndent(2): the YAML text, with its final newline. */
    static String marshalPretty(Object value, long maxChars) throws GoJson.JsonException {
        return new GoYamlEmitter(maxChars, true).document(value);
    }

    private String document(Object value) throws GoJson.JsonException {
        Object root = normalize(value);
        boolean collection = root instanceof Map && !((Map<?, ?>) root).isEmpty()
                || root instanceof List && !((List<?>) root).isEmpty();
        // libyaml indents a root scalar (its block lines, its folded lines) by the best indent, 2
        node(root, collection ? 0 : 2, false);
        newline();
        return out.toString();
    }

    /** The value as the JSON round trip leaves it: a float64 with an integral JSON form becomes an int, a time its string. */
    private Object normalize(Object v) throws GoJson.JsonException {
        if (v3) {
            return v;
        }
        if (v instanceof GoTime) {
            return ((GoTime) v).format(GoTime.RFC3339_NANO); // Time.MarshalJSON's string
        }
        if (v instanceof Double) {
            String json = GoJson.formatFloat((Double) v);
            if (json.matches("-?[0-9]+")) {
                try {
                    return Long.parseLong(json);
                } catch (NumberFormatException e) {
                    return v; // beyond int64: go-yaml reads it as a float
                }
            }
        }
        return v;
    }

    private void node(Object v, int indent, boolean inlineStart) throws GoJson.JsonException {
        v = normalize(v);
        if (v instanceof Map && !((Map<?, ?>) v).isEmpty()) {
            mapping((Map<?, ?>) v, indent, inlineStart);
        } else if (v instanceof List && !((List<?>) v).isEmpty()) {
            sequence((List<?>) v, indent, inlineStart);
        } else {
            scalar(v, indent, false);
        }
    }

    private void mapping(Map<?, ?> m, int indent, boolean inlineStart) throws GoJson.JsonException {
        List<String> keys = new ArrayList<>();
        m.keySet().forEach(k -> keys.add(String.valueOf(k)));
        keys.sort(v3 ? GoYamlEmitter::keyLessV3 : GoYamlEmitter::keyLess);
        boolean first = true;
        for (String k : keys) {
            if (!(first && inlineStart)) {
                writeIndent(indent);
            }
            first = false;
            scalar(k, indent, true);
            write(":");
            Object v = normalize(m.get(k));
            if (v instanceof Map && !((Map<?, ?>) v).isEmpty()) {
                mapping((Map<?, ?>) v, indent + 2, false);
            } else if (v instanceof List && !((List<?>) v).isEmpty()) {
                sequence((List<?>) v, v3 ? indent + 2 : indent, false);
            } else {
                write(" ");
                scalar(v, indent + 2, false);
            }
        }
    }

    private void sequence(List<?> l, int indent, boolean inlineStart) throws GoJson.JsonException {
        boolean first = true;
        for (Object item : l) {
            if (!(first && inlineStart)) {
                writeIndent(indent);
            }
            first = false;
            write("- ");
            node(item, indent + 2, true);
        }
    }

    private void writeIndent(int indent) throws GoJson.JsonException {
        if (out.length() > 0 && column != 0) {
            out.append('\n');
        } else if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        column = 0;
        write(" ".repeat(indent));
    }

    private void newline() {
        if (column != 0) {
            out.append('\n');
            column = 0;
        }
    }

    private void write(String s) throws GoJson.JsonException {
        out.append(s);
        column += s.codePointCount(0, s.length());
        if (out.length() > maxChars) {
            throw new GoJson.JsonException("toYaml: output exceeds the render limit");
        }
    }

    private void scalar(Object v, int indent, boolean key) throws GoJson.JsonException {
        if (v == null) {
            write("null");
        } else if (v instanceof Boolean || v instanceof Long || v instanceof GoInt) {
            write(String.valueOf(v));
        } else if (v instanceof Double) {
            double d = (Double) v;
            write(Double.isNaN(d) ? ".nan" : Double.isInfinite(d) ? (d > 0 ? ".inf" : "-.inf") : GoFmt.sprintf("%g", List.of(v)));
        } else if (v instanceof GoTime) {
            write(((GoTime) v).format(GoTime.RFC3339_NANO)); // v3's timev, a plain scalar
        } else if (v instanceof Map) {
            write("{}");
        } else if (v instanceof List) {
            write("[]");
        } else if (v instanceof String) {
            string((String) v, indent, key);
        } else {
            write("{}");
        }
    }

    /** go-yaml's resolve: whether a plain scalar with this text would read back as something else than this string. */
    static boolean resolvesToNonString(String s) {
        if (SPECIAL.contains(s)) {
            return true;
        }
        char c = s.charAt(0);
        if (c == '.') {
            return GoConv.parseGoFloat(s) != null;
        }
        if (c == '+' || c == '-' || c >= '0' && c <= '9') {
            if (TIMESTAMP.matcher(s).matches()) {
                return true;
            }
            String plain = s.replace("_", "");
            if (GoConv.parseGoInt(plain) != null || parseUint(plain)) {
                return true;
            }
            if (YAML_FLOAT.matcher(plain).matches()) {
                return true;
            }
            return plain.startsWith("0b") || plain.startsWith("-0b") && plain.length() > 3 && plain.substring(3).matches("[01]+");
        }
        return false;
    }

    private static boolean parseUint(String s) {
        if (s.startsWith("-") || s.startsWith("+")) {
            return false;
        }
        try {
            new java.math.BigInteger(s.startsWith("0x") ? s.substring(2) : s, s.startsWith("0x") ? 16 : 10);
            return s.matches("[0-9]+|0x[0-9a-fA-F]+") && new java.math.BigInteger(s.startsWith("0x") ? s.substring(2) : s,
                    s.startsWith("0x") ? 16 : 10).bitLength() <= 64;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private enum Style { PLAIN, SINGLE, DOUBLE, LITERAL }

    private void string(String s, int indent, boolean key) throws GoJson.JsonException {
        boolean canUsePlain = !s.isEmpty() && !resolvesToNonString(s) && !BASE60_FLOAT.matcher(s).matches();
        Style style = s.contains("\n") ? Style.LITERAL : canUsePlain ? Style.PLAIN : Style.DOUBLE;
        Analysis a = analyze(s, v3);
        if (style == Style.PLAIN && (!a.blockPlainAllowed || key && a.multiline)) {
            style = Style.SINGLE;
        }
        if (style == Style.PLAIN && s.isEmpty() && key) {
            style = Style.SINGLE;
        }
        if (style == Style.SINGLE && !a.singleQuotedAllowed) {
            style = Style.DOUBLE;
        }
        if (style == Style.LITERAL && (!a.blockAllowed || key)) {
            style = Style.DOUBLE;
        }
        boolean breaks = !key;
        switch (style) {
            case PLAIN: plain(s, indent, breaks); break;
            case SINGLE: single(s, indent, breaks); break;
            case DOUBLE: dbl(s, indent, breaks); break;
            default: literal(s, indent); break;
        }
    }

    private static final class Analysis {
        boolean blockPlainAllowed = true;
        boolean singleQuotedAllowed = true;
        boolean blockAllowed = true;
        boolean multiline;
    }

    private static boolean isBreak(int c) {
        return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    private static boolean isBlankz(String s, int i) {
        if (i >= s.length()) {
            return true;
        }
        int c = s.codePointAt(i);
        return c == ' ' || c == '\t' || isBreak(c) || c == 0;
    }

    static boolean isPrintable(int c) {
        return c == 0x0A || c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
    }

    /** yaml_emitter_analyze_scalar, for block context. */
    private static Analysis analyze(String s, boolean v3) {
        Analysis a = new Analysis();
        if (s.isEmpty()) {
            a.blockPlainAllowed = false;
            a.blockAllowed = false;
            return a;
        }
        boolean blockIndicators = s.startsWith("---") || s.startsWith("...");
        boolean leadingSpace = false;
        boolean leadingBreak = false;
        boolean trailingSpace = false;
        boolean trailingBreak = false;
        boolean breakSpace = false;
        boolean spaceBreak = false;
        boolean previousSpace = false;
        boolean previousBreak = false;
        boolean lineBreaks = false;
        boolean special = false;
        boolean tabs = false;
        boolean precededByWhitespace = true;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int w = Character.charCount(c);
            boolean followedByWhitespace = isBlankz(s, i + w);
            if (i == 0) {
                switch (c) {
                    case '#': case ',': case '[': case ']': case '{': case '}': case '&': case '*': case '!': case '|':
                    case '>': case '\'': case '"': case '%': case '@': case '`':
                        blockIndicators = true;
                        break;
                    case '?': case ':':
                        if (followedByWhitespace) {
                            blockIndicators = true;
                        }
                        break;
                    case '-':
                        if (followedByWhitespace) {
                            blockIndicators = true;
                        }
                        break;
                    default:
                        break;
                }
            } else {
                if (c == ':' && followedByWhitespace || c == '#' && precededByWhitespace) {
                    blockIndicators = true;
                }
            }
            if (v3 && c == '\t') {
                tabs = true;
            } else if (!isPrintable(c)) {
                special = true;
            }
            if (c == ' ') {
                if (i == 0) {
                    leadingSpace = true;
                }
                if (i + w == s.length()) {
                    trailingSpace = true;
                }
                if (previousBreak) {
                    breakSpace = true;
                }
                previousSpace = true;
                previousBreak = false;
            } else if (isBreak(c)) {
                lineBreaks = true;
                if (i == 0) {
                    leadingBreak = true;
                }
                if (i + w == s.length()) {
                    trailingBreak = true;
                }
                if (previousSpace) {
                    spaceBreak = true;
                }
                previousSpace = false;
                previousBreak = true;
            } else {
                previousSpace = false;
                previousBreak = false;
            }
            precededByWhitespace = isBlankz(s, i);
            i += w;
        }
        a.multiline = lineBreaks;
        if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
            a.blockPlainAllowed = false;
        }
        if (trailingSpace) {
            a.blockAllowed = false;
        }
        if (breakSpace) {
            a.blockPlainAllowed = false;
            a.singleQuotedAllowed = false;
        }
        if (spaceBreak || tabs || special) {
            a.blockPlainAllowed = false;
            a.singleQuotedAllowed = false;
        }
        if (spaceBreak || special) {
            a.blockAllowed = false;
        }
        if (lineBreaks || blockIndicators) {
            a.blockPlainAllowed = false;
        }
        return a;
    }

    private void breakLine(int indent) throws GoJson.JsonException {
        out.append('\n');
        column = 0;
        write(" ".repeat(indent));
    }

    private void plain(String s, int indent, boolean allowBreaks) throws GoJson.JsonException {
        boolean spaces = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int w = Character.charCount(c);
            if (c == ' ') {
                if (allowBreaks && !spaces && column > bestWidth && !(i + 1 < s.length() && s.charAt(i + 1) == ' ')) {
                    breakLine(indent);
                } else {
                    write(" ");
                }
                spaces = true;
            } else {
                write(new String(Character.toChars(c)));
                spaces = false;
            }
            i += w;
        }
    }

    private void single(String s, int indent, boolean allowBreaks) throws GoJson.JsonException {
        write("'");
        boolean spaces = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int w = Character.charCount(c);
            if (c == ' ') {
                if (allowBreaks && !spaces && column > bestWidth && i > 0 && i < s.length() - 1 && s.charAt(i + 1) != ' ') {
                    breakLine(indent);
                } else {
                    write(" ");
                }
                spaces = true;
            } else {
                write(new String(Character.toChars(c)));
                if (c == '\'') {
                    write("'");
                }
                spaces = false;
            }
            i += w;
        }
        write("'");
    }

    private void dbl(String s, int indent, boolean allowBreaks) throws GoJson.JsonException {
        write("\"");
        boolean spaces = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int w = Character.charCount(c);
            if (!isPrintable(c) || c == 0xFEFF || isBreak(c) || c == '"' || c == '\\') {
                write("\\" + escape(c));
                spaces = false;
            } else if (c == ' ') {
                if (allowBreaks && !spaces && column > bestWidth && i != 0 && i != s.length() - 1) {
                    breakLine(indent);
                    if (i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                        write("\\");
                    }
                } else {
                    write(" ");
                }
                spaces = true;
            } else {
                write(new String(Character.toChars(c)));
                spaces = false;
            }
            i += w;
        }
        write("\"");
    }

    private static String escape(int c) {
        switch (c) {
            case 0: return "0";
            case 7: return "a";
            case 8: return "b";
            case 9: return "t";
            case 0x0A: return "n";
            case 0x0B: return "v";
            case 0x0C: return "f";
            case 0x0D: return "r";
            case 0x1B: return "e";
            case '"': return "\"";
            case '\\': return "\\";
            case 0x85: return "N";
            case 0xA0: return "_";
            case 0x2028: return "L";
            case 0x2029: return "P";
            default:
                if (c <= 0xFF) {
                    return String.format("x%02X", c);
                }
                if (c <= 0xFFFF) {
                    return String.format("u%04X", c);
                }
                return String.format("U%08X", c);
        }
    }

    private void literal(String s, int indent) throws GoJson.JsonException {
        write("|");
        if (s.charAt(0) == ' ' || isBreak(s.charAt(0))) {
            write("2");
        }
        int last = s.length() - 1;
        if (!isBreak(s.charAt(last))) {
            write("-");
        } else if (last == 0 || isBreak(s.charAt(last - 1))) {
            write("+");
        }
        out.append('\n');
        column = 0;
        boolean breaks = true;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int w = Character.charCount(c);
            if (isBreak(c)) {
                out.append(c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? "\n" : "\n");
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                column = 0;
                breaks = true;
            } else {
                if (breaks) {
                    write(" ".repeat(indent));
                    breaks = false;
                }
                write(new String(Character.toChars(c)));
            }
            i += w;
        }
    }

    /** go-yaml v2's key order: letters by code point, runs of digits by value, non-letters before letters. */
    static int keyLess(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        return less(a, b, false) ? -1 : less(b, a, false) ? 1 : 0;
    }

    /** go-yaml v3's: the same, but right after equal digits a letter sorts before a non-letter. */
    static int keyLessV3(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        return less(a, b, true) ? -1 : less(b, a, true) ? 1 : 0;
    }

    private static boolean less(String as, String bs, boolean v3) {
        int[] ar = as.codePoints().toArray();
        int[] br = bs.codePoints().toArray();
        boolean digits = false;
        for (int i = 0; i < ar.length && i < br.length; i++) {
            if (ar[i] == br[i]) {
                digits = Character.isDigit(ar[i]);
                continue;
            }
            boolean al = Character.isLetter(ar[i]);
            boolean bl = Character.isLetter(br[i]);
            if (al && bl) {
                return ar[i] < br[i];
            }
            if (al || bl) {
                return v3 && digits ? al : bl;
            }
            long an = 0;
            long bn = 0;
            if (ar[i] == '0' || br[i] == '0') {
                for (int j = i - 1; j >= 0 && Character.isDigit(ar[j]); j--) {
                    if (ar[j] != '0') {
                        an = 1;
                        bn = 1;
                        break;
                    }
                }
            }
            int ai = i;
            for (; ai < ar.length && Character.isDigit(ar[ai]); ai++) {
                an = an * 10 + (ar[ai] - '0');
            }
            int bi = i;
            for (; bi < br.length && Character.isDigit(br[bi]); bi++) {
                bn = bn * 10 + (br[bi] - '0');
            }
            if (an != bn) {
                return an < bn;
            }
            if (ai != bi) {
                return ai < bi;
            }
            return ar[i] < br[i];
        }
        return ar.length < br.length;
    }
}
