package io.ccmlint.core.hcl;

import static io.ccmlint.core.hcl.HclTokens.*;

import io.ccmlint.core.hcl.HclExpression.*;
import io.ccmlint.core.source.Span;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive descent over expressions, mirroring HashiCorp's parser so that trees and source
 * ranges agree: conditional, then binary operators by precedence climbing (left-associative),
 * then unary operators, terms and traversals ({@code .attr}, {@code [key]}, {@code .0}, splats).
 */
final class HclExpressionParser {
    private final HclParseState state;
    private final HclTokenCursor c;
    private final HclTemplateParser templates;

    HclExpressionParser(HclParseState state) {
        this.state = state;
        this.c = state.cursor;
        this.templates = new HclTemplateParser(state, this);
    }

    HclTemplateParser templates() {
        return templates;
    }

    HclExpression parseExpression() {
        HclExpression cond = parseBinary(1);
        if (state.failed() || c.peekType() != QUESTION) {
            return cond;
        }
        int question = c.read();
        HclExpression whenTrue = parseExpression();
        if (state.failed()) {
            return cond;
        }
        int colon = c.peek();
        if (c.type(colon) != COLON) {
            state.failAt(colon, "expected ':' after the true result of the conditional '?' at " + c.at(c.start(question)));
            return cond;
        }
        c.read();
        HclExpression whenFalse = parseExpression();
        if (state.failed()) {
            return cond;
        }
        return new Conditional(cond, whenTrue, whenFalse, c.span(cond.span().start(), whenFalse.span().end()));
    }

    private HclExpression parseBinary(int minPrecedence) {
        HclExpression left = parseOperand();
        while (!state.failed()) {
            int opToken = c.peek();
            HclOperator op = binaryOperator(c.type(opToken));
            if (op == null || op.precedence() < minPrecedence) {
                break;
            }
            c.read();
            HclExpression right = parseBinary(op.precedence() + 1);
            left = new Binary(left, op, c.tokenSpan(opToken), right, c.span(left.span().start(), right.span().end()));
        }
        return left;
    }

    private static HclOperator binaryOperator(int type) {
        return switch (type) {
            case OR -> HclOperator.OR;
            case AND -> HclOperator.AND;
            case EQ_OP -> HclOperator.EQUAL;
            case NE_OP -> HclOperator.NOT_EQUAL;
            case LT -> HclOperator.LESS;
            case GT -> HclOperator.GREATER;
            case LE -> HclOperator.LESS_OR_EQUAL;
            case GE -> HclOperator.GREATER_OR_EQUAL;
            case PLUS -> HclOperator.ADD;
            case MINUS -> HclOperator.SUBTRACT;
            case STAR -> HclOperator.MULTIPLY;
            case SLASH -> HclOperator.DIVIDE;
            case PERCENT -> HclOperator.MODULO;
            default -> null;
        };
    }

    /** A term with its traversals: the operand of unary and binary operators. */
    private HclExpression parseOperand() {
        HclExpression term = parseTerm();
        return state.failed() ? term : parseTraversals(term);
    }

    private HclExpression parseTerm() {
        int t = c.peek();
        if (!state.enter(t)) {
            return invalidAt(t);
        }
        try {
            return switch (c.type(t)) {
                case O_PAREN -> parseParens();
                case NUMBER -> number(c.read());
                case IDENT -> identifierTerm(c.read());
                case O_QUOTE -> templates.parseQuoted();
                case O_HEREDOC -> templates.parseHeredoc();
                case MINUS, BANG -> unary(c.read());
                case O_BRACK -> parseTuple();
                case O_BRACE -> parseObject();
                default -> {
                    state.failAt(t, "expected an expression");
                    yield invalidAt(t);
                }
            };
        } finally {
            state.leave();
        }
    }

    private Invalid invalidAt(int token) {
        return new Invalid(c.tokenSpan(token));
    }

