package io.ccmlint.core.edit;

import io.ccmlint.core.value.ScalarStyle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one place that knows how each syntax writes a value on one line: JSON strings, YAML plain,
 * single- and double-quoted scalars, HCL quoted strings, and bare numbers, booleans and null.
 * Block forms (YAML {@code |} and {@code >}, HCL heredocs) are {@link YamlBlocks} and
 * {@link Heredocs}. Every rendering reads back as exactly the value given.
 */
public final class Literals {
    /** Plain YAML words that YAML 1.1 or 1.2 (Kubernetes reads 1.1) resolves to a bool, null or merge key. */
    private static final Set<String> YAML_KEYWORDS = Set.of("true", "false", "yes", "no", "on", "off", "y", "n",
            "null", "~", "<<", "=");
    /** Characters that start YAML syntax when they begin a plain scalar. */
    private static final String YAML_INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private Literals() {
    }

    /**
     * {@code value} written inline in {@code style}: a string quoted and escaped as that syntax
     * requires (a YAML plain scalar stays plain only when that is safe), a boolean, number or
     * null bare. Empty for {@link ScalarStyle#HCL_EXPRESSION}, for text no file can hold (a lone
     * surrogate) and for numbers no syntax writes (NaN). Block styles get their double-quoted
     * (YAML) or quoted (HCL) form here.
     *
     * @param value a {@code String}, {@code Boolean}, {@code Number} or null
     */
    public static Optional<String> inline(ScalarStyle style, Object value) {
        if (!style.literal()) {
            return Optional.empty();
        }
        if (!(value instanceof String s)) {
            return style == ScalarStyle.HCL_IDENTIFIER ? Optional.empty() : bare(value); // an object key is a name
        }
        if (hasLoneSurrogate(s)) {
            return Optional.empty();
        }
        return Optional.of(switch (style) {
            case JSON_STRING, JSON_BARE -> json(s);
            case YAML_PLAIN -> yamlPlainSafe(s) ? s : yamlDoubleQuoted(s);
            case YAML_SINGLE_QUOTED -> yamlSingleQuoted(s).orElseGet(() -> yamlDoubleQuoted(s));
            case YAML_DOUBLE_QUOTED, YAML_LITERAL, YAML_FOLDED -> yamlDoubleQuoted(s);
            case HCL_STRING, HCL_HEREDOC, HCL_BARE -> hcl(s);
            case HCL_IDENTIFIER -> isHclIdentifier(s) ? s : hcl(s);
            case HCL_EXPRESSION, HCL_DEFAULT, YAML_INTRINSIC, JSON_INTRINSIC -> throw new IllegalStateException("not a literal");
        });
    }

    /**
     * True when HCL reads {@code text} written bare as this name (an object key): a letter or
     * underscore, then letters, digits, underscores and dashes, and not a keyword.
     */
    public static boolean isHclIdentifier(String text) {
        if (text.isEmpty() || !(Character.isLetter(text.charAt(0)) || text.charAt(0) == '_')
                || Set.of("true", "false", "null", "for", "in", "if").contains(text)) {
            return false;
        }
        return text.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-');
    }

