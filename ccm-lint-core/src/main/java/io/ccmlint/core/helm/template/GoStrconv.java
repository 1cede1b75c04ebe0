package io.ccmlint.core.helm.template;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The parts of Go's strconv that templates show: quoting, unquoting and number syntax. */
public final class GoStrconv {
    private static final String LOWER_HEX = "0123456789abcdef";

    /** Thrown for text Go's strconv rejects; the message is Go's. */
    static final class SyntaxError extends Exception {
        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    private GoStrconv() {
    }

    // ---- printing ----

    /** Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    static boolean isPrint(int r) {
        if (r == ' ') {
            return true;
        }
        switch (Character.getType(r)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
            case Character.MATH_SYMBOL:
            case Character.CURRENCY_SYMBOL:
            case Character.MODIFIER_SYMBOL:
            case Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }

    static boolean validRune(long r) {
        return (0 <= r && r < 0xD800) || (0xE000 <= r && r <= 0x10FFFF);
    }

    /** strconv.Quote (asciiOnly: QuoteToASCII). */
    public static String quote(String s, boolean asciiOnly) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); ) {
            int r = s.codePointAt(i);
            i += Character.charCount(r);
            if (r >= 0xD800 && r < 0xE000) {
                r = 0xFFFD; // a lone surrogate: Go would hold an invalid byte here
            }
            appendEscapedRune(b, r, '"', asciiOnly);
        }
        return b.append('"').toString();
    }

    /** strconv.QuoteRune (asciiOnly: QuoteRuneToASCII); invalid code points become U+FFFD. */
    static String quoteRune(long r, boolean asciiOnly) {
        int rune = validRune(r) ? (int) r : 0xFFFD;
        StringBuilder b = new StringBuilder().append('\'');
        appendEscapedRune(b, rune, '\'', asciiOnly);
        return b.append('\'').toString();
    }

    private static void appendEscapedRune(StringBuilder b, int r, char quote, boolean asciiOnly) {
        if (r == quote || r == '\\') {
            b.append('\\').appendCodePoint(r);
            return;
        }
        if (asciiOnly ? (r < 0x80 && isPrint(r)) : isPrint(r)) {
            b.appendCodePoint(r);
            return;
        }
        switch (r) {
            case 7: b.append("\\a"); return;
            case '\b': b.append("\\b"); return;
            case '\f': b.append("\\f"); return;
            case '\n': b.append("\\n"); return;
            case '\r': b.append("\\r"); return;
            case '\t': b.append("\\t"); return;
            case 11: b.append("\\v"); return;
            default:
        }
        if (r < ' ' || r == 0x7f) {
            b.append("\\x").append(LOWER_HEX.charAt(r >> 4)).append(LOWER_HEX.charAt(r & 0xF));
        } else if (r < 0x10000) {
            b.append("\\u");
            hex(b, r, 4);
        } else {
            b.append("\\U");
            hex(b, r, 8);
        }
    }

    private static void hex(StringBuilder b, int v, int digits) {
        for (int s = (digits - 1) * 4; s >= 0; s -= 4) {
            b.append(LOWER_HEX.charAt((v >> s) & 0xF));
        }
    }

    /** strconv.CanBackquote: no control characters but tab, no backquote, no BOM. */
    static boolean canBackquote(String s) {
        for (int i = 0; i < s.length(); ) {
            int r = s.codePointAt(i);
            i += Character.charCount(r);
            if (r == 0xFEFF || (r >= 0xD800 && r < 0xE000)) {
                return false;
            }
            if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) {
                return false;
            }
        }
        return true;
    }

    // ---- unquoting (string and character literals of the template language) ----

    /** strconv.Unquote for "...", `...` and '...' literals. */
    static String unquote(String s) throws SyntaxError {
        if (s.length() < 2 || s.charAt(0) != s.charAt(s.length() - 1)) {
            throw new SyntaxError("invalid syntax");
        }
        char quote = s.charAt(0);
        String in = s.substring(1, s.length() - 1);
        if (quote == '`') {
            if (in.indexOf('`') >= 0) {
                throw new SyntaxError("invalid syntax");
            }
            return in.replace("\r", ""); // Go drops carriage returns from raw strings
        }
        if (quote != '"' && quote != '\'') {
            throw new SyntaxError("invalid syntax");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length());
        int[] pos = {0};
        while (pos[0] < in.length()) {
            if (in.charAt(pos[0]) == '\n') {
                throw new SyntaxError("invalid syntax");
            }
            long[] r = unquoteChar(in, pos, quote);
            if (r[1] == 0 && r[0] < 0x100) {
                out.write((int) r[0]); // a byte, as \x and octal escapes give in Go strings
            } else {
                byte[] utf8 = new String(Character.toChars((int) r[0])).getBytes(StandardCharsets.UTF_8);
                out.write(utf8, 0, utf8.length);
            }
            if (quote == '\'') {
                break;
            }
        }
        if (quote == '\'' && pos[0] != in.length()) {
            throw new SyntaxError("invalid syntax");
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    /**
     * strconv.UnquoteChar: decodes one character or escape of {@code s} at {@code pos[0]} (advanced past
     * it). Returns {value, multibyte ? 1 : 0}.
     */
    static long[] unquoteChar(String s, int[] pos, char quote) throws SyntaxError {
        int i = pos[0];
        if (i >= s.length()) {
            throw new SyntaxError("invalid syntax");
        }
        char c = s.charAt(i);
        if (c == quote && (quote == '\'' || quote == '"')) {
            throw new SyntaxError("invalid syntax");
        }
        if (c >= 0x80) {
            int r = s.codePointAt(i);
            pos[0] = i + Character.charCount(r);
            return new long[] {r, 1};
        }
        if (c != '\\') {
            pos[0] = i + 1;
            return new long[] {c, 0};
        }
        if (i + 1 >= s.length()) {
            throw new SyntaxError("invalid syntax");
        }
        char e = s.charAt(i + 1);
        i += 2;
        long value;
        boolean multibyte = false;
        switch (e) {
            case 'a': value = 7; break;
            case 'b': value = '\b'; break;
            case 'f': value = '\f'; break;
            case 'n': value = '\n'; break;
            case 'r': value = '\r'; break;
            case 't': value = '\t'; break;
            case 'v': value = 11; break;
            case 'x':
            case 'u':
            case 'U': {
                int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                if (i + n > s.length()) {
                    throw new SyntaxError("invalid syntax");
                }
                long v = 0;
                for (int j = 0; j < n; j++) {
                    int d = Character.digit(s.charAt(i + j), 16);
                    if (d < 0 || s.charAt(i + j) > 'f') {
                        throw new SyntaxError("invalid syntax");
                    }
                    v = (v << 4) | d;
                }
                i += n;
                if (e != 'x') {
                    if (!validRune(v)) {
                        throw new SyntaxError("invalid syntax");
                    }
                    multibyte = true;
                }
                value = v;
                break;
            }
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                long v = e - '0';
                if (i + 2 > s.length()) {
                    throw new SyntaxError("invalid syntax");
                }
                for (int j = 0; j < 2; j++) {
                    int x = s.charAt(i + j) - '0';
                    if (x < 0 || x > 7) {
                        throw new SyntaxError("invalid syntax");
                    }
                    v = (v << 3) | x;
                }
                i += 2;
                if (v > 255) {
                    throw new SyntaxError("invalid syntax");
                }
                value = v;
                break;
            }
            case '\\': value = '\\'; break;
            case '\'':
            case '"':
                if (e != quote) {
                    throw new SyntaxError("invalid syntax");
                }
                value = e;
                break;
            default:
                throw new SyntaxError("invalid syntax");
        }
        pos[0] = i;
        return new long[] {value, multibyte ? 1 : 0};
    }

    // ---- numbers (strconv.ParseInt/ParseUint with base 0, ParseFloat) ----

    /** ParseUint(s, 0, 64) as unsigned bits; null when Go reports a syntax or range error. */
    static Long parseUint(String s) {
        if (s.isEmpty()) {
            return null;
        }
        String s0 = s;
        int base = 10;
        if (s.charAt(0) == '0') {
            char p = s.length() >= 3 ? Character.toLowerCase(s.charAt(1)) : 0;
            if (p == 'b') {
                base = 2;
                s = s.substring(2);
            } else if (p == 'o') {
                base = 8;
                s = s.substring(2);
            } else if (p == 'x') {
                base = 16;
                s = s.substring(2);
            } else {
                base = 8;
                s = s.substring(1);
            }
        }
        boolean underscores = false;
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                underscores = true;
                continue;
            }
            int d = Character.digit(c, 16);
            if (d < 0 || d >= base || c > 'z') {
                return null;
            }
            if (Long.compareUnsigned(n, Long.divideUnsigned(-1L, base)) > 0) {
                return null;
            }
            long n1 = n * base + d;
            if (Long.compareUnsigned(n1, n * base) < 0) {
                return null;
            }
            n = n1;
        }
        if (underscores && !underscoreOk(s0)) {
            return null;
        }
        return n;
    }

    /** ParseInt(s, 0, 64); null on error. */
    static Long parseInt(String s) {
        if (s.isEmpty()) {
            return null;
        }
        boolean neg = false;
        String body = s;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            neg = s.charAt(0) == '-';
            body = s.substring(1);
        }
        Long u = parseUint(body);
        if (u == null) {
            return null;
        }
        long un = u;
        if (!neg && un < 0) {
            return null; // >= 1<<63
        }
        if (neg && Long.compareUnsigned(un, Long.MIN_VALUE) > 0) {
            return null;
        }
        return neg ? -un : un;
    }

    /** strconv's rule for digit separators: each underscore between digits (a base prefix counts as one). */
    static boolean underscoreOk(String s) {
        char saw = '^';
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            s = s.substring(1);
        }
        boolean hex = false;
        if (s.length() >= 2 && s.charAt(0) == '0') {
            char p = Character.toLowerCase(s.charAt(1));
            if (p == 'b' || p == 'o' || p == 'x') {
                i = 2;
                saw = '0';
                hex = p == 'x';
            }
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            char lc = Character.toLowerCase(c);
            if (('0' <= c && c <= '9') || (hex && 'a' <= lc && lc <= 'f')) {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_') {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }

    /** ParseFloat(s, 64); null on a syntax error or overflow. */
    static Double parseFloat(String s) {
        int i = 0;
        int n = s.length();
        StringBuilder clean = new StringBuilder(n);
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            clean.append(s.charAt(i));
            i++;
        }
        String rest = s.substring(i).toLowerCase();
        if (rest.equals("inf") || rest.equals("infinity")) {
            return clean.length() > 0 && clean.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan") && clean.length() == 0) {
            return Double.NaN;
        }
        boolean hex = false;
        if (i + 1 < n && s.charAt(i) == '0' && Character.toLowerCase(s.charAt(i + 1)) == 'x') {
            hex = true;
            clean.append("0x");
            i += 2;
        }
        boolean sawDigits = false;
        boolean sawDot = false;
        boolean underscores = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                underscores = true;
                continue;
            }
            if (c == '.') {
                if (sawDot) {
                    break;
                }
                sawDot = true;
                clean.append(c);
                continue;
            }
            if (('0' <= c && c <= '9') || (hex && Character.digit(c, 16) >= 0 && c <= 'f')) {
                sawDigits = true;
                clean.append(c);
                continue;
            }
            break;
        }
        if (!sawDigits) {
            return null;
        }
        if (i < n && Character.toLowerCase(s.charAt(i)) == (hex ? 'p' : 'e')) {
            clean.append(hex ? 'p' : 'e');
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                clean.append(s.charAt(i));
                i++;
            }
            boolean expDigits = false;
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (c == '_') {
                    underscores = true;
                } else if ('0' <= c && c <= '9') {
                    expDigits = true;
                    clean.append(c);
                } else {
                    break;
                }
            }
            if (!expDigits) {
                return null;
            }
        } else if (hex) {
            return null; // a hexadecimal mantissa needs a 'p' exponent
        }
        if (i != n || (underscores && !underscoreOk(s))) {
            return null;
        }
        double d;
        try {
            d = Double.parseDouble(clean.toString());
        } catch (NumberFormatException e) {
            return null;
        }
        return Double.isInfinite(d) ? null : d;
    }
}
