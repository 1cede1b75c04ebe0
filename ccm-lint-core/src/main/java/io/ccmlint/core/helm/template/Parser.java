package io.ccmlint.core.helm.template;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Go's template parser (text/template/parse/parse.go): one file's text to the trees it defines, its
 * own and one per {@code define}/{@code block}, with Go's error messages. One instance parses one
 * tree; a {@code define} gets its own instance sharing the lexer, as in Go.
 */
final class Parser {
    /**
     * How deep parentheses and control structures may nest. Go allows 10000 parentheses (1000 on
     * WebAssembly) and unbounded control nesting; parsing and executing recurse on a default JVM
     * thread stack, which needs a bound well below that. Real charts nest a dozen levels at most.
     */
    static final int MAX_NESTING = 200;

    /** A parse error: Go's message and the offending token's span. */
    static final class Failure extends Exception {
        final Span span;

        Failure(String message, Span span) {
            super(message, null, false, false);
            this.span = span;
        }
    }

    /** What all the trees of one parse share. */
    private static final class Shared {
        final SourceFile source;
        final String parseName;
        final Lexer lexer;
        final Predicate<String> hasFunction;
        final Map<String, Tree> treeSet = new LinkedHashMap<>();
        int nesting;

        Shared(SourceFile source, String parseName, Lexer lexer, Predicate<String> hasFunction) {
            this.source = source;
            this.parseName = parseName;
            this.lexer = lexer;
            this.hasFunction = hasFunction;
        }
    }

    /** {@code {{end}}} and {@code {{else}}}: they end item lists and never reach a tree. */
    private static final class Marker {
        final String text;
        final Span span;

        Marker(String text, Span span) {
            this.text = text;
            this.span = span;
        }
    }

    private final Shared shared;
    private String name;
    private final Token[] token = new Token[3];
    private int peekCount;
    private final List<String> vars = new ArrayList<>(List.of("$"));
    private int actionLine;
    private int rangeDepth;
    private Marker marker;
    private Token endToken;

    private Parser(Shared shared, String name) {
        this.shared = shared;
        this.name = name;
    }

    /**
     * Parses {@code source} as the template {@code name}: the trees it defines, by name (its own tree
     * under {@code name}). {@code hasFunction} says which function names exist (Go checks while parsing).
     */
    static Map<String, Tree> parse(String name, SourceFile source, Predicate<String> hasFunction, boolean comments)
            throws Failure {
        Lexer lexer = new Lexer(source.text(), comments, !hasFunction.test("break"), !hasFunction.test("continue"));
        Shared shared = new Shared(source, name, lexer, hasFunction);
        Parser p = new Parser(shared, name);
        Node.ListNode root = p.parseTop();
        p.add(root);
        return shared.treeSet;
    }

    // ---- tokens ----

    private Token next() {
        if (peekCount > 0) {
            peekCount--;
        } else {
            token[0] = shared.lexer.nextItem();
        }
        return token[peekCount];
    }

    private void backup() {
        peekCount++;
    }

    private void backup2(Token t1) {
        token[1] = t1;
        peekCount = 2;
    }

    private void backup3(Token t2, Token t1) {
        token[1] = t1;
        token[2] = t2;
        peekCount = 3;
    }

    private Token peek() {
        if (peekCount > 0) {
            return token[peekCount - 1];
        }
        peekCount = 1;
        token[0] = shared.lexer.nextItem();
        return token[0];
    }

    private Token nextNonSpace() {
        Token t;
        do {
            t = next();
        } while (t.kind() == TokenKind.SPACE);
        return t;
    }

    private Token peekNonSpace() {
        Token t = nextNonSpace();
        backup();
        return t;
    }

    // ---- errors ----

    private Failure errorf(String message) {
        Token t = token[0];
        int line = t == null ? 1 : t.line();
        return new Failure("template: " + shared.parseName + ":" + line + ": " + message, spanOf(t));
    }

    private Failure unexpected(Token t, String context) {
        if (t.kind() == TokenKind.ERROR) {
            String extra = "";
            if (actionLine != 0 && actionLine != t.line()) {
                extra = " in action started at " + shared.parseName + ":" + actionLine;
                if (t.val().endsWith(" action")) {
                    extra = extra.substring(" in action".length()); // avoid "action in action"
                }
            }
            return errorf(t.describe() + extra);
        }
        return errorf("unexpected " + t.describe() + " in " + context);
    }

