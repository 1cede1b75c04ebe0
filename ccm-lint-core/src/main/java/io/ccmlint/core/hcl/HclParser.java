package io.ccmlint.core.hcl;

import static io.ccmlint.core.hcl.HclTokens.*;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses HCL native syntax (HashiCorp's hclsyntax specification) into a located tree. Never
 * throws on bad input: errors come back in the result. After an error inside a top-level item the
 * parser skips to the next line that starts at column 1 with a name (the next top-level block or
 * attribute), so one mistake gives one error and the rest of the file is still parsed.
 */
public final class HclParser {
    private final HclParseState state;
    private final HclTokenCursor c;
    private final HclExpressionParser expressions;

    private HclParser(SourceFile file, HclLexer lexer, int maxDepth) {
        this.c = new HclTokenCursor(file, lexer.tokens());
        this.state = new HclParseState(c, maxDepth);
        this.expressions = new HclExpressionParser(state);
    }

    public static HclParseResult parse(SourceFile file) {
        return parse(file, HclParseState.MAX_DEPTH);
    }

    /** Parses with nesting (brackets, blocks, templates) limited to {@code maxDepth} levels. */
    public static HclParseResult parse(SourceFile file, int maxDepth) {
        HclLexer lexer = HclLexer.lex(file.text());
        HclParser parser = new HclParser(file, lexer, Math.max(1, maxDepth));
        HclBody body;
        try {
            body = parser.parseTopLevel();
        } catch (StackOverflowError e) {
            // the depth limit is for the caller's stack (a worker thread has 64 MB); a small one can still overflow
            parser.state.overflowed(file.span(0, 0));
            body = new HclBody(List.of(), file.wholeFile());
        }
        int[] raw = lexer.comments();
        List<Span> comments = new ArrayList<>(raw.length / 2);
        for (int i = 0; i < raw.length; i += 2) {
            comments.add(file.span(raw[i], raw[i + 1]));
        }
        HclFile tree = new HclFile(file, body, comments, file.wholeFile());
        return new HclParseResult(tree, parser.state.errors());
    }

    /** A file read as a template, and its syntax errors (a template with errors is not rendered). */
    public record TemplateResult(HclExpression.Template template, List<HclSyntaxError> errors) {
        public TemplateResult {
            errors = List.copyOf(errors);
        }
    }

    /**
     * Parses a whole file as a template, as Terraform's {@code templatefile} reads it: literal
     * text, {@code ${...}} interpolations and {@code %{...}} directives, with the escapes of a
     * heredoc (<code>$${</code>, <code>%%{</code>). Spans point into {@code file}.
     */
    public static TemplateResult parseTemplate(SourceFile file, int maxDepth) {
        HclParser parser = new HclParser(file, HclLexer.lexTemplate(file.text()), Math.max(1, maxDepth));
        HclExpression.Template template;
        try {
            template = parser.expressions.templates().parseTemplateFile();
        } catch (StackOverflowError e) {
            parser.state.overflowed(file.span(0, 0));
            template = new HclExpression.Template(List.of(), file.wholeFile());
        }
        return new TemplateResult(template, parser.state.errors());
    }

    private HclBody parseTopLevel() {
        List<HclBodyItem> items = new ArrayList<>();
        Map<String, Span> names = new HashMap<>();
        while (true) {
            int t = c.peek();
            int type = c.type(t);
            if (type == EOF) {
                break;
            }
            if (type == NEWLINE) {
                c.read();
                continue;
            }
            int before = c.position();
            if (type == UNTERMINATED_STRING || type == UNTERMINATED_HEREDOC) {
                c.read(); // the leftover end of a template already reported in an earlier item
                continue;
            }
            if (type == IDENT) {
                addItem(items, names, parseItem(false));
            } else {
                state.failAt(t, "expected an attribute or a block");
            }
            if (state.failed()) {
                resynchronise(before);
                state.clearFailure();
            }
        }
        return new HclBody(items, c.file.wholeFile());
    }

    /** Skips to the next name at column 1: the start of the next top-level block or attribute. */
    private void resynchronise(int itemStart) {
        if (state.tooDeep()) {
            while (c.type(c.position()) != EOF) {
                c.skipRaw(); // nothing after absurd nesting is worth reading
            }
            return;
        }
        if (c.position() == itemStart) {
            c.skipRaw();
        }
        while (true) {
            int t = c.position();
            int type = c.type(t);
            if (type == EOF || (type == IDENT && c.atLineStart(t))) {
                return;
            }
            c.skipRaw();
        }
    }

    private void addItem(List<HclBodyItem> items, Map<String, Span> names, HclBodyItem item) {
        if (item == null) {
            return;
        }
        items.add(item);
        if (item instanceof HclAttribute a && !state.failed()) {
            Span previous = names.putIfAbsent(a.name(), a.nameSpan());
            if (previous != null) {
                state.report(a.nameSpan(), "attribute '" + a.name() + "' is already defined at "
                        + c.at(previous.start()));
            }
        }
    }

    /** At an identifier in a body: an attribute or a block. Null when nothing usable was read. */
    private HclBodyItem parseItem(boolean oneLine) {
        int name = c.read();
        int next = c.peek();
        return switch (c.type(next)) {
            case EQUAL -> parseAttribute(name, oneLine);
            case O_QUOTE, O_BRACE, IDENT -> oneLine ? oneLineBlockError(name) : parseBlock(name);
            default -> {
                state.failAt(next, "expected '=' or a block after '" + c.text(name) + "'");
                yield null;
            }
        };
    }

    private HclBodyItem oneLineBlockError(int name) {
        state.fail(c.tokenSpan(name), "a one-line block can only hold a single attribute: put the block '"
                + c.text(name) + "' on a line of its own");
        return null;
    }

    private HclAttribute parseAttribute(int name, boolean oneLine) {
        int equals = c.read();
        HclExpression value = expressions.parseExpression();
        HclAttribute attribute = new HclAttribute(c.text(name), c.tokenSpan(name), c.tokenSpan(equals), value,
                c.span(c.start(name), state.failed() ? c.prevEnd() : value.span().end()));
        if (state.failed() || oneLine) {
            return attribute;
        }
        int end = c.peek();
        switch (c.type(end)) {
            case NEWLINE -> c.read();
            case EOF -> { }
            case COMMA -> state.fail(c.tokenSpan(end), "unexpected ',' after the value of '" + c.text(name)
                    + "': attributes are separated by line breaks, not commas");
            default -> state.failAt(end, "expected a line break after the value of '" + c.text(name) + "'");
        }
        return attribute;
    }

    private HclBlock parseBlock(int typeToken) {
        List<HclLabel> labels = new ArrayList<>();
        String type = c.text(typeToken);
        while (true) {
            int t = c.peek();
            int tt = c.type(t);
            if (tt == O_BRACE) {
                break;
            }
            if (tt == O_QUOTE) {
                labels.add(expressions.templates().parseLabel());
                if (state.failed()) {
                    return brokenBlock(typeToken, labels);
                }
            } else if (tt == IDENT) {
                c.read();
                labels.add(new HclLabel(c.text(t), false, c.tokenSpan(t)));
            } else {
                state.failAt(t, tt == NEWLINE
                        ? "expected '{' on the same line as the block header '" + type + "'"
                        : "expected a label or '{' after the block type '" + type + "'");
                return brokenBlock(typeToken, labels);
            }
        }
        int open = c.read();
        if (!state.enter(open)) {
            return brokenBlock(typeToken, labels);
        }
        try {
            return finishBlock(typeToken, labels, open);
        } finally {
            state.leave();
        }
    }

    private HclBlock finishBlock(int typeToken, List<HclLabel> labels, int open) {
        String type = c.text(typeToken);
        int first = c.peek();
        HclBody body;
        int ft = c.type(first);
        if (ft == NEWLINE || ft == EOF || ft == C_BRACE) {
            body = parseNestedBody(open);
        } else {
            body = parseOneLineBody(typeToken, open);
        }
        if (state.failed()) {
            Span here = c.span(c.prevEnd(), c.prevEnd());
            return new HclBlock(type, c.tokenSpan(typeToken), labels, body, c.tokenSpan(open), here,
                    c.span(c.start(typeToken), c.prevEnd()));
        }
        int close = c.read(); // the '}' checked by the body parsers
        int eol = c.peek();
        switch (c.type(eol)) {
            case NEWLINE -> c.read();
            case EOF -> { }
            default -> state.failAt(eol, "expected a line break after the '}' closing the block '" + type + "'");
        }
        return new HclBlock(type, c.tokenSpan(typeToken), labels, body, c.tokenSpan(open), c.tokenSpan(close),
                c.span(c.start(typeToken), c.end(close)));
    }

    /** Items up to the closing brace (which is left unread). */
    private HclBody parseNestedBody(int open) {
        List<HclBodyItem> items = new ArrayList<>();
        Map<String, Span> names = new HashMap<>();
        while (true) {
            int t = c.peek();
            switch (c.type(t)) {
                case NEWLINE -> c.read();
                case C_BRACE -> {
                    return new HclBody(items, c.span(c.end(open), c.start(t)));
                }
                case EOF -> {
                    state.failAt(t, "expected '}' to close the block opened at " + c.at(c.start(open)));
                    return new HclBody(items, c.span(c.end(open), c.start(t)));
                }
                case IDENT -> {
                    addItem(items, names, parseItem(false));
                    if (state.failed()) {
                        return new HclBody(items, c.span(c.end(open), c.prevEnd()));
                    }
                }
                default -> {
                    state.failAt(t, "expected an attribute, a block or '}'");
                    return new HclBody(items, c.span(c.end(open), c.start(t)));
                }
            }
        }
    }

    /** {@code b { a = 1 }}: one attribute, closed on the same line. */
    private HclBody parseOneLineBody(int typeToken, int open) {
        List<HclBodyItem> items = new ArrayList<>();
        int name = c.peek();
        if (c.type(name) != IDENT) {
            state.failAt(name, "expected an attribute or a line break after '{'");
            return new HclBody(items, c.span(c.end(open), c.start(name)));
        }
        HclBodyItem item = parseItem(true);
        if (item != null) {
            items.add(item);
        }
        if (state.failed()) {
            return new HclBody(items, c.span(c.end(open), c.prevEnd()));
        }
        int close = c.peek();
        switch (c.type(close)) {
            case C_BRACE -> { }
            case COMMA -> state.failAt(close, "a one-line block can only hold a single attribute");
            case NEWLINE -> state.failAt(close, "expected '}' on the same line to close the one-line block '"
                    + c.text(typeToken) + "'");
            default -> state.failAt(close, "expected '}' to close the block opened at " + c.at(c.start(open)));
        }
        return new HclBody(items, c.span(c.end(open), c.start(close)));
    }

    private HclBlock brokenBlock(int typeToken, List<HclLabel> labels) {
        Span here = c.span(c.prevEnd(), c.prevEnd());
        return new HclBlock(c.text(typeToken), c.tokenSpan(typeToken), labels, new HclBody(List.of(), here), here, here,
                c.span(c.start(typeToken), c.prevEnd()));
    }
}
