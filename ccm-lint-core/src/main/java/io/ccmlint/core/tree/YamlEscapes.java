package io.ccmlint.core.tree;

import io.ccmlint.core.source.DecodedText;
import io.ccmlint.core.value.ScalarStyle;

/** The escapes of YAML's quoted scalars, for mapping a string's value back to its source. */
public final class YamlEscapes {
    private YamlEscapes() {
    }

    /** {@code ''} is one quote. */
    public static final DecodedText.Escapes SINGLE_QUOTED = (raw, at, end, out) -> {
        if (raw.charAt(at) == '\'' && at + 1 < end && raw.charAt(at + 1) == '\'') {
            out.append('\'');
            return 2;
        }
        return 0;
    };

    /** Backslash escapes, {@code \xXX}, {@code \\uXXXX}, {@code \UXXXXXXXX}; an escaped line break is nothing. */
    public static final DecodedText.Escapes DOUBLE_QUOTED = (raw, at, end, out) -> {
        if (raw.charAt(at) != '\\' || at + 1 >= end) {
            return 0;
        }
        char c = raw.charAt(at + 1);
        switch (c) {
            case '0' -> out.append('\0');
            case 'a' -> out.append('\u0007');
            case 'b' -> out.append('\b');
            case 't', '\t' -> out.append('\t');
            case 'n' -> out.append('\n');
            case 'v' -> out.append('\u000B');
            case 'f' -> out.append('\f');
            case 'r' -> out.append('\r');
            case 'e' -> out.append('\u001B');
            case ' ', '"', '/', '\\' -> out.append(c);
            case 'N' -> out.append('\u0085');
            case '_' -> out.append('\u00A0');
            case 'L' -> out.append('\u2028');
            case 'P' -> out.append('\u2029');
            case 'x' -> {
                return DecodedText.Escapes.hex(raw, at, end, 2, out);
            }
            case 'u' -> {
                return DecodedText.Escapes.hex(raw, at, end, 4, out);
            }
            case 'U' -> {
                return DecodedText.Escapes.hex(raw, at, end, 8, out);
            }
            case '\n', '\r' -> {
                int j = at + 2;
                if (c == '\r' && j < end && raw.charAt(j) == '\n') {
                    j++;
                }
                while (j < end && (raw.charAt(j) == ' ' || raw.charAt(j) == '\t')) {
                    j++;
                }
                return j - at;
            }
            default -> {
                return 0;
            }
        }
        return 2;
    };

    /** The escapes of a scalar written in {@code style}; plain and block scalars have none. */
    public static DecodedText.Escapes of(ScalarStyle style) {
        return switch (style) {
            case YAML_DOUBLE_QUOTED -> DOUBLE_QUOTED;
            case YAML_SINGLE_QUOTED -> SINGLE_QUOTED;
            default -> DecodedText.Escapes.NONE;
        };
    }
}
