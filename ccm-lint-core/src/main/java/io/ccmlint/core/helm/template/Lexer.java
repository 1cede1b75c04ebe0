package io.ccmlint.core.helm.template;

/**
 * Go's template lexer (text/template/parse/lex.go), item for item: text, actions with their trim
 * markers, comments, and the tokens inside actions. Positions are char offsets into the text; lines
 * count '\n' only, as Go does. After an error item it yields EOF forever.
 */
final class Lexer {
    private static final String LEFT_DELIM = "{{";
    private static final String RIGHT_DELIM = "}}";
    private static final String LEFT_COMMENT = "/*";
    private static final String RIGHT_COMMENT = "*/";
    private static final int TRIM_MARKER_LEN = 2; // the marker and the space before or after it
    private static final int EOF = -1;

    private enum State { TEXT, LEFT_DELIM, COMMENT, RIGHT_DELIM, INSIDE_ACTION, SPACE, IDENTIFIER, FIELD, VARIABLE,
        CHAR, NUMBER, QUOTE, RAW_QUOTE }

    private String input;
    private final boolean emitComment;
    private final boolean breakOk;
    private final boolean continueOk;
    private int pos;
    private int start;
    private boolean atEof;
    private int parenDepth;
    private int line = 1;
    private int startLine = 1;
    private Token item;
    private boolean insideAction;

    Lexer(String input, boolean emitComment, boolean breakOk, boolean continueOk) {
        this.input = input;
        this.emitComment = emitComment;
        this.breakOk = breakOk;
        this.continueOk = continueOk;
    }

    /** The next item; EOF at the end (and after an error). */
    Token nextItem() {
        item = new Token(TokenKind.EOF, pos, "EOF", startLine);
        State state = insideAction ? State.INSIDE_ACTION : State.TEXT;
        while (state != null) {
            state = step(state);
        }
        return item;
    }

    private State step(State s) {
        switch (s) {
            case TEXT: return lexText();
            case LEFT_DELIM: return lexLeftDelim();
            case COMMENT: return lexComment();
            case RIGHT_DELIM: return lexRightDelim();
            case INSIDE_ACTION: return lexInsideAction();
            case SPACE: return lexSpace();
            case IDENTIFIER: return lexIdentifier();
            case FIELD: return lexFieldOrVariable(TokenKind.FIELD);
            case VARIABLE: return atTerminator() ? emit(TokenKind.VARIABLE) : lexFieldOrVariable(TokenKind.VARIABLE);
            case CHAR: return lexQuoted('\'', "unterminated character constant", TokenKind.CHAR_CONSTANT);
            case NUMBER: return lexNumber();
            case QUOTE: return lexQuoted('"', "unterminated quoted string", TokenKind.STRING);
            case RAW_QUOTE: return lexRawQuote();
            default: throw new IllegalStateException(s.name());
        }
    }

    // ---- primitives ----

    private int next() {
        if (pos >= input.length()) {
            atEof = true;
            return EOF;
        }
        int r = input.codePointAt(pos);
        pos += Character.charCount(r);
        if (r == '\n') {
            line++;
        }
        return r;
    }

    private int peek() {
        int r = next();
        backup();
        return r;
    }

    private void backup() {
        if (!atEof && pos > 0) {
            int r = input.codePointBefore(pos);
            pos -= Character.charCount(r);
            if (r == '\n') {
                line--;
            }
        }
    }

    private Token thisItem(TokenKind kind) {
        Token t = new Token(kind, start, input.substring(start, pos), startLine);
        start = pos;
        startLine = line;
        return t;
    }

    private State emit(TokenKind kind) {
        return emitItem(thisItem(kind));
    }

    private State emitItem(Token t) {
        item = t;
        return null;
    }

    private void ignore() {
        line += countNewlines(start, pos);
        start = pos;
        startLine = line;
    }

    private boolean accept(String valid) {
        int r = next();
        if (r != EOF && valid.indexOf(r) >= 0) {
            return true;
        }
        backup();
        return false;
    }

    private void acceptRun(String valid) {
        int r;
        do {
            r = next();
        } while (r != EOF && valid.indexOf(r) >= 0);
        backup();
    }

    private State errorf(String message) {
        item = new Token(TokenKind.ERROR, start, message, startLine);
        start = 0;
        pos = 0;
        input = "";
        return null;
    }

