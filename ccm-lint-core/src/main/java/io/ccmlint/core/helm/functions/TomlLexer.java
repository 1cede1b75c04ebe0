package io.ccmlint.core.helm.functions;

import io.ccmlint.core.helm.template.GoFmt;
import java.util.ArrayDeque;
import java.util.List;

/**
 * BurntSushi/toml v1.6.0's lexer (lex.go), ported state for state so its items and error messages
 * (with their line numbers) are the same: TOML 1.1, so \e and \xHH escapes and newlines in inline
 * tables are allowed. It reads code points of a Java string, so invalid UTF-8 cannot occur here.
 */
final class TomlLexer {
    enum ItemType {
        ERROR, EOF, TEXT, STRING, STRING_ESC, RAW_STRING, MULTILINE_STRING, RAW_MULTILINE_STRING, BOOL, INTEGER,
        FLOAT, DATETIME, ARRAY, ARRAY_END, TABLE_START, TABLE_END, ARRAY_TABLE_START, ARRAY_TABLE_END, KEY_START,
        KEY_END, COMMENT_START, INLINE_TABLE_START, INLINE_TABLE_END
    }

    /** An item: its text, or for ERROR the message; the line it is reported at. */
    record Item(ItemType type, String val, int line) {
    }

    @FunctionalInterface
    private interface State {
        State step();
    }

    private static final int EOF = 0;
    private static final int ERROR_RUNE = 0xFFFD;

    private final String input;
    private int start;
    private int pos;
    private int line = 1;
    private State state = this::lexTop;
    private final ArrayDeque<Item> items = new ArrayDeque<>();
    private boolean esc;
    private final int[] prevWidths = new int[4];
    private int nprev;
    private boolean atEof;
    private final ArrayDeque<State> stack = new ArrayDeque<>();

    TomlLexer(String input) {
        this.input = input;
    }

    Item nextItem() {
        while (items.isEmpty()) {
            state = state.step();
        }
        return items.poll();
    }

    private void push(State s) {
        stack.push(s);
    }

    private State pop() {
        return stack.pop();
    }

    private String current() {
        return input.substring(start, pos);
    }

    private void emit(ItemType t) {
        items.add(new Item(t, current(), line));
        start = pos;
    }

    private void emitTrim(ItemType t) {
        items.add(new Item(t, current().strip(), line));
        start = pos;
    }

    private int next() {
        if (atEof) {
            throw new IllegalStateException("BUG in lexer: next called after EOF");
        }
        if (pos >= input.length()) {
            atEof = true;
            return EOF;
        }
        if (input.charAt(pos) == '\n') {
            line++;
        }
        prevWidths[3] = prevWidths[2];
        prevWidths[2] = prevWidths[1];
        prevWidths[1] = prevWidths[0];
        if (nprev < 4) {
            nprev++;
        }
        int r = input.codePointAt(pos);
        int w = Character.charCount(r);
        if (isControl(r) || r == '\r' && (input.length() - 1 == pos || input.charAt(pos + 1) != '\n')) {
            errorPos(String.format("TOML files cannot contain control characters: '0x%02x'", r));
            return ERROR_RUNE;
        }
        prevWidths[0] = w;
        pos += w;
        return r;
    }

    private void ignore() {
        start = pos;
    }

    private void backup() {
        if (atEof) {
            atEof = false;
            return;
        }
        int w = prevWidths[0];
        prevWidths[0] = prevWidths[1];
        prevWidths[1] = prevWidths[2];
        prevWidths[2] = prevWidths[3];
        nprev--;
        pos -= w;
        if (pos < input.length() && input.charAt(pos) == '\n') {
            line--;
        }
    }

    private boolean accept(int valid) {
        if (next() == valid) {
            return true;
        }
        backup();
        return false;
    }

    private int peek() {
        int r = next();
        backup();
        return r;
    }

    private void skipWhitespace() {
        while (true) {
            int r = next();
            if (isWhitespace(r)) {
                continue;
            }
            backup();
            ignore();
            return;
        }
    }

    private State error(String message) {
        if (atEof) {
            return errorPrevLine(message);
        }
        items.add(new Item(ItemType.ERROR, message, line));
        return null;
    }

    private State errorPrevLine(String message) {
        items.add(new Item(ItemType.ERROR, message, line - 1));
        return null;
    }

    private State errorPos(String message) {
        items.add(new Item(ItemType.ERROR, message, line));
        return null;
    }