    private Token expect(TokenKind expected, String context) throws Failure {
        Token t = nextNonSpace();
        if (t.kind() != expected) {
            throw unexpected(t, context);
        }
        return t;
    }

    private Span spanOf(Token t) {
        if (t == null) {
            return shared.source.span(0, 0);
        }
        int end = t.kind() == TokenKind.ERROR || t.kind() == TokenKind.EOF ? t.pos() : t.pos() + t.val().length();
        int len = shared.source.length();
        return shared.source.span(Math.min(t.pos(), len), Math.min(end, len));
    }

    private Span span(int start, int end) {
        int len = shared.source.length();
        return shared.source.span(Math.min(start, len), Math.max(Math.min(start, len), Math.min(end, len)));
    }

    private static int end(Token t) {
        return t.pos() + t.val().length();
    }

    private void enter() throws Failure {
        if (++shared.nesting > MAX_NESTING) {
            throw errorf("max expression depth exceeded");
        }
    }

    private void leave() {
        shared.nesting--;
    }

    // ---- structure ----

    /** The top level: text and actions to EOF, with {{define}} trees installed aside. */
    private Node.ListNode parseTop() throws Failure {
        int start = peek().pos();
        List<Node> nodes = new ArrayList<>();
        while (peek().kind() != TokenKind.EOF) {
            if (peek().kind() == TokenKind.LEFT_DELIM) {
                Token delim = next();
                if (nextNonSpace().kind() == TokenKind.DEFINE) {
                    Parser def = new Parser(shared, "definition");
                    def.parseDefinition();
                    continue;
                }
                backup2(delim);
            }
            Node n = textOrAction();
            if (n == null) {
                throw errorf("unexpected " + marker.text);
            }
            nodes.add(n);
        }
        return listOf(start, nodes);
    }

    private Node.ListNode listOf(int start, List<Node> nodes) {
        int end = nodes.isEmpty() ? start : nodes.get(nodes.size() - 1).span().end();
        return new Node.ListNode(span(start, end), List.copyOf(nodes));
    }

    private void parseDefinition() throws Failure {
        String context = "define clause";
        Token nameToken = nextNonSpace();
        if (nameToken.kind() != TokenKind.STRING && nameToken.kind() != TokenKind.RAW_STRING) {
            throw unexpected(nameToken, context);
        }
        name = unquote(nameToken.val());
        expect(TokenKind.RIGHT_DELIM, context);
        Node.ListNode root = itemList();
        if (!marker.text.equals("{{end}}")) {
            throw errorf("unexpected " + marker.text + " in " + context);
        }
        add(root);
    }

    /** Installs this tree in the set: an empty body never replaces a non-empty one; two bodies are an error. */
    private void add(Node.ListNode root) throws Failure {
        Tree tree = new Tree(name, shared.parseName, root, shared.source);
        Tree old = shared.treeSet.get(name);
        if (old == null || old.isEmpty()) {
            shared.treeSet.put(name, tree);
            return;
        }
        if (!tree.isEmpty()) {
            throw errorf("template: multiple definition of template " + GoStrconv.quote(name, false));
        }
    }

    /** textOrAction* up to {{end}} or {{else}}, which is left in {@link #marker}. */
    private Node.ListNode itemList() throws Failure {
        enter();
        try {
            int start = peekNonSpace().pos();
            List<Node> nodes = new ArrayList<>();
            while (peekNonSpace().kind() != TokenKind.EOF) {
                Node n = textOrAction();
                if (n == null) {
                    return listOf(start, nodes);
                }
                nodes.add(n);
            }
            throw errorf("unexpected EOF");
        } finally {
            leave();
        }
    }

    /** A text, comment or action node; null for {{end}} or {{else}} (see {@link #marker}). */
    private Node textOrAction() throws Failure {
        Token t = nextNonSpace();
        switch (t.kind()) {
            case TEXT:
                return new Node.TextNode(spanOf(t), t.val());
            case LEFT_DELIM:
                actionLine = t.line();
                try {
                    return action();
                } finally {
                    actionLine = 0;
                }
            case COMMENT:
                return new Node.CommentNode(spanOf(t), t.val());
            default:
                throw unexpected(t, "input");
        }
    }