    private int countNewlines(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (input.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    static boolean isSpace(int r) {
        return r == ' ' || r == '\t' || r == '\r' || r == '\n';
    }

    static boolean isAlphaNumeric(int r) {
        return r == '_' || (r != EOF && (Character.isLetter(r) || Character.isDigit(r)));
    }

    private static boolean hasLeftTrimMarker(String s, int at) {
        return s.length() >= at + 2 && s.charAt(at) == '-' && isSpace(s.charAt(at + 1));
    }

    private static boolean hasRightTrimMarker(String s, int at) {
        return s.length() >= at + 2 && isSpace(s.charAt(at)) && s.charAt(at + 1) == '-';
    }

    // ---- states ----

    private State lexText() {
        int x = input.indexOf(LEFT_DELIM, pos);
        if (x >= 0) {
            if (x > pos) {
                pos = x;
                int trimLength = 0;
                if (hasLeftTrimMarker(input, pos + LEFT_DELIM.length())) {
                    trimLength = rightTrimLength(start, pos);
                }
                pos -= trimLength;
                line += countNewlines(start, pos);
                Token t = thisItem(TokenKind.TEXT);
                pos += trimLength;
                ignore();
                if (!t.val().isEmpty()) {
                    return emitItem(t);
                }
            }
            return State.LEFT_DELIM;
        }
        pos = input.length();
        if (pos > start) {
            line += countNewlines(start, pos);
            return emit(TokenKind.TEXT);
        }
        return emit(TokenKind.EOF);
    }

    private int rightTrimLength(int from, int to) {
        int i = to;
        while (i > from && isSpace(input.charAt(i - 1))) {
            i--;
        }
        return to - i;
    }

    private int leftTrimLength(int from) {
        int i = from;
        while (i < input.length() && isSpace(input.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /** {delim, trimSpaces}: whether a right delimiter, perhaps after a trim marker, starts here. */
    private boolean[] atRightDelim() {
        if (hasRightTrimMarker(input, pos) && input.startsWith(RIGHT_DELIM, pos + TRIM_MARKER_LEN)) {
            return new boolean[] {true, true};
        }
        return new boolean[] {input.startsWith(RIGHT_DELIM, pos), false};
    }

    private State lexLeftDelim() {
        pos += LEFT_DELIM.length();
        boolean trimSpace = hasLeftTrimMarker(input, pos);
        int afterMarker = trimSpace ? TRIM_MARKER_LEN : 0;
        if (input.startsWith(LEFT_COMMENT, pos + afterMarker)) {
            pos += afterMarker;
            ignore();
            return State.COMMENT;
        }
        Token t = thisItem(TokenKind.LEFT_DELIM);
        insideAction = true;
        pos += afterMarker;
        ignore();
        parenDepth = 0;
        return emitItem(t);
    }

    private State lexComment() {
        pos += LEFT_COMMENT.length();
        int x = input.indexOf(RIGHT_COMMENT, pos);
        if (x < 0) {
            return errorf("unclosed comment");
        }
        pos = x + RIGHT_COMMENT.length();
        boolean[] d = atRightDelim();
        if (!d[0]) {
            return errorf("comment ends before closing delimiter");
        }
        line += countNewlines(start, pos);
        Token t = thisItem(TokenKind.COMMENT);
        if (d[1]) {
            pos += TRIM_MARKER_LEN;
        }
        pos += RIGHT_DELIM.length();
        if (d[1]) {
            pos += leftTrimLength(pos);
        }
        ignore();
        return emitComment ? emitItem(t) : State.TEXT;
    }

    private State lexRightDelim() {
        boolean trimSpace = atRightDelim()[1];
        if (trimSpace) {
            pos += TRIM_MARKER_LEN;
            ignore();
        }
        pos += RIGHT_DELIM.length();
        Token t = thisItem(TokenKind.RIGHT_DELIM);
        if (trimSpace) {
            pos += leftTrimLength(pos);
            ignore();
        }
        insideAction = false;
        return emitItem(t);
    }

    private State lexInsideAction() {
        if (atRightDelim()[0]) {
            if (parenDepth == 0) {
                return State.RIGHT_DELIM;
            }
            return errorf("unclosed left paren");
        }
        int r = next();
        if (r == EOF) {
            return errorf("unclosed action");
        }
        if (isSpace(r)) {
            backup(); // put the space back in case we have " -}}"
            return State.SPACE;
        }
        switch (r) {
            case '=':
                return emit(TokenKind.ASSIGN);
            case ':':
                if (next() != '=') {
                    return errorf("expected :=");
                }
                return emit(TokenKind.DECLARE);
            case '|':
                return emit(TokenKind.PIPE);
            case '"':
                return State.QUOTE;
            case '`':
                return State.RAW_QUOTE;
            case '$':
                return State.VARIABLE;
            case '\'':
                return State.CHAR;
            case '(':
                parenDepth++;
                return emit(TokenKind.LEFT_PAREN);
            case ')':
                parenDepth--;
                if (parenDepth < 0) {
                    return errorf("unexpected right paren");
                }
                return emit(TokenKind.RIGHT_PAREN);
            default:
        }
        if (r == '.') {
            if (pos < input.length()) {
                char c = input.charAt(pos);
                if (c < '0' || '9' < c) {
                    return State.FIELD;
                }
            }
            backup();
            return State.NUMBER; // '.' can start a number
        }
        if (r == '+' || r == '-' || ('0' <= r && r <= '9')) {
            backup();
            return State.NUMBER;
        }
        if (isAlphaNumeric(r)) {
            backup();
            return State.IDENTIFIER;
        }
        if (r <= 0x7F && GoStrconv.isPrint(r)) {
            return emit(TokenKind.CHAR);
        }
        return errorf("unrecognized character in action: " + runeName(r));
    }

    private State lexSpace() {
        int numSpaces = 0;
        while (isSpace(peek())) {
            next();
            numSpaces++;
        }
        // careful about a trim-marked right delimiter, which has a minus after a space
        if (hasRightTrimMarker(input, pos - 1) && input.startsWith(RIGHT_DELIM, pos - 1 + TRIM_MARKER_LEN)) {
            backup(); // before the space
            if (numSpaces == 1) {
                return State.RIGHT_DELIM;
            }
        }
        return emit(TokenKind.SPACE);
    }

    private State lexIdentifier() {
        while (true) {
            int r = next();
            if (isAlphaNumeric(r)) {
                continue;
            }
            backup();
            String word = input.substring(start, pos);
            if (!atTerminator()) {
                return errorf("bad character " + runeName(r));
            }
            TokenKind key = TokenKind.keyword(word);
            if (key != null && key.isKeyword()) {
                if ((key == TokenKind.BREAK && !breakOk) || (key == TokenKind.CONTINUE && !continueOk)) {
                    return emit(TokenKind.IDENTIFIER);
                }
                return emit(key);
            }
            if (word.equals("true") || word.equals("false")) {
                return emit(TokenKind.BOOL);
            }
            return emit(TokenKind.IDENTIFIER);
        }
    }

    private State lexFieldOrVariable(TokenKind kind) {
        if (atTerminator()) { // nothing interesting follows: "." or "$"
            return emit(kind == TokenKind.VARIABLE ? TokenKind.VARIABLE : TokenKind.DOT);
        }
        int r;
        while (true) {
            r = next();
            if (!isAlphaNumeric(r)) {
                backup();
                break;
            }
        }
        if (!atTerminator()) {
            return errorf("bad character " + runeName(r));
        }
        return emit(kind);
    }

    /** Whether the input is at a character that may follow an identifier; breaks .X.Y into two pieces. */
    private boolean atTerminator() {
        int r = peek();
        if (isSpace(r)) {
            return true;
        }
        switch (r) {
            case EOF: case '.': case ',': case '|': case ':': case ')': case '(':
                return true;
            default:
                return input.startsWith(RIGHT_DELIM, pos);
        }
    }

    private State lexQuoted(char quote, String unterminated, TokenKind kind) {
        while (true) {
            int r = next();
            if (r == '\\') {
                r = next();
                if (r != EOF && r != '\n') {
                    continue;
                }
                return errorf(unterminated);
            }
            if (r == EOF || r == '\n') {
                return errorf(unterminated);
            }
            if (r == quote) {
                return emit(kind);
            }
        }
    }

    private State lexRawQuote() {
        while (true) {
            int r = next();
            if (r == EOF) {
                return errorf("unterminated raw quoted string");
            }
            if (r == '`') {
                return emit(TokenKind.RAW_STRING);
            }
        }
    }

    private State lexNumber() {
        if (!scanNumber()) {
            return errorf("bad number syntax: " + GoStrconv.quote(input.substring(start, pos), false));
        }
        int sign = peek();
        if (sign == '+' || sign == '-') {
            // complex: 1+2i, no spaces, must end in 'i'
            if (!scanNumber() || input.charAt(pos - 1) != 'i') {
                return errorf("bad number syntax: " + GoStrconv.quote(input.substring(start, pos), false));
            }
            return emit(TokenKind.COMPLEX);
        }
        return emit(TokenKind.NUMBER);
    }

    private boolean scanNumber() {
        accept("+-");
        String digits = "0123456789_";
        if (accept("0")) {
            if (accept("xX")) {
                digits = "0123456789abcdefABCDEF_";
            } else if (accept("oO")) {
                digits = "01234567_";
            } else if (accept("bB")) {
                digits = "01_";
            }
        }
        acceptRun(digits);
        if (accept(".")) {
            acceptRun(digits);
        }
        if (digits.length() == 10 + 1 && accept("eE")) {
            accept("+-");
            acceptRun("0123456789_");
        }
        if (digits.length() == 16 + 6 + 1 && accept("pP")) {
            accept("+-");
            acceptRun("0123456789_");
        }
        accept("i");
        if (isAlphaNumeric(peek())) {
            next();
            return false;
        }
        return true;
    }

    /** Go's %#U: U+0041 'A' (the character only when printable). */
    static String runeName(int r) {
        if (r == EOF) {
            return "U+FFFFFFFFFFFFFFFF";
        }
        StringBuilder b = new StringBuilder("U+");
        String hex = Integer.toHexString(r).toUpperCase();
        for (int i = hex.length(); i < 4; i++) {
            b.append('0');
        }
        b.append(hex);
        if (GoStrconv.isPrint(r)) {
            b.append(" '").appendCodePoint(r).append('\'');
        }
        return b.toString();
    }
}
