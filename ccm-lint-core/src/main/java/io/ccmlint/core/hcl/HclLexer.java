package io.ccmlint.core.hcl;

import static io.ccmlint.core.hcl.HclTokens.*;

import java.util.Arrays;

/**
 * Splits HCL native syntax into tokens, following the modes of HashiCorp's scanner: the main
 * expression mode, quoted templates and heredoc templates, entered and left through a stack so
 * that {@code "${ "${x}" }"} and heredocs inside interpolations nest. No regular expressions and no
 * allocation per character or token: the hot loop only reads {@code String.charAt}.
 */
final class HclLexer {
    private static final int MAIN = 0;
    private static final int STRING = 1;
    private static final int HEREDOC = 2;

    private final String text;
    private final int n;
    private final HclTokens out = new HclTokens();
    private int[] comments = new int[16];
    private int commentCount;

    // mode stack; the bottom MAIN mode is implicit
    private int[] modes = new int[8];
    private int[] markerStart = new int[8];
    private int[] markerEnd = new int[8];
    private boolean[] startOfLine = new boolean[8];
    private int depth;

    // brace depth and the depths at which a "}" closes a template sequence instead of an object
    private int braces;
    private int[] retBraces = new int[8];
    private int retCount;

    private int pos;

    private HclLexer(String text) {
        this.text = text;
        this.n = text.length();
    }

    /** Lexes a whole file. */
    static HclLexer lex(String text) {
        HclLexer lexer = new HclLexer(text);
        lexer.run();
        return lexer;
    }

    /**
     * Lexes a whole file as a template (Terraform's {@code templatefile}): the text is the body of
     * a heredoc that no marker closes, so it ends at the end of the file with
     * {@code UNTERMINATED_HEREDOC}.
     */
    static HclLexer lexTemplate(String text) {
        HclLexer lexer = new HclLexer(text);
        lexer.push(HEREDOC);
        lexer.markerStart[0] = -1; // no closing marker: no line ends it
        lexer.markerEnd[0] = -1;
        lexer.startOfLine[0] = true;
        lexer.run();
        return lexer;
    }

    HclTokens tokens() {
        return out;
    }

    /** Comment ranges as start/end pairs, in source order. */
    int[] comments() {
        return Arrays.copyOf(comments, commentCount * 2);
    }

    private void run() {
        while (pos < n) {
            int mode = depth == 0 ? MAIN : modes[depth - 1];
            switch (mode) {
                case STRING -> stringStep();
                case HEREDOC -> heredocStep();
                default -> mainStep();
            }
        }
        // the end of the file inside a template: tell the parser exactly what is unclosed
        while (depth > 0) {
            int mode = modes[depth - 1];
            if (mode == STRING) {
                out.add(UNTERMINATED_STRING, n, n);
            } else if (mode == HEREDOC) {
                out.add(UNTERMINATED_HEREDOC, n, n);
            }
            depth--;
        }
        out.add(EOF, n, n);
    }

    private void push(int mode) {
        if (depth == modes.length) {
            int size = depth * 2;
            modes = Arrays.copyOf(modes, size);
            markerStart = Arrays.copyOf(markerStart, size);
            markerEnd = Arrays.copyOf(markerEnd, size);
            startOfLine = Arrays.copyOf(startOfLine, size);
        }
        modes[depth++] = mode;
    }

    private void enterTemplateSequence(int tokenType, int at) {
        int len = at + 2 < n && text.charAt(at + 2) == '~' ? 3 : 2;
        out.add(tokenType, at, at + len);
        pos = at + len;
        braces++;
        if (retCount == retBraces.length) {
            retBraces = Arrays.copyOf(retBraces, retCount * 2);
        }
        retBraces[retCount++] = braces;
        if (depth > 0 && modes[depth - 1] == HEREDOC) {
            startOfLine[depth - 1] = false;
        }
        push(MAIN);
    }

    private void closeBrace(int at, int len, boolean strip) {
        if (retCount > 0 && retBraces[retCount - 1] == braces) {
            out.add(TEMPLATE_SEQ_END, at, at + len);
            braces--;
            retCount--;
            if (depth > 0) {
                depth--; // back to the template that opened the sequence
            }
        } else {
            // a "~}" that closes no sequence is still a sequence end: the parser reports it
            out.add(strip ? TEMPLATE_SEQ_END : C_BRACE, at, at + len);
            braces--;
        }
        pos = at + len;
    }