    private Node action() throws Failure {
        Token t = nextNonSpace();
        switch (t.kind()) {
            case BLOCK:
                return blockControl();
            case BREAK:
                return loopControl(t, "{{break}}");
            case CONTINUE:
                return loopControl(t, "{{continue}}");
            case ELSE:
                return elseControl();
            case END:
                marker = new Marker("{{end}}", span(t.pos(), end(expect(TokenKind.RIGHT_DELIM, "end"))));
                return null;
            case IF:
                return control(Node.BranchKind.IF);
            case RANGE:
                return control(Node.BranchKind.RANGE);
            case TEMPLATE:
                return templateControl();
            case WITH:
                return control(Node.BranchKind.WITH);
            default:
        }
        backup();
        Token first = peek();
        Node.PipeNode pipe = pipeline("command", TokenKind.RIGHT_DELIM);
        return new Node.ActionNode(span(first.pos(), end(endToken)), pipe);
    }

    private Node loopControl(Token keyword, String text) throws Failure {
        Token t = nextNonSpace();
        if (t.kind() != TokenKind.RIGHT_DELIM) {
            throw unexpected(t, text);
        }
        if (rangeDepth == 0) {
            throw errorf(text + " outside {{range}}");
        }
        Span s = span(keyword.pos(), end(t));
        return keyword.kind() == TokenKind.BREAK ? new Node.BreakNode(s) : new Node.ContinueNode(s);
    }

    private Node elseControl() throws Failure {
        Token peeked = peekNonSpace();
        if (peeked.kind() == TokenKind.IF || peeked.kind() == TokenKind.WITH) {
            // {{else if ...}} and {{else with ...}} read as {{else}}{{if ...}}: the keyword stays pending
            marker = new Marker("{{else}}", spanOf(peeked));
            return null;
        }
        Token t = expect(TokenKind.RIGHT_DELIM, "else");
        marker = new Marker("{{else}}", spanOf(t));
        return null;
    }

    /** Declarations, then commands; consumes the end token (kept in {@link #endToken}). */
    private Node.PipeNode pipeline(String context, TokenKind end) throws Failure {
        Token first = peekNonSpace();
        boolean isAssign = false;
        List<Node.VariableNode> decl = new ArrayList<>();
        List<Node.CommandNode> cmds = new ArrayList<>();
        decls:
        while (true) {
            Token v = peekNonSpace();
            if (v.kind() != TokenKind.VARIABLE) {
                break;
            }
            next();
            // "$x foo" needs a third token of look-ahead to tell an argument from a declaration
            Token tokenAfterVariable = peek();
            Token nxt = peekNonSpace();
            if (nxt.kind() == TokenKind.ASSIGN || nxt.kind() == TokenKind.DECLARE) {
                isAssign = nxt.kind() == TokenKind.ASSIGN;
                nextNonSpace();
                decl.add(variable(v.pos(), end(v), v.val()));
                vars.add(v.val());
                break;
            } else if (nxt.kind() == TokenKind.CHAR && nxt.val().equals(",")) {
                nextNonSpace();
                decl.add(variable(v.pos(), end(v), v.val()));
                vars.add(v.val());
                if (context.equals("range") && decl.size() < 2) {
                    TokenKind k = peekNonSpace().kind();
                    if (k == TokenKind.VARIABLE || k == TokenKind.RIGHT_DELIM || k == TokenKind.RIGHT_PAREN) {
                        continue decls; // the second variable of a range
                    }
                    throw errorf("range can only initialize variables");
                }
                throw errorf("too many declarations in " + context);
            } else if (tokenAfterVariable.kind() == TokenKind.SPACE) {
                backup3(v, tokenAfterVariable);
            } else {
                backup2(v);
            }
            break;
        }
        while (true) {
            Token t = nextNonSpace();
            if (t.kind() == end) {
                checkPipeline(cmds, context);
                endToken = t;
                int stop = cmds.get(cmds.size() - 1).span().end();
                return new Node.PipeNode(span(first.pos(), stop), isAssign, List.copyOf(decl), List.copyOf(cmds));
            }
            switch (t.kind()) {
                case BOOL: case CHAR_CONSTANT: case COMPLEX: case DOT: case FIELD: case IDENTIFIER: case NUMBER:
                case NIL: case RAW_STRING: case STRING: case VARIABLE: case LEFT_PAREN:
                    backup();
                    cmds.add(command());
                    break;
                default:
                    throw unexpected(t, context);
            }
        }
    }

