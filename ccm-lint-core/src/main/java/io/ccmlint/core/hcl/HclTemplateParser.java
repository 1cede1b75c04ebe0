package io.ccmlint.core.hcl;

import static io.ccmlint.core.hcl.HclTokens.*;

import io.ccmlint.core.hcl.HclExpression.Heredoc;
import io.ccmlint.core.hcl.HclExpression.Template;
import io.ccmlint.core.hcl.HclTemplateBuilder.Kind;
import io.ccmlint.core.hcl.HclTemplateBuilder.Piece;

import java.util.ArrayList;
import java.util.List;

/** Reads quoted templates and heredocs into flat pieces and hands them to {@link HclTemplateBuilder}. */
final class HclTemplateParser {
    private final HclParseState state;
    private final HclTokenCursor c;
    private final HclExpressionParser expressions;

    HclTemplateParser(HclParseState state, HclExpressionParser expressions) {
        this.state = state;
        this.c = state.cursor;
        this.expressions = expressions;
    }

    /** At an opening quote. */
    HclExpression parseQuoted() {
        int open = c.read();
        Template simple = simpleString(open);
        if (simple != null) {
            return simple;
        }
        List<Piece> pieces = new ArrayList<>();
        while (!state.failed()) {
            int t = c.read();
            switch (c.type(t)) {
                case QUOTED_LIT -> pieces.add(text(t, true));
                case TEMPLATE_INTERP -> pieces.add(interpolation(t));
                case TEMPLATE_CONTROL -> directive(t, pieces);
                case C_QUOTE -> {
                    return new Template(HclTemplateBuilder.build(pieces, false, state), c.span(c.start(open), c.end(t)));
                }
                case UNTERMINATED_STRING -> state.fail(c.span(c.start(open), c.start(t)),
                        "unterminated string: no closing '\"' on the line of the string started at " + c.at(c.start(open)));
                default -> state.failAt(t, "expected '\"' to close the string started at " + c.at(c.start(open)));
            }
        }
        return new Template(List.of(), c.span(c.start(open), c.prevEnd()));
    }

    /** Fast path for the common {@code "text"} and {@code ""}: no pieces, no builder. */
    private Template simpleString(int open) {
        int next = c.peek();
        if (c.type(next) == C_QUOTE) {
            c.read();
            return new Template(List.of(), c.span(c.start(open), c.end(next)));
        }
        if (c.type(next) != QUOTED_LIT || c.type(next + 1) != C_QUOTE) {
            return null;
        }
        c.read();
        int close = c.read();
        String value = HclStrings.unescape(c.text, c.start(next), c.end(next), true, state);
        return new Template(List.of(new HclTemplatePart.Text(value, c.tokenSpan(next))), c.span(c.start(open), c.end(close)));
    }

    /** At {@code <<EOF} or {@code <<-EOF}. */
    HclExpression parseHeredoc() {
        int open = c.read();
        boolean flush = c.text.charAt(c.start(open) + 2) == '-';
        String marker = c.text.substring(c.start(open) + (flush ? 3 : 2), c.end(open));
        int bodyStart = c.text.indexOf('\n', c.end(open)) + 1;
        List<Piece> pieces = new ArrayList<>();
        while (!state.failed()) {
            int t = c.read();
            switch (c.type(t)) {
                case STRING_LIT -> pieces.add(text(t, false));
                case TEMPLATE_INTERP -> pieces.add(interpolation(t));
                case TEMPLATE_CONTROL -> directive(t, pieces);
                case C_HEREDOC -> {
                    int bodyEnd = c.text.lastIndexOf('\n', c.start(t)) + 1;
                    return new Heredoc(marker, flush, HclTemplateBuilder.build(pieces, flush, state),
                            c.span(bodyStart, Math.max(bodyStart, bodyEnd)), c.span(c.start(open), c.end(t)));
                }
                case UNTERMINATED_HEREDOC -> state.fail(c.tokenSpan(open), unterminatedHeredoc(open, marker));
                default -> state.failAt(t, "expected the closing marker " + marker + " of the heredoc started at "
                        + c.at(c.start(open)));
            }
        }
        return new Heredoc(marker, flush, List.of(), c.span(bodyStart, Math.max(bodyStart, c.prevEnd())),
                c.span(c.start(open), c.prevEnd()));
    }

    /**
     * A whole file lexed as a template ({@link HclLexer#lexTemplate}): its text, interpolations and
     * directives, escapes as in a heredoc; the span is the whole file.
     */
    Template parseTemplateFile() {
        List<Piece> pieces = new ArrayList<>();
        while (!state.failed()) {
            int t = c.read();
            switch (c.type(t)) {
                case STRING_LIT -> pieces.add(text(t, false));
                case TEMPLATE_INTERP -> pieces.add(interpolation(t));
                case TEMPLATE_CONTROL -> directive(t, pieces);
                case UNTERMINATED_HEREDOC, EOF -> {
                    return new Template(HclTemplateBuilder.build(pieces, false, state), c.file.wholeFile());
                }
                default -> state.failAt(t, "unexpected text in the template");
            }
        }
        return new Template(List.of(), c.file.wholeFile());
    }