    private void mainStep() {
        int i = pos;
        char c = text.charAt(i);
        switch (c) {
            case ' ', '\t' -> {
                i++;
                while (i < n && ((c = text.charAt(i)) == ' ' || c == '\t')) {
                    i++;
                }
                pos = i;
            }
            case '\n' -> single(NEWLINE, i, 1);
            case '\r' -> {
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    single(NEWLINE, i, 2);
                } else {
                    single(INVALID, i, 1);
                }
            }
            case '#' -> lineComment(i);
            case '/' -> {
                char d = i + 1 < n ? text.charAt(i + 1) : 0;
                if (d == '/') {
                    lineComment(i);
                } else if (d == '*') {
                    blockComment(i);
                } else {
                    single(SLASH, i, 1);
                }
            }
            case '"' -> {
                single(O_QUOTE, i, 1);
                push(STRING);
            }
            case '{' -> {
                single(O_BRACE, i, 1);
                braces++;
            }
            case '}' -> closeBrace(i, 1, false);
            case '~' -> {
                if (i + 1 < n && text.charAt(i + 1) == '}') {
                    closeBrace(i, 2, true);
                } else {
                    single(INVALID, i, 1);
                }
            }
            case '[' -> single(O_BRACK, i, 1);
            case ']' -> single(C_BRACK, i, 1);
            case '(' -> single(O_PAREN, i, 1);
            case ')' -> single(C_PAREN, i, 1);
            case ',' -> single(COMMA, i, 1);
            case '*' -> single(STAR, i, 1);
            case '%' -> single(PERCENT, i, 1);
            case '+' -> single(PLUS, i, 1);
            case '-' -> single(MINUS, i, 1);
            case '?' -> single(QUESTION, i, 1);
            case '.' -> {
                if (i + 2 < n && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
                    single(ELLIPSIS, i, 3);
                } else {
                    single(DOT, i, 1);
                }
            }
            case ':' -> pair(i, ':', DCOLON, COLON);
            case '!' -> pair(i, '=', NE_OP, BANG);
            case '>' -> pair(i, '=', GE, GT);
            case '&' -> pair(i, '&', AND, INVALID);
            case '|' -> pair(i, '|', OR, INVALID);
            case '=' -> {
                char d = i + 1 < n ? text.charAt(i + 1) : 0;
                if (d == '=') {
                    single(EQ_OP, i, 2);
                } else if (d == '>') {
                    single(FAT_ARROW, i, 2);
                } else {
                    single(EQUAL, i, 1);
                }
            }
            case '<' -> {
                if (!heredocIntroducer(i)) {
                    pair(i, '=', LE, LT);
                }
            }
            default -> {
                if (c >= '0' && c <= '9') {
                    number(i);
                } else if (isIdentStart(c) || (Character.isSurrogate(c) && isIdentStartCodePoint(i))) {
                    identifier(i);
                } else {
                    single(INVALID, i, Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1);
                }
            }
        }
    }

    private void single(int type, int at, int len) {
        out.add(type, at, at + len);
        pos = at + len;
    }

    private void pair(int at, char second, int twoCharType, int oneCharType) {
        if (at + 1 < n && text.charAt(at + 1) == second) {
            single(twoCharType, at, 2);
        } else {
            single(oneCharType, at, 1);
        }
    }

    private void lineComment(int at) {
        int i = at;
        while (i < n && text.charAt(i) != '\n') {
            i++;
        }
        int end = i > at && i < n && text.charAt(i - 1) == '\r' ? i - 1 : i;
        addComment(at, end);
        pos = end; // the line break is lexed as a NEWLINE: a line comment ends its line
    }

    private void blockComment(int at) {
        int close = text.indexOf("*/", at + 2);
        if (close < 0) {
            single(UNTERMINATED_COMMENT, at, n - at);
            return;
        }
        addComment(at, close + 2);
        pos = close + 2;
    }

    private void addComment(int s, int e) {
        if (commentCount * 2 == comments.length) {
            comments = Arrays.copyOf(comments, comments.length * 2);
        }
        comments[commentCount * 2] = s;
        comments[commentCount * 2 + 1] = e;
        commentCount++;
    }

    private void number(int at) {
        int i = at + 1;
        while (i < n) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || c == '.') {
                i++;
            } else if (c == 'e' || c == 'E') {
                char d = i + 1 < n ? text.charAt(i + 1) : 0;
                if (d >= '0' && d <= '9') {
                    i += 2;
                } else if ((d == '+' || d == '-') && i + 2 < n && isDigit(text.charAt(i + 2))) {
                    i += 3;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        while (text.charAt(i - 1) == '.') {
            i--; // a number never ends with '.': "foo.0.bar" and "1..." lex as number then dot
        }
        single(NUMBER, at, i - at);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void identifier(int at) {
        int i = at + Character.charCount(text.codePointAt(at));
        while (i < n) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                i++;
            } else if (c < 0x80) {
                break;
            } else {
                int cp = text.codePointAt(i);
                if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
        }
        single(IDENT, at, i - at);
    }

    private static boolean isIdentStart(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }
        return !Character.isSurrogate(c) && Character.isUnicodeIdentifierStart(c);
    }

    private boolean isIdentStartCodePoint(int at) {
        return Character.isHighSurrogate(text.charAt(at)) && Character.isUnicodeIdentifierStart(text.codePointAt(at));
    }

    /** {@code <<EOF} or {@code <<-EOF} directly followed by a line break opens a heredoc. */
    private boolean heredocIntroducer(int at) {
        int i = at + 1;
        if (i >= n || text.charAt(i) != '<') {
            return false;
        }
        i++;
        if (i < n && text.charAt(i) == '-') {
            i++;
        }
        int nameStart = i;
        if (i >= n || !isIdentStart(text.charAt(i))) {
            return false;
        }
        i++;
        while (i < n) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                i++;
            } else {
                break;
            }
        }
        int nameEnd = i;
        if (i < n && text.charAt(i) == '\r') {
            i++;
        }
        if (i >= n || text.charAt(i) != '\n') {
            return false;
        }
        out.add(O_HEREDOC, at, nameEnd);
        pos = i + 1;
        push(HEREDOC);
        markerStart[depth - 1] = nameStart;
        markerEnd[depth - 1] = nameEnd;
        startOfLine[depth - 1] = true;
        return true;
    }

    private void stringStep() {
        int i = pos;
        char c = text.charAt(i);
        if (c == '"') {
            single(C_QUOTE, i, 1);
            depth--;
            return;
        }
        if (c == '\n' || c == '\r') {
            out.add(UNTERMINATED_STRING, i, i); // quoted strings end at the line: resume lexing the next line normally
            depth--;
            return;
        }
        if ((c == '$' || c == '%') && i + 1 < n && text.charAt(i + 1) == '{') {
            enterTemplateSequence(c == '$' ? TEMPLATE_INTERP : TEMPLATE_CONTROL, i);
            return;
        }
        while (i < n) {
            c = text.charAt(i);
            if (c == '"' || c == '\n' || c == '\r') {
                break;
            }
            if (c == '\\') {
                i += i + 1 < n && text.charAt(i + 1) != '\n' && text.charAt(i + 1) != '\r' ? 2 : 1;
                continue;
            }
            if (c == '$' || c == '%') {
                char d = i + 1 < n ? text.charAt(i + 1) : 0;
                if (d == '{') {
                    break;
                }
                if (d == c && i + 2 < n && text.charAt(i + 2) == '{') {
                    i += 3; // "$${" and "%%{" are escapes, not sequences
                    continue;
                }
            }
            i++;
        }
        out.add(QUOTED_LIT, pos, i);
        pos = i;
    }

    private void heredocStep() {
        int frame = depth - 1;
        int i = pos;
        if (startOfLine[frame] && markerStart[frame] >= 0) {
            int lineEnd = text.indexOf('\n', i);
            int contentEnd = lineEnd < 0 ? n : lineEnd;
            int ts = i;
            int te = contentEnd;
            while (ts < te && Character.isWhitespace(text.charAt(ts))) {
                ts++;
            }
            while (te > ts && Character.isWhitespace(text.charAt(te - 1))) {
                te--;
            }
            if (lineEnd >= 0 && text.regionMatches(ts, text, markerStart[frame], markerEnd[frame] - markerStart[frame])
                    && te - ts == markerEnd[frame] - markerStart[frame]) {
                out.add(C_HEREDOC, ts, te);
                int nl = lineEnd > 0 && text.charAt(lineEnd - 1) == '\r' && lineEnd - 1 >= te ? lineEnd - 1 : lineEnd;
                out.add(NEWLINE, nl, lineEnd + 1);
                pos = lineEnd + 1;
                depth--;
                return;
            }
        }
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.add(STRING_LIT, pos, i + 1);
                pos = i + 1;
                startOfLine[frame] = true;
                return;
            }
            if (c == '$' || c == '%') {
                char d = i + 1 < n ? text.charAt(i + 1) : 0;
                if (d == '{') {
                    if (i > pos) {
                        out.add(STRING_LIT, pos, i);
                    }
                    enterTemplateSequence(c == '$' ? TEMPLATE_INTERP : TEMPLATE_CONTROL, i);
                    return;
                }
                if (d == c && i + 2 < n && text.charAt(i + 2) == '{') {
                    i += 3;
                    continue;
                }
            }
            i++;
        }
        if (i > pos) {
            out.add(STRING_LIT, pos, i);
        }
        pos = n; // run() adds UNTERMINATED_HEREDOC for the open frame
    }
}