    private State errorf(String format, Object... values) {
        String message = GoFmt.sprintf(format, List.of(values));
        if (atEof) {
            int l = pos >= 1 && input.charAt(pos - 1) == '\n' ? line - 1 : line;
            items.add(new Item(ItemType.ERROR, message, l));
            return null;
        }
        items.add(new Item(ItemType.ERROR, message, line));
        return null;
    }

    /** A rune for Go's verbs: %q of it prints a quoted rune ('x'). */
    private static Long rune(int r) {
        return (long) r;
    }

    private static String text(int r) {
        return new String(Character.toChars(r));
    }

    private State lexTop() {
        int r = next();
        if (isWhitespace(r) || isNl(r)) {
            return skip(this::lexTop);
        }
        switch (r) {
            case '#':
                push(this::lexTop);
                return this::lexCommentStart;
            case '[':
                return this::lexTableStart;
            case EOF:
                if (pos > start) {
                    return errorf("unexpected EOF");
                }
                emit(ItemType.EOF);
                return this::done;
            default:
                backup();
                push(this::lexTopEnd);
                return this::lexKeyStart;
        }
    }

    private State done() {
        emit(ItemType.EOF);
        return this::done;
    }

    private State lexTopEnd() {
        int r = next();
        if (r == '#') {
            push(this::lexTop);
            return this::lexCommentStart;
        }
        if (isWhitespace(r)) {
            return this::lexTopEnd;
        }
        if (isNl(r)) {
            ignore();
            return this::lexTop;
        }
        if (r == EOF) {
            emit(ItemType.EOF);
            return this::done;
        }
        return errorf("expected a top-level item to end with a newline, comment, or EOF, but got %q instead", rune(r));
    }

    private State lexTableStart() {
        if (peek() == '[') {
            next();
            emit(ItemType.ARRAY_TABLE_START);
            push(this::lexArrayTableEnd);
        } else {
            emit(ItemType.TABLE_START);
            push(this::lexTableEnd);
        }
        return this::lexTableNameStart;
    }

    private State lexTableEnd() {
        emit(ItemType.TABLE_END);
        return this::lexTopEnd;
    }

    private State lexArrayTableEnd() {
        int r = next();
        if (r != ']') {
            return errorf("expected end of table array name delimiter ']', but got %q instead", rune(r));
        }
        emit(ItemType.ARRAY_TABLE_END);
        return this::lexTopEnd;
    }

    private State lexTableNameStart() {
        skipWhitespace();
        int r = peek();
        if (r == ']' || r == EOF) {
            return errorf("unexpected end of table name (table names cannot be empty)");
        }
        if (r == '.') {
            return errorf("unexpected table separator (table names cannot be empty)");
        }
        if (r == '"' || r == '\'') {
            ignore();
            push(this::lexTableNameEnd);
            return this::lexQuotedName;
        }
        push(this::lexTableNameEnd);
        return this::lexBareName;
    }

    private State lexTableNameEnd() {
        skipWhitespace();
        int r = next();
        if (r == '.') {
            ignore();
            return this::lexTableNameStart;
        }
        if (r == ']') {
            return pop();
        }
        return errorf("expected '.' or ']' to end table name, but got %q instead", rune(r));
    }

    private State lexBareName() {
        int r = next();
        if (isBareKeyChar(r)) {
            return this::lexBareName;
        }
        backup();
        emit(ItemType.TEXT);
        return pop();
    }

    private State lexQuotedName() {
        int r = next();
        if (r == '"') {
            ignore();
            return this::lexString;
        }
        if (r == '\'') {
            ignore();
            return this::lexRawString;
        }
        if (isWhitespace(r)) {
            return skip(this::lexValue);
        }
        if (r == EOF) {
            return errorf("unexpected EOF; expected value");
        }
        return errorf("expected value but found %q instead", rune(r));
    }

    private State lexKeyStart() {
        skipWhitespace();
        int r = peek();
        if (r == '=' || r == EOF) {
            return errorf("unexpected '=': key name appears blank");
        }
        if (r == '.') {
            return errorf("unexpected '.': keys cannot start with a '.'");
        }
        if (r == '"' || r == '\'') {
            ignore();
        }
        emit(ItemType.KEY_START);
        return this::lexKeyNameStart;
    }

    private State lexKeyNameStart() {
        skipWhitespace();
        int r = peek();
        if (r == '"' || r == '\'') {
            ignore();
            push(this::lexKeyEnd);
            return this::lexQuotedName;
        }
        if (r == '=' || r == EOF) {
            return errorf("unexpected '='");
        }
        if (r == '.') {
            return errorf("unexpected '.'");
        }
        push(this::lexKeyEnd);
        return this::lexBareName;
    }