    private void checkPipeline(List<Node.CommandNode> cmds, String context) throws Failure {
        if (cmds.isEmpty()) {
            throw errorf("missing value for " + context);
        }
        for (int i = 1; i < cmds.size(); i++) {
            Node first = cmds.get(i).args().get(0);
            if (first instanceof Node.BoolNode || first instanceof Node.DotNode || first instanceof Node.NilNode
                    || first instanceof Node.NumberNode || first instanceof Node.StringNode) {
                throw errorf("non executable command in pipeline stage " + (i + 1));
            }
        }
    }

    private Node control(Node.BranchKind kind) throws Failure {
        String context = kind.keyword;
        int mark = vars.size();
        try {
            Node.PipeNode pipe = pipeline(context, TokenKind.RIGHT_DELIM);
            if (kind == Node.BranchKind.RANGE) {
                rangeDepth++;
            }
            Node.ListNode list;
            try {
                list = itemList();
            } finally {
                if (kind == Node.BranchKind.RANGE) {
                    rangeDepth--;
                }
            }
            Node.ListNode elseList = null;
            Marker next = marker;
            if (next.text.equals("{{else}}")) {
                // {{if a}}_{{else if b}}_{{end}} is {{if a}}_{{else}}{{if b}}_{{end}}{{end}}; likewise with
                if (kind == Node.BranchKind.IF && peek().kind() == TokenKind.IF) {
                    next();
                    enter();
                    try {
                        Node inner = control(Node.BranchKind.IF);
                        elseList = new Node.ListNode(span(next.span.start(), inner.span().end()), List.of(inner));
                    } finally {
                        leave();
                    }
                } else if (kind == Node.BranchKind.WITH && peek().kind() == TokenKind.WITH) {
                    next();
                    enter();
                    try {
                        Node inner = control(Node.BranchKind.WITH);
                        elseList = new Node.ListNode(span(next.span.start(), inner.span().end()), List.of(inner));
                    } finally {
                        leave();
                    }
                } else {
                    elseList = itemList();
                    if (!marker.text.equals("{{end}}")) {
                        throw errorf("expected end; found " + marker.text);
                    }
                }
            }
            int stop = elseList != null && marker == next ? elseList.span().end() : marker.span.end();
            return new Node.BranchNode(span(pipe.span().start(), Math.max(stop, pipe.span().end())), kind, pipe, list,
                    elseList);
        } finally {
            while (vars.size() > mark) {
                vars.remove(vars.size() - 1);
            }
        }
    }

    private Node blockControl() throws Failure {
        String context = "block clause";
        Token nameToken = nextNonSpace();
        String blockName = templateName(nameToken, context);
        Node.PipeNode pipe = pipeline(context, TokenKind.RIGHT_DELIM);
        Token close = endToken;
        Parser block = new Parser(shared, blockName);
        Node.ListNode root = block.itemList();
        if (!block.marker.text.equals("{{end}}")) {
            throw errorf("unexpected " + block.marker.text + " in " + context);
        }
        block.add(root);
        return new Node.TemplateNode(span(nameToken.pos(), end(close)), blockName, pipe);
    }

    private Node templateControl() throws Failure {
        String context = "template clause";
        Token nameToken = nextNonSpace();
        String templateName = templateName(nameToken, context);
        Node.PipeNode pipe = null;
        Token t = nextNonSpace();
        if (t.kind() != TokenKind.RIGHT_DELIM) {
            backup();
            pipe = pipeline(context, TokenKind.RIGHT_DELIM);
            t = endToken;
        }
        return new Node.TemplateNode(span(nameToken.pos(), end(t)), templateName, pipe);
    }

    private String templateName(Token t, String context) throws Failure {
        if (t.kind() == TokenKind.STRING || t.kind() == TokenKind.RAW_STRING) {
            return unquote(t.val());
        }
        throw unexpected(t, context);
    }

    private String unquote(String quoted) throws Failure {
        try {
            return GoStrconv.unquote(quoted);
        } catch (GoStrconv.SyntaxError e) {
            throw errorf(e.getMessage());
        }
    }

    // ---- commands and operands ----