    private HclExpression parseParens() {
        int open = c.read();
        c.pushNewlines(false);
        try {
            HclExpression inner = parseExpression();
            if (state.failed()) {
                return inner;
            }
            int close = c.peek();
            if (c.type(close) != C_PAREN) {
                state.failAt(close, "expected ')' to close the '(' at " + c.at(c.start(open)));
                return inner;
            }
            c.read();
            return new Parens(inner, c.span(c.start(open), c.end(close)));
        } finally {
            c.popNewlines();
        }
    }

    NumberLiteral number(int token) {
        String s = c.text(token);
        BigDecimal value = parseNumber(s);
        if (value == null) {
            state.report(c.tokenSpan(token), "invalid number literal '" + s + "'");
            value = BigDecimal.ZERO;
        }
        return new NumberLiteral(value, c.tokenSpan(token));
    }

    /** digits ("." digits)? (("e"|"E") ("+"|"-")? digits)?; null when the token is anything else. */
    private static BigDecimal parseNumber(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i < n && s.charAt(i) == '.') {
            int f = ++i;
            while (i < n && isAsciiDigit(s.charAt(i))) {
                i++;
            }
            if (i == f) {
                return null;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int e = i;
            while (i < n && isAsciiDigit(s.charAt(i))) {
                i++;
            }
            if (i == e) {
                return null;
            }
        }
        if (i != n) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException | ArithmeticException e) {
            return null; // exponent out of range
        }
    }

    private static boolean isAsciiDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private HclExpression identifierTerm(int token) {
        int next = c.peekType();
        if (next == O_PAREN || next == DCOLON) {
            return parseFunctionCall(token);
        }
        Span span = c.tokenSpan(token);
        if (c.textIs(token, "true")) {
            return new BoolLiteral(true, span);
        }
        if (c.textIs(token, "false")) {
            return new BoolLiteral(false, span);
        }
        if (c.textIs(token, "null")) {
            return new NullLiteral(span);
        }
        return new Variable(c.text(token), span);
    }

    private HclExpression unary(int opToken) {
        HclOperator op = c.type(opToken) == MINUS ? HclOperator.NEGATE : HclOperator.NOT;
        // the operand is a term with traversals, not a binary expression: -a+b is (-a)+b
        HclExpression operand = parseOperand();
        return new Unary(op, c.tokenSpan(opToken), operand, c.span(c.start(opToken), operand.span().end()));
    }

    private HclExpression parseFunctionCall(int nameToken) {
        StringBuilder name = new StringBuilder(c.text(nameToken));
        int nameEnd = c.end(nameToken);
        while (c.peekType() == DCOLON) {
            c.read();
            int part = c.peek();
            if (c.type(part) != IDENT) {
                state.failAt(part, "expected a function name after '::'");
                return invalidAt(part);
            }
            c.read();
            name.append("::").append(c.text(part));
            nameEnd = c.end(part);
        }
        int open = c.peek();
        if (c.type(open) != O_PAREN) {
            state.failAt(open, "expected '(' after the function name '" + name + "'");
            return invalidAt(open);
        }
        c.read();
        List<HclExpression> args = new ArrayList<>();
        List<Span> commas = new ArrayList<>();
        boolean expand = false;
        c.pushNewlines(false);
        try {
            while (true) {
                int t = c.peek();
                if (c.type(t) == C_PAREN) {
                    break;
                }
                HclExpression arg = parseExpression();
                args.add(arg);
                if (state.failed()) {
                    return partialCall(name, nameToken, nameEnd, args, commas, open);
                }
                int sep = c.peek();
                int type = c.type(sep);
                if (type == C_PAREN) {
                    break;
                }
                if (type == ELLIPSIS) {
                    c.read();
                    expand = true;
                    int close = c.peek();
                    if (c.type(close) != C_PAREN) {
                        state.failAt(close, "expected ')' right after '...' in the call to '" + name + "'");
                        return partialCall(name, nameToken, nameEnd, args, commas, open);
                    }
                    break;
                }
                if (type != COMMA) {
                    if (type == EOF) {
                        state.failAt(sep, "expected ')' to close the call to '" + name + "' opened at " + c.at(c.start(open)));
                    } else {
                        state.failAt(sep, "expected ',' or ')' after an argument of '" + name + "'");
                    }
                    return partialCall(name, nameToken, nameEnd, args, commas, open);
                }
                c.read();
                commas.add(c.tokenSpan(sep));
            }
            int close = c.read();
            return new FunctionCall(name.toString(), c.span(c.start(nameToken), nameEnd), args, commas, expand,
                    c.tokenSpan(open), c.tokenSpan(close), c.span(c.start(nameToken), c.end(close)));
        } finally {
            c.popNewlines();
        }
    }

    private FunctionCall partialCall(CharSequence name, int nameToken, int nameEnd, List<HclExpression> args,
                                     List<Span> commas, int open) {
        Span end = c.span(c.prevEnd(), c.prevEnd());
        return new FunctionCall(name.toString(), c.span(c.start(nameToken), nameEnd), args, commas, false,
                c.tokenSpan(open), end, c.span(c.start(nameToken), c.prevEnd()));
    }

    private HclExpression parseTuple() {
        int open = c.read();
        c.pushNewlines(false);
        try {
            if (isKeyword(c.peek(), "for")) {
                return parseFor(open, false);
            }
            List<HclExpression> elements = new ArrayList<>();
            List<Span> commas = new ArrayList<>();
            while (true) {
                int t = c.peek();
                if (c.type(t) == C_BRACK) {
                    break;
                }
                HclExpression e = parseExpression();
                elements.add(e);
                if (state.failed()) {
                    return partialTuple(elements, commas, open);
                }
                int sep = c.peek();
                if (c.type(sep) == C_BRACK) {
                    break;
                }
                if (c.type(sep) != COMMA) {
                    if (c.type(sep) == EOF) {
                        state.failAt(sep, "expected ']' to close the tuple opened at " + c.at(c.start(open)));
                    } else {
                        state.failAt(sep, "expected ',' or ']' after an element of the tuple opened at " + c.at(c.start(open)));
                    }
                    return partialTuple(elements, commas, open);
                }
                c.read();
                commas.add(c.tokenSpan(sep));
            }
            int close = c.read();
            return new TupleCons(elements, commas, c.tokenSpan(open), c.tokenSpan(close), c.span(c.start(open), c.end(close)));
        } finally {
            c.popNewlines();
        }
    }

    private TupleCons partialTuple(List<HclExpression> elements, List<Span> commas, int open) {
        return new TupleCons(elements, commas, c.tokenSpan(open), c.span(c.prevEnd(), c.prevEnd()),
                c.span(c.start(open), c.prevEnd()));
    }

    private HclExpression parseObject() {
        int open = c.read();
        c.pushNewlines(false);
        boolean isFor = isKeyword(c.peek(), "for");
        c.popNewlines();
        if (isFor) {
            c.pushNewlines(false);
            try {
                return parseFor(open, true);
            } finally {
                c.popNewlines();
            }
        }
        c.pushNewlines(true);
        try {
            return parseObjectItems(open);
        } finally {
            c.popNewlines();
        }
    }

    private HclExpression parseObjectItems(int open) {
        List<ObjectItem> items = new ArrayList<>();
        while (true) {
            int t = c.peek();
            if (c.type(t) == NEWLINE) {
                c.read();
                continue;
            }
            if (c.type(t) == C_BRACE) {
                break;
            }
            HclExpression key = parseExpression();
            if (state.failed()) {
                return partialObject(items, open);
            }
            int assign = c.peek();
            if (c.type(assign) != EQUAL && c.type(assign) != COLON) {
                if (c.type(assign) == EOF) {
                    state.failAt(assign, "expected '}' to close the object opened at " + c.at(c.start(open)));
                } else {
                    state.failAt(assign, "expected '=' or ':' after the object key '" + key.sourceText() + "'");
                }
                return partialObject(items, open);
            }
            c.read();
            HclExpression value = parseExpression();
            if (state.failed()) {
                items.add(new ObjectItem(key, c.tokenSpan(assign), value, null, c.span(key.span().start(), c.prevEnd())));
                return partialObject(items, open);
            }
            Span itemSpan = c.span(key.span().start(), value.span().end());
            int sep = c.peek();
            int type = c.type(sep);
            if (type == C_BRACE) {
                items.add(new ObjectItem(key, c.tokenSpan(assign), value, null, itemSpan));
                break;
            }
            if (type != COMMA && type != NEWLINE) {
                items.add(new ObjectItem(key, c.tokenSpan(assign), value, null, itemSpan));
                if (type == EOF) {
                    state.failAt(sep, "expected '}' to close the object opened at " + c.at(c.start(open)));
                } else {
                    state.failAt(sep, "expected a line break, ',' or '}' after the value of '" + key.sourceText() + "'");
                }
                return partialObject(items, open);
            }
            c.read();
            items.add(new ObjectItem(key, c.tokenSpan(assign), value, type == COMMA ? c.tokenSpan(sep) : null, itemSpan));
        }
        int close = c.read();
        return new ObjectCons(items, c.tokenSpan(open), c.tokenSpan(close), c.span(c.start(open), c.end(close)));
    }

    private ObjectCons partialObject(List<ObjectItem> items, int open) {
        return new ObjectCons(items, c.tokenSpan(open), c.span(c.prevEnd(), c.prevEnd()), c.span(c.start(open), c.prevEnd()));
    }

    private boolean isKeyword(int token, String word) {
        return c.type(token) == IDENT && c.textIs(token, word);
    }

    /** After '[' or '{' when the next word is "for"; newlines are already insignificant. */
    private HclExpression parseFor(int open, boolean object) {
        String closer = object ? "}" : "]";
        int closeType = object ? C_BRACE : C_BRACK;
        c.read(); // "for"
        int first = c.peek();
        if (c.type(first) != IDENT) {
            state.failAt(first, "expected a variable name after 'for'");
            return invalidAt(first);
        }
        c.read();
        int keyVar = -1;
        int valueVar = first;
        if (c.peekType() == COMMA) {
            c.read();
            int second = c.peek();
            if (c.type(second) != IDENT) {
                state.failAt(second, "expected a second variable name after ',' in the 'for' expression");
                return invalidAt(second);
            }
            c.read();
            keyVar = first;
            valueVar = second;
        }
        int in = c.peek();
        if (!isKeyword(in, "in")) {
            state.failAt(in, "expected 'in' after the variable names of the 'for' expression");
            return invalidAt(in);
        }
        c.read();
        HclExpression collection = parseExpression();
        if (state.failed()) {
            return collection;
        }
        int colon = c.peek();
        if (c.type(colon) != COLON) {
            state.failAt(colon, "expected ':' after the collection of the 'for' expression");
            return invalidAt(colon);
        }
        c.read();
        HclExpression keyExpr = null;
        HclExpression valueExpr = parseExpression();
        if (state.failed()) {
            return valueExpr;
        }
        int arrow = c.peek();
        if (c.type(arrow) == FAT_ARROW) {
            c.read();
            keyExpr = valueExpr;
            valueExpr = parseExpression();
            if (state.failed()) {
                return valueExpr;
            }
        }
        int ellipsis = c.peek();
        boolean grouping = c.type(ellipsis) == ELLIPSIS;
        if (grouping) {
            c.read();
        }
        HclExpression condition = null;
        if (isKeyword(c.peek(), "if")) {
            c.read();
            condition = parseExpression();
            if (state.failed()) {
                return condition;
            }
        }
        int close = c.peek();
        if (c.type(close) != closeType) {
            state.failAt(close, "expected '" + closer + "' to close the 'for' expression opened at " + c.at(c.start(open)));
            return invalidAt(close);
        }
        c.read();
        Span span = c.span(c.start(open), c.end(close));
        if (!object && keyExpr != null) {
            state.report(c.tokenSpan(arrow), "a tuple 'for' expression [...] has no key: remove '=>' or use {...}");
        }
        if (!object && grouping) {
            state.report(c.tokenSpan(ellipsis), "the grouping '...' only works in an object 'for' expression {...}");
        }
        if (object && keyExpr == null) {
            state.report(valueExpr.span(), "an object 'for' expression needs a key: write 'key => value'");
        }
        return new ForExpr(object, keyVar < 0 ? null : c.text(keyVar), keyVar < 0 ? null : c.tokenSpan(keyVar),
                c.text(valueVar), c.tokenSpan(valueVar), collection, keyExpr, valueExpr, grouping, condition,
                c.tokenSpan(open), c.tokenSpan(close), span);
    }

    /** Attribute access, indexes and splats after a term. */
    HclExpression parseTraversals(HclExpression from) {
        HclExpression ret = from;
        int start = from.span().start();
        while (!state.failed()) {
            int t = c.peek();
            int type = c.type(t);
            if (type == DOT) {
                c.read();
                int name = c.peek();
                switch (c.type(name)) {
                    case IDENT -> {
                        c.read();
                        ret = new GetAttr(ret, c.text(name), c.tokenSpan(name), c.span(start, c.end(name)));
                    }
                    case NUMBER -> ret = new Index(ret, legacyIndexKey(c.read()), true, c.span(start, c.end(name)));
                    case STAR -> ret = attributeSplat(ret, start, t, c.read());
                    default -> state.failAt(name, "expected an attribute name after '.'");
                }
            } else if (type == O_BRACK) {
                c.read();
                if (c.peekType() == STAR) {
                    return fullSplat(ret, start, t);
                }
                ret = index(ret, start, t);
            } else {
                break;
            }
        }
        return ret;
    }

    private NumberLiteral legacyIndexKey(int token) {
        if (c.text(token).indexOf('.') >= 0) {
            String[] parts = c.text(token).split("\\.", 2);
            state.report(c.tokenSpan(token), "legacy index syntax cannot chain two indexes: write [" + parts[0] + "]["
                    + parts[1] + "] instead of ." + c.text(token));
            return new NumberLiteral(BigDecimal.ZERO, c.tokenSpan(token));
        }
        return number(token);
    }

    /** {@code .*} followed by attribute names (and legacy {@code .0} indexes) only. */
    private HclExpression attributeSplat(HclExpression source, int start, int dot, int star) {
        HclExpression each = new SplatItem(c.span(c.start(dot), c.end(star)));
        int last = c.end(star);
        while (c.peekType() == DOT) {
            c.read();
            int name = c.peek();
            int type = c.type(name);
            if (type == IDENT) {
                c.read();
                each = new GetAttr(each, c.text(name), c.tokenSpan(name), c.span(c.start(dot), c.end(name)));
            } else if (type == NUMBER) {
                each = new Index(each, legacyIndexKey(c.read()), true, c.span(c.start(dot), c.end(name)));
            } else if (type == STAR) {
                state.failAt(name, "a splat '*' cannot be nested inside the attribute splat '.*'");
                break;
            } else {
                state.failAt(name, "expected an attribute name after '.'");
                break;
            }
            last = c.end(name);
        }
        return new Splat(source, each, false, c.span(c.start(dot), c.end(star)), c.span(start, last));
    }

    /** {@code [*]} takes every following traversal step into its per-element expression. */
    private HclExpression fullSplat(HclExpression source, int start, int open) {
        c.read(); // '*'
        int close = c.peek();
        if (c.type(close) != C_BRACK) {
            state.failAt(close, "expected ']' after '[*'");
            return source;
        }
        c.read();
        Span marker = c.span(c.start(open), c.end(close));
        if (!state.enter(close)) {
            return source;
        }
        try {
            HclExpression each = parseTraversals(new SplatItem(marker));
            return new Splat(source, each, true, marker, c.span(start, each.span().end()));
        } finally {
            state.leave();
        }
    }

    private HclExpression index(HclExpression collection, int start, int open) {
        c.pushNewlines(false);
        try {
            HclExpression key = parseExpression();
            if (state.failed()) {
                return collection;
            }
            int close = c.peek();
            if (c.type(close) != C_BRACK) {
                state.failAt(close, "expected ']' to close the index '[' at " + c.at(c.start(open)));
                return collection;
            }
            c.read();
            return new Index(collection, key, false, c.span(start, c.end(close)));
        } finally {
            c.popNewlines();
        }
    }
}