    /**
     * A JSON string: {@code "}, {@code \}, control characters and the characters YAML cannot hold
     * as is (line and paragraph separators, a byte-order mark) escaped, everything else as is, so
     * the string can also be written inside a YAML string.
     */
    public static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || !Character.isSurrogate(c) && !yamlPrintable(c) || Character.isSurrogate(c) && !pairedAt(s, i)) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /**
     * An HCL quoted string that stays literal text: besides {@code "}, {@code \} and control
     * characters, <code>${</code> and <code>%{</code> are written <code>$${</code> and
     * <code>%%{</code> so Terraform does not read them as an interpolation or a directive.
     */
    public static String hcl(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return templateEscaped(b.append('"').toString());
    }

    /**
     * One string, or several as a list ({@code ["a", "b"]}), written as {@code style} writes
     * strings: {@link ScalarStyle#JSON_STRING} or {@link ScalarStyle#HCL_STRING}.
     */
    public static String strings(ScalarStyle style, List<String> values, boolean alwaysList) {
        Function<String, String> quote = switch (style) {
            case JSON_STRING -> Literals::json;
            case HCL_STRING -> Literals::hcl;
            default -> throw new IllegalArgumentException("strings are written as JSON or HCL here, not " + style);
        };
        if (values.size() == 1 && !alwaysList) {
            return quote.apply(values.get(0));
        }
        return values.stream().map(quote).collect(Collectors.joining(", ", "[", "]"));
    }

    /** <code>${</code> and <code>%{</code> as HCL writes them in literal template text. */
    static String templateEscaped(String text) {
        return text.replace("${", "$${").replace("%{", "%%{");
    }

    /** A YAML double-quoted scalar on one line: YAML's escapes for what is not printable as is. */
    static String yamlDoubleQuoted(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case 0 -> b.append("\\0");
                case 0x07 -> b.append("\\a");
                case '\b' -> b.append("\\b");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case 0x0B -> b.append("\\v");
                case '\f' -> b.append("\\f");
                case '\r' -> b.append("\\r");
                case 0x1B -> b.append("\\e");
                default -> {
                    if (yamlPrintable(cp)) {
                        b.appendCodePoint(cp);
                    } else if (cp <= 0xFFFF) {
                        b.append(String.format(Locale.ROOT, "\\u%04X", cp));
                    } else {
                        b.append(String.format(Locale.ROOT, "\\U%08X", cp));
                    }
                }
            }
        });
        return b.append('"').toString();
    }

    /** A YAML single-quoted scalar ({@code '} doubled), or empty when the text needs an escape. */
    static Optional<String> yamlSingleQuoted(String s) {
        if (!s.codePoints().allMatch(Literals::yamlPrintable)) {
            return Optional.empty();
        }
        return Optional.of("'" + s.replace("'", "''") + "'");
    }

    /**
     * True when {@code s} written plain reads back as this string in any YAML context (block or
     * flow, YAML 1.1 or 1.2): not empty, no indicator first, no {@code ": "}, {@code " #"} or flow
     * punctuation, no surrounding spaces, and nothing a resolver would make a bool, number,
     * null or date (a leading digit, sign or dot is quoted).
     */
    static boolean yamlPlainSafe(String s) {
        if (s.isEmpty() || !s.codePoints().allMatch(Literals::yamlPrintable)) {
            return false;
        }
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        if (YAML_INDICATORS.indexOf(first) >= 0 || first == ' ' || last == ' ' || last == ':'
                || Character.isDigit(first) || first == '+' || first == '.') {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.chars().anyMatch(c -> ",[]{}".indexOf(c) >= 0)) {
            return false;
        }
        return !YAML_KEYWORDS.contains(s.toLowerCase(Locale.ROOT));
    }

    /**
     * True for a character YAML holds as is in any scalar on one line: printable, and neither a
     * tab, a line break nor a byte-order mark.
     */
    static boolean yamlPrintable(int cp) {
        return cp >= 0x20 && cp <= 0x7E || cp >= 0xA0 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF && cp != 0x2028 && cp != 0x2029
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    /** {@code true}, {@code false}, {@code null} or a number in plain decimal notation, as JSON, YAML and HCL all read them. */
    static Optional<String> bare(Object value) {
        if (value == null) {
            return Optional.of("null");
        }
        if (value instanceof Boolean b) {
            return Optional.of(b.toString());
        }
        if (value instanceof BigDecimal d) {
            return Optional.of(d.toPlainString());
        }
        if (value instanceof BigInteger || value instanceof Long || value instanceof Integer
                || value instanceof Short || value instanceof Byte) {
            return Optional.of(value.toString());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? Optional.of(BigDecimal.valueOf(d).toPlainString()) : Optional.empty();
        }
        throw new IllegalArgumentException("not a scalar value: " + value.getClass().getName());
    }

    /**
     * {@code raw}, text of an embedded document in its own syntax, written as content of an
     * {@code outer} literal (without the outer quotes): escaped as that literal requires, or
     * empty when it cannot hold the text (a plain scalar, a line break in single quotes).
     */
    static Optional<String> asContentOf(ScalarStyle outer, String raw) {
        if (hasLoneSurrogate(raw)) {
            return Optional.empty();
        }
        return switch (outer) {
            case JSON_STRING -> Optional.of(unquoted(json(raw)));
            case YAML_DOUBLE_QUOTED -> Optional.of(unquoted(yamlDoubleQuoted(raw)));
            case YAML_SINGLE_QUOTED -> yamlSingleQuoted(raw).map(Literals::unquoted);
            case YAML_LITERAL, YAML_FOLDED -> raw.codePoints().allMatch(cp -> cp == '\t' || cp == '\n' || yamlPrintable(cp))
                    ? Optional.of(raw) : Optional.empty();
            case HCL_STRING -> Optional.of(unquoted(hcl(raw)));
            case HCL_HEREDOC -> Optional.of(templateEscaped(raw));
            default -> Optional.empty();
        };
    }

    private static String unquoted(String quoted) {
        return quoted.substring(1, quoted.length() - 1);
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i)) && !pairedAt(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** True when the surrogate at {@code i} is half of a well-formed pair. */
    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
