package io.ccmlint.core.hcl;

import io.ccmlint.core.source.DecodedText;

/**
 * The escapes of HCL template text, for mapping a literal's value back to its source: both quoted
 * strings and heredocs write <code>${</code> as <code>$${</code> and <code>%{</code> as
 * <code>%%{</code>; quoted strings also have backslash escapes (as {@link HclStrings} reads them).
 */
public final class HclEscapes {
    private HclEscapes() {
    }

    public static final DecodedText.Escapes HEREDOC = HclEscapes::template;

    public static final DecodedText.Escapes QUOTED = (raw, at, end, out) -> {
        int n = template(raw, at, end, out);
        if (n > 0 || raw.charAt(at) != '\\' || at + 1 >= end) {
            return n;
        }
        char c = raw.charAt(at + 1);
        switch (c) {
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case '"', '\\' -> out.append(c);
            case 'u' -> {
                return DecodedText.Escapes.hex(raw, at, end, 4, out);
            }
            case 'U' -> {
                return DecodedText.Escapes.hex(raw, at, end, 8, out);
            }
            default -> {
                return 0;
            }
        }
        return 2;
    };

    private static int template(String raw, int at, int end, StringBuilder out) {
        char c = raw.charAt(at);
        if ((c == '$' || c == '%') && at + 2 < end && raw.charAt(at + 1) == c && raw.charAt(at + 2) == '{') {
            out.append(c).append('{');
            return 3;
        }
        return 0;
    }
}