    private State lexKeyEnd() {
        skipWhitespace();
        int r = next();
        if (isWhitespace(r)) {
            return skip(this::lexKeyEnd);
        }
        if (r == EOF) {
            return errorf("unexpected EOF; expected key separator '='");
        }
        if (r == '.') {
            ignore();
            return this::lexKeyNameStart;
        }
        if (r == '=') {
            emit(ItemType.KEY_END);
            return skip(this::lexValue);
        }
        if (r == '\n') {
            return errorPrevLine(GoFmt.sprintf("expected '.' or '=', but got %q instead", List.of(rune(r))));
        }
        return errorf("expected '.' or '=', but got %q instead", rune(r));
    }

    private State lexValue() {
        int r = next();
        if (isWhitespace(r)) {
            return skip(this::lexValue);
        }
        if (isDigit(r)) {
            backup();
            return this::lexNumberOrDateStart;
        }
        switch (r) {
            case '[':
                ignore();
                emit(ItemType.ARRAY);
                return this::lexArrayValue;
            case '{':
                ignore();
                emit(ItemType.INLINE_TABLE_START);
                return this::lexInlineTableValue;
            case '"':
                if (accept('"')) {
                    if (accept('"')) {
                        ignore();
                        return this::lexMultilineString;
                    }
                    backup();
                }
                ignore();
                return this::lexString;
            case '\'':
                if (accept('\'')) {
                    if (accept('\'')) {
                        ignore();
                        return this::lexMultilineRawString;
                    }
                    backup();
                }
                ignore();
                return this::lexRawString;
            case '.':
                return errorf("floats must start with a digit, not '.'");
            case 'i':
            case 'n':
                if (accept('n') && accept('f') || accept('a') && accept('n')) {
                    emit(ItemType.FLOAT);
                    return pop();
                }
                break;
            case '-':
            case '+':
                return this::lexDecimalNumberStart;
            default:
                break;
        }
        if (Character.isLetter(r)) {
            backup();
            return this::lexBool;
        }
        if (r == EOF) {
            return errorf("unexpected EOF; expected value");
        }
        if (r == '\n') {
            return errorPrevLine(GoFmt.sprintf("expected value but found %q instead", List.of(rune(r))));
        }
        return errorf("expected value but found %q instead", rune(r));
    }

    private State lexArrayValue() {
        int r = next();
        if (isWhitespace(r) || isNl(r)) {
            return skip(this::lexArrayValue);
        }
        if (r == '#') {
            push(this::lexArrayValue);
            return this::lexCommentStart;
        }
        if (r == ',') {
            return errorf("unexpected comma");
        }
        if (r == ']') {
            return this::lexArrayEnd;
        }
        backup();
        push(this::lexArrayValueEnd);
        return this::lexValue;
    }

    private State lexArrayValueEnd() {
        int r = next();
        if (isWhitespace(r) || isNl(r)) {
            return skip(this::lexArrayValueEnd);
        }
        if (r == '#') {
            push(this::lexArrayValueEnd);
            return this::lexCommentStart;
        }
        if (r == ',') {
            ignore();
            return this::lexArrayValue;
        }
        if (r == ']') {
            return this::lexArrayEnd;
        }
        return errorf("expected a comma (',') or array terminator (']'), but got %s", runeOrEof(r));
    }

    private State lexArrayEnd() {
        ignore();
        emit(ItemType.ARRAY_END);
        return pop();
    }

    private State lexInlineTableValue() {
        int r = next();
        if (isWhitespace(r) || isNl(r)) {
            return skip(this::lexInlineTableValue);
        }
        if (r == '#') {
            push(this::lexInlineTableValue);
            return this::lexCommentStart;
        }
        if (r == ',') {
            return errorf("unexpected comma");
        }
        if (r == '}') {
            return this::lexInlineTableEnd;
        }
        backup();
        push(this::lexInlineTableValueEnd);
        return this::lexKeyStart;
    }

    private State lexInlineTableValueEnd() {
        int r = next();
        if (isWhitespace(r) || isNl(r)) {
            return skip(this::lexInlineTableValueEnd);
        }
        if (r == '#') {
            push(this::lexInlineTableValueEnd);
            return this::lexCommentStart;
        }
        if (r == ',') {
            ignore();
            skipWhitespace();
            if (peek() == '}') {
                return this::lexInlineTableValueEnd;
            }
            return this::lexInlineTableValue;
        }
        if (r == '}') {
            return this::lexInlineTableEnd;
        }
        return errorf("expected a comma or an inline table terminator '}', but got %s instead", runeOrEof(r));
    }