    private Node.CommandNode command() throws Failure {
        int start = peekNonSpace().pos();
        List<Node> args = new ArrayList<>();
        while (true) {
            peekNonSpace(); // skip leading spaces
            Node operand = operand();
            if (operand != null) {
                args.add(operand);
            }
            Token t = next();
            if (t.kind() == TokenKind.SPACE) {
                continue;
            }
            if (t.kind() == TokenKind.RIGHT_DELIM || t.kind() == TokenKind.RIGHT_PAREN) {
                backup();
            } else if (t.kind() != TokenKind.PIPE) {
                throw unexpected(t, "operand");
            }
            break;
        }
        if (args.isEmpty()) {
            throw errorf("empty command");
        }
        return new Node.CommandNode(span(start, args.get(args.size() - 1).span().end()), List.copyOf(args));
    }

    /** A term and the fields after it; null when the next token starts no operand. */
    private Node operand() throws Failure {
        Node node = term();
        if (node == null) {
            return null;
        }
        if (peek().kind() == TokenKind.FIELD) {
            int chainPos = peek().pos();
            List<String> fields = new ArrayList<>();
            int stop = node.span().end();
            while (peek().kind() == TokenKind.FIELD) {
                Token f = next();
                fields.add(f.val().substring(1));
                stop = end(f);
            }
            // as in Go, a field or variable just gets longer, positioned at the first added field
            if (node instanceof Node.FieldNode) {
                List<String> ident = new ArrayList<>(((Node.FieldNode) node).ident());
                ident.addAll(fields);
                return new Node.FieldNode(span(chainPos, stop), List.copyOf(ident));
            }
            if (node instanceof Node.VariableNode) {
                List<String> ident = new ArrayList<>(((Node.VariableNode) node).ident());
                ident.addAll(fields);
                return new Node.VariableNode(span(chainPos, stop), List.copyOf(ident));
            }
            if (node instanceof Node.BoolNode || node instanceof Node.StringNode || node instanceof Node.NumberNode
                    || node instanceof Node.NilNode || node instanceof Node.DotNode) {
                throw errorf("unexpected . after term " + GoStrconv.quote(node.text(), false));
            }
            return new Node.ChainNode(span(chainPos, stop), node, List.copyOf(fields));
        }
        return node;
    }

    /** A literal, function name, dot, field, variable or parenthesized pipeline; null otherwise. */
    private Node term() throws Failure {
        Token t = nextNonSpace();
        switch (t.kind()) {
            case IDENTIFIER:
                if (!shared.hasFunction.test(t.val())) {
                    throw errorf("function " + GoStrconv.quote(t.val(), false) + " not defined");
                }
                return new Node.IdentifierNode(spanOf(t), t.val());
            case DOT:
                return new Node.DotNode(spanOf(t));
            case NIL:
                return new Node.NilNode(spanOf(t));
            case VARIABLE:
                return useVar(t);
            case FIELD:
                return new Node.FieldNode(spanOf(t), List.of(t.val().substring(1).split("\\.", -1)));
            case BOOL:
                return new Node.BoolNode(spanOf(t), t.val().equals("true"));
            case CHAR_CONSTANT:
            case COMPLEX:
            case NUMBER:
                try {
                    return NumberLiteral.parse(spanOf(t), t.val(), t.kind());
                } catch (GoStrconv.SyntaxError e) {
                    throw errorf(e.getMessage());
                }
            case LEFT_PAREN:
                enter();
                try {
                    Node.PipeNode p = pipeline("parenthesized pipeline", TokenKind.RIGHT_PAREN);
                    return new Node.PipeNode(span(p.span().start(), end(endToken)), p.isAssign(), p.decl(), p.cmds());
                } finally {
                    leave();
                }
            case STRING:
            case RAW_STRING:
                return new Node.StringNode(spanOf(t), t.val(), unquote(t.val()));
            default:
                backup();
                return null;
        }
    }

    private Node.VariableNode variable(int pos, int end, String text) {
        return new Node.VariableNode(span(pos, end), List.of(text.split("\\.", -1)));
    }

    private Node useVar(Token t) throws Failure {
        Node.VariableNode v = variable(t.pos(), end(t), t.val());
        if (vars.contains(v.ident().get(0))) {
            return v;
        }
        throw errorf("undefined variable " + GoStrconv.quote(v.ident().get(0), false));
    }
}
