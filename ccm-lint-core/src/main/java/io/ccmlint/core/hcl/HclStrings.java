package io.ccmlint.core.hcl;

/**
 * Unescapes template literal text. Quoted strings know the escapes n, r, t, ", backslash, uNNNN and UNNNNNNNN (each after a backslash);
 * both quoted strings and heredocs turn <code>$${</code> into <code>${</code> and <code>%%{</code> into
 * <code>%{</code>. Bad escapes are reported and kept as written (as HashiCorp's parser does).
 */
final class HclStrings {
    private HclStrings() {
    }

    static String unescape(String text, int start, int end, boolean quoted, HclParseState state) {
        int i = start;
        // fast path: nothing to unescape
        while (i < end) {
            char c = text.charAt(i);
            if ((c == '\\' && quoted) || c == '$' || c == '%') {
                break;
            }
            i++;
        }
        if (i == end) {
            return text.substring(start, end);
        }
        StringBuilder sb = new StringBuilder(end - start);
        sb.append(text, start, i);
        while (i < end) {
            char c = text.charAt(i);
            if ((c == '$' || c == '%') && i + 2 < end && text.charAt(i + 1) == c && text.charAt(i + 2) == '{') {
                sb.append(c).append('{');
                i += 3;
            } else if (c == '\\' && quoted) {
                i = escape(text, i, end, sb, state);
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static int escape(String text, int at, int end, StringBuilder sb, HclParseState state) {
        if (at + 1 >= end) {
            state.report(state.cursor.span(at, at + 1), "invalid escape sequence: '\\' must be followed by a character");
            sb.append('\\');
            return at + 1;
        }
        char sel = text.charAt(at + 1);
        switch (sel) {
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case '"' -> sb.append('"');
            case '\\' -> sb.append('\\');
            case 'u', 'U' -> {
                return unicodeEscape(text, at, end, sb, state, sel == 'u' ? 4 : 8);
            }
            default -> {
                int len = Character.charCount(text.codePointAt(at + 1));
                state.report(state.cursor.span(at, at + 1 + len),
                        "invalid escape sequence '\\" + text.substring(at + 1, at + 1 + len)
                                + "': use \\n, \\r, \\t, \\\", \\\\, \\uNNNN or \\UNNNNNNNN");
                sb.append(text, at + 1, at + 1 + len);
                return at + 1 + len;
            }
        }
        return at + 2;
    }

    private static int unicodeEscape(String text, int at, int end, StringBuilder sb, HclParseState state, int digits) {
        int i = at + 2;
        int value = 0;
        int count = 0;
        while (count < digits && i < end && Character.digit(text.charAt(i), 16) >= 0) {
            value = value * 16 + Character.digit(text.charAt(i), 16);
            i++;
            count++;
        }
        String written = text.substring(at, i);
        if (count != digits) {
            state.report(state.cursor.span(at, i), "invalid escape sequence '" + written + "': \\"
                    + text.charAt(at + 1) + " needs exactly " + digits + " hexadecimal digits");
            sb.append(written);
        } else if (value > Character.MAX_CODE_POINT || (value >= 0xD800 && value <= 0xDFFF) || value < 0) {
            state.report(state.cursor.span(at, i), "invalid escape sequence '" + written + "': not a Unicode character");
            sb.append(written);
        } else {
            sb.appendCodePoint(value);
        }
        return i;
    }

    /** Unicode white space as Go's unicode.IsSpace sees it (what HCL trims and dedents). */
    static boolean isSpace(int cp) {
        return switch (cp) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0 -> true;
            default -> cp > 0xFF && Character.isSpaceChar(cp);
        };
    }

    static String trimLeft(String s) {
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!isSpace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return s.substring(i);
    }

    static String trimRight(String s) {
        int i = s.length();
        while (i > 0) {
            int cp = s.codePointBefore(i);
            if (!isSpace(cp)) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return s.substring(0, i);
    }
}