    private static String runeOrEof(int r) {
        return r == EOF ? "end of file" : "'" + text(r) + "'";
    }

    private State lexInlineTableEnd() {
        ignore();
        emit(ItemType.INLINE_TABLE_END);
        return pop();
    }

    private State lexString() {
        int r = next();
        if (r == EOF) {
            return errorf("unexpected EOF; expected '\"'");
        }
        if (isNl(r)) {
            return errorPrevLine("strings cannot contain newlines");
        }
        if (r == '\\') {
            push(this::lexString);
            return this::lexStringEscape;
        }
        if (r == '"') {
            backup();
            if (esc) {
                esc = false;
                emit(ItemType.STRING_ESC);
            } else {
                emit(ItemType.STRING);
            }
            next();
            ignore();
            return pop();
        }
        return this::lexString;
    }

    private State lexMultilineString() {
        int r = next();
        switch (r) {
            case EOF:
                return errorf("unexpected EOF; expected '\"\"\"'");
            case '\\':
                return this::lexMultilineStringEscape;
            case '"':
                if (accept('"')) {
                    if (accept('"')) {
                        if (peek() == '"') {
                            if (current().endsWith("\"\"\"\"\"") && !current().endsWith("\\\"\"\"\"\"")) {
                                return errorf("unexpected '\"\"\"\"\"\"'");
                            }
                            backup();
                            backup();
                            return this::lexMultilineString;
                        }
                        backup();
                        backup();
                        backup();
                        esc = false;
                        emit(ItemType.MULTILINE_STRING);
                        next();
                        next();
                        next();
                        ignore();
                        return pop();
                    }
                    backup();
                }
                return this::lexMultilineString;
            default:
                return this::lexMultilineString;
        }
    }

    private State lexRawString() {
        int r = next();
        if (r == EOF) {
            return errorf("unexpected EOF; expected \"'\"");
        }
        if (isNl(r)) {
            return errorPrevLine("strings cannot contain newlines");
        }
        if (r == '\'') {
            backup();
            emit(ItemType.RAW_STRING);
            next();
            ignore();
            return pop();
        }
        return this::lexRawString;
    }

    private State lexMultilineRawString() {
        int r = next();
        switch (r) {
            case EOF:
                return errorf("unexpected EOF; expected \"'''\"");
            case '\'':
                if (accept('\'')) {
                    if (accept('\'')) {
                        if (peek() == '\'') {
                            if (current().endsWith("'''''")) {
                                return errorf("unexpected \"''''''\"");
                            }
                            backup();
                            backup();
                            return this::lexMultilineRawString;
                        }
                        backup();
                        backup();
                        backup();
                        emit(ItemType.RAW_MULTILINE_STRING);
                        next();
                        next();
                        next();
                        ignore();
                        return pop();
                    }
                    backup();
                }
                return this::lexMultilineRawString;
            default:
                return this::lexMultilineRawString;
        }
    }

    private State lexMultilineStringEscape() {
        if (isNl(next())) {
            return this::lexMultilineString;
        }
        backup();
        push(this::lexMultilineString);
        return lexStringEscape();
    }

    private State lexStringEscape() {
        esc = true;
        int r = next();
        switch (r) {
            case 'e': case 'b': case 't': case 'n': case 'f': case 'r': case '"': case ' ': case '\t': case '\\':
                return pop();
            case 'x':
                return () -> lexHexEscape(2, "two", "x");
            case 'u':
                return () -> lexHexEscape(4, "four", "u");
            case 'U':
                return () -> lexHexEscape(8, "eight", "U");
            default:
                return error("invalid escape in string '\\" + text(r) + "'");
        }
    }

    private State lexHexEscape(int digits, String count, String letter) {
        for (int i = 0; i < digits; i++) {
            if (!isHex(next())) {
                return errorf("expected " + count + " hexadecimal digits after '\\" + letter + "', but got %q instead",
                        current());
            }
        }
        return pop();
    }

    private State lexNumberOrDateStart() {
        if (next() == '0') {
            return this::lexBaseNumberOrDate;
        }
        return this::lexNumberOrDate;
    }

    private State lexNumberOrDate() {
        int r = next();
        if (isDigit(r)) {
            return this::lexNumberOrDate;
        }
        switch (r) {
            case '-': case ':':
                return this::lexDatetime;
            case '_':
                return this::lexDecimalNumber;
            case '.': case 'e': case 'E':
                return this::lexFloat;
            default:
                backup();
                emit(ItemType.INTEGER);
                return pop();
        }
    }