    private String unterminatedHeredoc(int open, String marker) {
        String head = (c.text.charAt(c.start(open) + 2) == '-' ? "<<-" : "<<") + marker;
        String where = head + " started at " + c.at(c.start(open));
        String rest = c.text.substring(c.text.lastIndexOf('\n') + 1).strip();
        if (rest.equals(marker)) {
            return "unterminated heredoc " + where + ": its closing marker must be followed by a line break";
        }
        return "unterminated heredoc " + where;
    }

    /** A block label: a quoted string without interpolation or directives. */
    HclLabel parseLabel() {
        HclExpression e = parseQuoted();
        if (state.failed()) {
            return new HclLabel("", true, e.span());
        }
        Template t = (Template) e;
        if (!t.isLiteral()) {
            state.report(t.span(), "a block label cannot contain '${' or '%{' sequences: write $${ or %%{ for the literal text");
        }
        StringBuilder sb = new StringBuilder();
        for (HclTemplatePart p : t.parts()) {
            if (p instanceof HclTemplatePart.Text text) {
                sb.append(text.value());
            }
        }
        return new HclLabel(sb.toString(), true, t.span());
    }

    private Piece text(int token, boolean quoted) {
        Piece p = new Piece(Kind.TEXT, c.start(token), c.end(token));
        p.value = HclStrings.unescape(c.text, c.start(token), c.end(token), quoted, state);
        return p;
    }

    private Piece interpolation(int open) {
        c.pushNewlines(false);
        try {
            HclExpression expr = expressions.parseExpression();
            Piece p;
            int close = c.peek();
            if (!state.failed() && c.type(close) != TEMPLATE_SEQ_END) {
                state.failAt(close, "expected '}' to close the '${' at " + c.at(c.start(open)));
            }
            if (state.failed()) {
                p = new Piece(Kind.INTERP, c.start(open), c.prevEnd());
            } else {
                c.read();
                p = new Piece(Kind.INTERP, c.start(open), c.end(close));
                p.stripAfter = c.end(close) - c.start(close) == 2;
            }
            p.expr = expr;
            p.stripBefore = c.end(open) - c.start(open) == 3;
            return p;
        } finally {
            c.popNewlines();
        }
    }

    private void directive(int open, List<Piece> pieces) {
        c.pushNewlines(false);
        try {
            int kw = c.peek();
            if (c.type(kw) != IDENT) {
                state.failAt(kw, "expected a template directive (if, else, endif, for or endfor) after '%{'");
                return;
            }
            c.read();
            Piece p;
            String word = c.text(kw);
            switch (word) {
                case "if" -> {
                    HclExpression cond = expressions.parseExpression();
                    p = piece(Kind.IF, open);
                    p.expr = cond;
                }
                case "else" -> p = piece(Kind.ELSE, open);
                case "endif" -> p = piece(Kind.ENDIF, open);
                case "endfor" -> p = piece(Kind.ENDFOR, open);
                case "for" -> p = forDirective(open);
                default -> {
                    state.fail(c.tokenSpan(kw), "unknown template directive '" + word
                            + "': expected if, else, endif, for or endfor");
                    return;
                }
            }
            if (state.failed()) {
                return;
            }
            int close = c.peek();
            if (c.type(close) != TEMPLATE_SEQ_END) {
                state.failAt(close, "expected '}' to close the '%{ " + word + "' at " + c.at(c.start(open)));
                return;
            }
            c.read();
            Piece done = new Piece(p.kind, c.start(open), c.end(close));
            done.expr = p.expr;
            done.keyVar = p.keyVar;
            done.valueVar = p.valueVar;
            done.stripBefore = c.end(open) - c.start(open) == 3;
            done.stripAfter = c.end(close) - c.start(close) == 2;
            pieces.add(done);
        } finally {
            c.popNewlines();
        }
    }

    private Piece piece(Kind kind, int open) {
        return new Piece(kind, c.start(open), c.prevEnd());
    }

    private Piece forDirective(int open) {
        Piece p = piece(Kind.FOR, open);
        int first = c.peek();
        if (c.type(first) != IDENT) {
            state.failAt(first, "expected a variable name after '%{ for'");
            return p;
        }
        c.read();
        p.valueVar = c.text(first);
        if (c.peekType() == COMMA) {
            c.read();
            int second = c.peek();
            if (c.type(second) != IDENT) {
                state.failAt(second, "expected a second variable name after ',' in '%{ for'");
                return p;
            }
            c.read();
            p.keyVar = p.valueVar;
            p.valueVar = c.text(second);
        }
        int in = c.peek();
        if (!(c.type(in) == IDENT && c.textIs(in, "in"))) {
            state.failAt(in, "expected 'in' after the variable names of '%{ for'");
            return p;
        }
        c.read();
        p.expr = expressions.parseExpression();
        return p;
    }
}
