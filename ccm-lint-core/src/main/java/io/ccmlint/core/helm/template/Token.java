package io.ccmlint.core.helm.template;

/** One lexer item: kind, start offset (chars), text, and Go's line number of its start. */
record Token(TokenKind kind, int pos, String val, int line) {
    /** As Go's item.String() shows a token in "unexpected ..." errors. */
    String describe() {
        if (kind == TokenKind.EOF) {
            return "EOF";
        }
        if (kind == TokenKind.ERROR) {
            return val;
        }
        if (kind.isKeyword()) {
            return "<" + val + ">";
        }
        if (val.codePointCount(0, val.length()) > 10) {
            return GoStrconv.quote(val.substring(0, val.offsetByCodePoints(0, 10)), false) + "...";
        }
        return GoStrconv.quote(val, false);
    }
}