    private State lexDatetime() {
        int r = next();
        if (isDigit(r) || "-:Tt .Zz+".indexOf(r) >= 0 && r != EOF) {
            return this::lexDatetime;
        }
        backup();
        emitTrim(ItemType.DATETIME);
        return pop();
    }

    private State lexBaseInteger(java.util.function.IntPredicate digit) {
        int r = next();
        if (digit.test(r) || r == '_') {
            return () -> lexBaseInteger(digit);
        }
        backup();
        emit(ItemType.INTEGER);
        return pop();
    }

    private State lexDecimalNumber() {
        int r = next();
        if (isDigit(r) || r == '_') {
            return this::lexDecimalNumber;
        }
        if (r == '.' || r == 'e' || r == 'E') {
            return this::lexFloat;
        }
        backup();
        emit(ItemType.INTEGER);
        return pop();
    }

    private State lexDecimalNumberStart() {
        int r = next();
        switch (r) {
            case 'i':
                if (!accept('n') || !accept('f')) {
                    return errorf("invalid float: '%s'", current());
                }
                emit(ItemType.FLOAT);
                return pop();
            case 'n':
                if (!accept('a') || !accept('n')) {
                    return errorf("invalid float: '%s'", current());
                }
                emit(ItemType.FLOAT);
                return pop();
            case '0':
                int p = peek();
                if (p == 'b' || p == 'o' || p == 'x') {
                    return errorf("cannot use sign with non-decimal numbers: '%s%c'", current(), (long) p);
                }
                break;
            case '.':
                return errorf("floats must start with a digit, not '.'");
            default:
                break;
        }
        if (isDigit(r)) {
            return this::lexDecimalNumber;
        }
        return errorf("expected a digit but got %q", rune(r));
    }

    private State lexBaseNumberOrDate() {
        int r = next();
        if (isDigit(r)) {
            return this::lexNumberOrDate;
        }
        switch (r) {
            case '_':
                return this::lexDecimalNumber;
            case '.': case 'e': case 'E':
                return this::lexFloat;
            case 'b':
                if (!isBinary(peek())) {
                    errorf("not a binary number: '%s%c'", current(), (long) peek());
                }
                return () -> lexBaseInteger(TomlLexer::isBinary);
            case 'o':
                if (!isOctal(peek())) {
                    errorf("not an octal number: '%s%c'", current(), (long) peek());
                }
                return () -> lexBaseInteger(TomlLexer::isOctal);
            case 'x':
                if (!isHex(peek())) {
                    errorf("not a hexadecimal number: '%s%c'", current(), (long) peek());
                }
                return () -> lexBaseInteger(TomlLexer::isHex);
            default:
                backup();
                emit(ItemType.INTEGER);
                return pop();
        }
    }

    private State lexFloat() {
        int r = next();
        if (isDigit(r) || r != EOF && "_.-+eE".indexOf(r) >= 0) {
            return this::lexFloat;
        }
        backup();
        emit(ItemType.FLOAT);
        return pop();
    }

    private State lexBool() {
        StringBuilder rs = new StringBuilder();
        while (true) {
            int r = next();
            if (!Character.isLetter(r)) {
                backup();
                break;
            }
            rs.appendCodePoint(r);
        }
        String s = rs.toString();
        if (s.equals("true") || s.equals("false")) {
            emit(ItemType.BOOL);
            return pop();
        }
        return errorf("expected value but found %q instead", s);
    }

    private State lexCommentStart() {
        ignore();
        emit(ItemType.COMMENT_START);
        return this::lexComment;
    }

    private State lexComment() {
        int r = next();
        if (isNl(r) || r == EOF) {
            backup();
            emit(ItemType.TEXT);
            return pop();
        }
        return this::lexComment;
    }

    private State skip(State nextState) {
        ignore();
        return nextState;
    }

    static boolean isWhitespace(int r) {
        return r == '\t' || r == ' ';
    }

    static boolean isNl(int r) {
        return r == '\n' || r == '\r';
    }

    private static boolean isControl(int r) {
        return r != '\t' && r != '\r' && r != '\n' && (r >= 0 && r <= 0x1f || r == 0x7f);
    }

    static boolean isDigit(int r) {
        return r >= '0' && r <= '9';
    }

    private static boolean isBinary(int r) {
        return r == '0' || r == '1';
    }

    private static boolean isOctal(int r) {
        return r >= '0' && r <= '7';
    }

    static boolean isHex(int r) {
        return r >= '0' && r <= '9' || (r | 0x20) >= 'a' && (r | 0x20) <= 'f';
    }

    private static boolean isBareKeyChar(int r) {
        return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-';
    }
}
