package io.ccmlint.core.helm.template;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Executes a parsed template as Go's text/template/exec.go does: walking the tree, evaluating
 * pipelines, fields, variables and function calls, printing values with fmt's rules. Errors stop the
 * walk with Go's message at the node being evaluated; every step and every byte written counts against
 * the {@link RenderLimits} shared by all nested executions.
 */
final class Executor implements CallContext {
    /** Go's missingVal: no value was piped into a command. */
    private static final Object MISSING = new Object();

    /** Step, output and depth counters shared by an execution and the templates its functions run. */
    static final class Budget {
        final RenderLimits limits;
        /** Where the output came from, when the caller asked ({@link RenderTrace}); else null. */
        final RenderTrace trace;
        long steps;
        long outputBytes;

        Budget(RenderLimits limits) {
            this(limits, null);
        }

        Budget(RenderLimits limits, RenderTrace trace) {
            this.limits = limits;
            this.trace = trace;
        }
    }

    /** Stops execution; carries the error. */
    static final class Failure extends RuntimeException {
        final transient TemplateError error;

        Failure(TemplateError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    /** {{break}} and {{continue}} unwind to their range. */
    private static final class LoopSignal extends RuntimeException {
        LoopSignal(String name) {
            super(name, null, false, false);
        }
    }

    private static final LoopSignal BREAK = new LoopSignal("break");
    private static final LoopSignal CONTINUE = new LoopSignal("continue");

    private final TemplateSet set;
    private final Budget budget;
    private final StringBuilder out = new StringBuilder();
    private final List<String> varNames = new ArrayList<>();
    private final List<Object> varValues = new ArrayList<>();
    /** The reads each variable's value came from (kept only when tracing). */
    private final List<List<RenderTrace.Read>> varReads = new ArrayList<>();
    /** Null unless tracing and this is the run whose output is returned (not an {@code include}'s). */
    private final RenderTrace segments;
    private final RenderTrace trace;
    private Tree tmpl;
    private int depth;
    private Node node;

    Executor(TemplateSet set, Budget budget, Tree tmpl, int depth) {
        this(set, budget, tmpl, depth, false);
    }

    /** @param top the run whose output the caller gets: only it records segments in the trace */
    Executor(TemplateSet set, Budget budget, Tree tmpl, int depth, boolean top) {
        this.set = set;
        this.budget = budget;
        this.tmpl = tmpl;
        this.depth = depth;
        this.trace = budget.trace;
        this.segments = top ? budget.trace : null;
    }

    /** Runs the template with {@code data} as dot and $; throws {@link Failure}. */
    String run(Object data) {
        push("$", data);
        walk(data, tmpl.root());
        return out.toString();
    }

    /** What was written so far (all of it after a successful run). */
    String output() {
        return out.toString();
    }

    // ---- CallContext ----

    @Override
    public TemplateSet templates() {
        return set;
    }

    @Override
    public RenderLimits limits() {
        return budget.limits;
    }

    @Override
    public String executeTemplate(String name, Object data) throws FunctionException {
        return executeTemplate(set, name, data);
    }

    @Override
    public String executeTemplate(TemplateSet in, String name, Object data) throws FunctionException {
        Tree t = in.lookup(name).orElse(null);
        if (t == null) {
            throw new FunctionException("template: no template " + GoStrconv.quote(name, false)
                    + " associated with template " + GoStrconv.quote(in.name(), false));
        }
        if (depth + 1 > budget.limits.maxDepth()) {
            throw FunctionException.limit("nesting deeper than " + budget.limits.maxDepth());
        }
        try {
            return new Executor(in, budget, t, depth + 1).run(GoValues.unbox(data));
        } catch (Failure f) {
            throw new FunctionException(f.error.message(), f.error);
        }
    }

    // ---- errors and bounds ----

    private Failure errorf(String message) {
        return fail(TemplateError.Kind.EXEC, message, null);
    }

    private Failure fail(TemplateError.Kind kind, String message, TemplateError cause) {
        String name = tmpl.name();
        Span span = node == null ? null : node.span();
        String full;
        if (node == null) {
            full = "template: " + name + ": " + message;
        } else {
            full = "template: " + location(tmpl.parseName(), span) + ": executing " + GoStrconv.quote(name, false)
                    + " at <" + node.text() + ">: " + message;
        }
        return new Failure(new TemplateError(kind, full, message, name, span, cause));
    }

    /** Go's ErrorContext: name:line:column, the column in bytes from the line start. */
    static String location(String parseName, Span span) {
        SourceFile f = span.file();
        String text = f.text();
        int pos = span.start();
        int lineStart = text.lastIndexOf('\n', pos - 1) + 1;
        int line = 1;
        for (int i = 0; i < lineStart; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        int column = GoValues.utf8Length(text.substring(lineStart, pos));
        return parseName + ":" + line + ":" + column;
    }

    private void step() {
        if (++budget.steps > budget.limits.maxSteps()) {
            throw fail(TemplateError.Kind.LIMIT, "template render limit: more than " + budget.limits.maxSteps() + " steps", null);
        }
    }

    private void write(String s) {
        budget.outputBytes += GoValues.utf8Length(s);
        if (budget.outputBytes > budget.limits.maxOutputBytes()) {
            throw fail(TemplateError.Kind.LIMIT, "template render limit: output larger than "
                    + budget.limits.maxOutputBytes() + " bytes", null);
        }
        out.append(s);
    }

    private void enterNesting() {
        if (++depth > budget.limits.maxDepth()) {
            throw fail(TemplateError.Kind.LIMIT, "template render limit: nesting deeper than " + budget.limits.maxDepth(), null);
        }
    }

    // ---- variables ----

    private void push(String name, Object value) {
        push(name, value, List.of());
    }

    private void push(String name, Object value, List<RenderTrace.Read> reads) {
        varNames.add(name);
        varValues.add(value);
        varReads.add(reads);
    }

    private int mark() {
        return varNames.size();
    }

    private void pop(int mark) {
        while (varNames.size() > mark) {
            varNames.remove(varNames.size() - 1);
            varValues.remove(varValues.size() - 1);
            varReads.remove(varReads.size() - 1);
        }
    }

    private void setVar(String name, Object value, List<RenderTrace.Read> reads) {
        for (int i = varNames.size() - 1; i >= 0; i--) {
            if (varNames.get(i).equals(name)) {
                varValues.set(i, value);
                varReads.set(i, reads);
                return;
            }
        }
        throw errorf("undefined variable: " + name);
    }

    private void setTopVar(int n, Object value, List<RenderTrace.Read> reads) {
        varValues.set(varValues.size() - n, value);
        varReads.set(varReads.size() - n, reads);
    }

    private Object varValue(String name) {
        for (int i = varNames.size() - 1; i >= 0; i--) {
            if (varNames.get(i).equals(name)) {
                if (trace != null) {
                    trace.readAll(varReads.get(i));
                }
                return varValues.get(i);
            }
        }
        throw errorf("undefined variable: " + name);
    }

    // ---- walking ----

    private void walk(Object dot, Node n) {
        node = n;
        step();
        if (n instanceof Node.ActionNode) {
            Node.PipeNode pipe = ((Node.ActionNode) n).pipe();
            int mark = segments == null ? 0 : segments.mark();
            Object val = evalPipeline(dot, pipe);
            if (pipe.decl().isEmpty()) {
                int start = out.length();
                printValue(n, val);
                if (segments != null) {
                    segments.action(start, out.length(), wholeAction(n.span()), mark);
                }
            }
            if (segments != null) {
                segments.reset(mark);
            }
        } else if (n instanceof Node.BreakNode) {
            throw BREAK;
        } else if (n instanceof Node.ContinueNode) {
            throw CONTINUE;
        } else if (n instanceof Node.BranchNode) {
            Node.BranchNode b = (Node.BranchNode) n;
            if (b.kind() == Node.BranchKind.RANGE) {
                walkRange(dot, b);
            } else {
                walkIfOrWith(b, dot);
            }
        } else if (n instanceof Node.ListNode) {
            for (Node c : ((Node.ListNode) n).nodes()) {
                walk(dot, c);
            }
        } else if (n instanceof Node.TemplateNode) {
            walkTemplate(dot, (Node.TemplateNode) n);
        } else if (n instanceof Node.TextNode) {
            int start = out.length();
            write(((Node.TextNode) n).value());
            if (segments != null) {
                segments.text(start, out.length(), textSpan((Node.TextNode) n));
            }
        } else if (!(n instanceof Node.CommentNode)) {
            throw errorf("unknown node: " + n.text());
        }
    }

    private void walkIfOrWith(Node.BranchNode b, Object dot) {
        int mark = mark();
        int readMark = segments == null ? 0 : segments.mark();
        try {
            Object val = evalPipeline(dot, b.pipe());
            if (GoValues.isTrue(val)) {
                boolean with = b.kind() == Node.BranchKind.WITH;
                if (segments != null) {
                    List<RenderTrace.Read> decided = segments.since(readMark);
                    segments.reset(readMark);
                    segments.enter(with ? decided : List.of(), decided);
                }
                try {
                    walk(with ? val : dot, b.list());
                } finally {
                    if (segments != null) {
                        segments.leave();
                    }
                }
            } else if (b.elseList() != null) {
                if (segments != null) {
                    segments.reset(readMark);
                }
                walk(dot, b.elseList());
            }
        } finally {
            pop(mark);
        }
    }

    /** An action's span from its opening {@code {{} (an action node's starts at its pipeline). */
    private static Span wholeAction(Span s) {
        String text = s.file().text();
        int open = text.lastIndexOf("{{", s.start());
        if (open < 0 || !text.substring(open + 2, s.start()).replace('-', ' ').isBlank()) {
            return s;
        }
        return new Span(s.file(), open, s.end());
    }

    /** The template characters a text node copies out: its span less what trim markers cut. */
    private static Span textSpan(Node.TextNode t) {
        Span s = t.span();
        String value = t.value();
        int at = s.file().text().indexOf(value, s.start());
        return at >= s.start() && at + value.length() <= s.end() ? new Span(s.file(), at, at + value.length()) : s;
    }

    private void walkRange(Object dot, Node.BranchNode r) {
        node = r;
        int outerMark = mark();
        int outerDepth = depth;
        int readMark = -1;
        try {
            enterNesting();
            readMark = segments == null ? 0 : segments.mark();
            Object val = evalPipeline(dot, r.pipe()); // its reads stay until the range ends: to blame if it fails
            int mark = mark();
            List<Node.VariableNode> decl = r.pipe().decl();
            boolean ran = false;
            if (val instanceof Long || val instanceof GoInt) {
                if (decl.size() > 1) {
                    throw errorf("can't use " + GoFmt.sprint(List.of(val)) + " to iterate over more than one variable");
                }
                long n = val instanceof Long ? (Long) val : ((GoInt) val).bits();
                boolean unsigned = val instanceof GoInt && !((GoInt) val).signed();
                for (long i = 0; unsigned ? Long.compareUnsigned(i, n) < 0 : i < n; i++) {
                    ran = true;
                    oneIteration(r, mark, null, val instanceof Long ? (Object) i : ((GoInt) val).with(i), List.of());
                }
            } else if (val instanceof List) {
                List<?> list = (List<?>) val;
                for (int i = 0; i < list.size(); i++) {
                    ran = true;
                    oneIteration(r, mark, (long) i, Boxed.of(list.get(i)), elementRead(list, i));
                }
            } else if (val instanceof Map) {
                Map<?, ?> map = (Map<?, ?>) val;
                for (String k : GoValues.sortedKeys(map)) {
                    ran = true;
                    oneIteration(r, mark, k, Boxed.of(map.get(k)), elementRead(map, k));
                }
            } else if (val != null) {
                throw errorf("range can't iterate over " + GoFmt.sprint(List.of(val)));
            }
            if (!ran && r.elseList() != null) {
                walk(dot, r.elseList());
            }
        } catch (LoopSignal s) {
            if (s != BREAK) {
                throw s;
            }
        } finally {
            pop(outerMark);
            depth = outerDepth;
        }
        if (segments != null && readMark >= 0) {
            segments.reset(readMark); // not in finally: after an error they are what to blame
        }
    }

    /** The read of one range element, when tracing. */
    private List<RenderTrace.Read> elementRead(Object container, Object key) {
        return trace == null ? List.of() : List.of(new RenderTrace.Read(container, key, segments == null));
    }

    private void oneIteration(Node.BranchNode r, int mark, Object index, Object elem, List<RenderTrace.Read> read) {
        step();
        Node.PipeNode pipe = r.pipe();
        List<Node.VariableNode> decl = pipe.decl();
        if (!decl.isEmpty()) {
            if (pipe.isAssign()) {
                // with two variables the index comes first; with one, the element
                setVar(decl.get(0).ident().get(0), decl.size() > 1 ? index : elem, decl.size() > 1 ? List.of() : read);
            } else {
                setTopVar(1, elem, read); // the top variable (lexically the second of two) is the element
            }
        }
        if (decl.size() > 1) {
            if (pipe.isAssign()) {
                setVar(decl.get(1).ident().get(0), elem, read);
            } else {
                setTopVar(2, index, List.of());
            }
        }
        if (segments != null) {
            segments.enter(read);
        }
        try {
            walk(elem, r.list());
        } catch (LoopSignal s) {
            if (s != CONTINUE) {
                throw s;
            }
        } finally {
            if (segments != null) {
                segments.leave();
            }
            pop(mark);
        }
    }

    private void walkTemplate(Object dot, Node.TemplateNode t) {
        node = t;
        Tree called = set.lookup(t.name()).orElse(null);
        if (called == null) {
            throw errorf("template " + GoStrconv.quote(t.name(), false) + " not defined");
        }
        if (depth + 1 > budget.limits.maxDepth()) {
            throw fail(TemplateError.Kind.LIMIT, "template render limit: nesting deeper than " + budget.limits.maxDepth(), null);
        }
        Object newDot = evalPipeline(dot, t.pipe());
        // no dynamic scoping: the called template sees only $ (its dot)
        Tree savedTmpl = tmpl;
        List<String> savedNames = new ArrayList<>(varNames);
        List<Object> savedValues = new ArrayList<>(varValues);
        List<List<RenderTrace.Read>> savedReads = new ArrayList<>(varReads);
        int savedDepth = depth;
        try {
            tmpl = called;
            depth++;
            pop(0);
            push("$", newDot);
            walk(newDot, called.root());
        } finally {
            tmpl = savedTmpl;
            depth = savedDepth;
            pop(0);
            varNames.addAll(savedNames);
            varValues.addAll(savedValues);
            varReads.addAll(savedReads);
        }
    }

    // ---- evaluation ----

    private Object evalPipeline(Object dot, Node.PipeNode pipe) {
        if (pipe == null) {
            return null;
        }
        node = pipe;
        int readMark = trace == null ? 0 : trace.mark();
        Object value = MISSING;
        for (Node.CommandNode cmd : pipe.cmds()) {
            value = GoValues.unbox(evalCommand(dot, cmd, value)); // a step's result loses its interface
        }
        List<RenderTrace.Read> reads = trace == null || pipe.decl().isEmpty() ? List.of() : trace.since(readMark);
        for (Node.VariableNode v : pipe.decl()) {
            if (pipe.isAssign()) {
                setVar(v.ident().get(0), value, reads);
            } else {
                push(v.ident().get(0), value, reads);
            }
        }
        return value;
    }

    private void notAFunction(List<Node> args, Object fin) {
        if ((args != null && args.size() > 1) || fin != MISSING) {
            throw errorf("can't give argument to non-function " + args.get(0).text());
        }
    }

    private Object evalCommand(Object dot, Node.CommandNode cmd, Object fin) {
        step();
        Node first = cmd.args().get(0);
        if (first instanceof Node.FieldNode) {
            return evalFieldNode(dot, (Node.FieldNode) first, cmd.args(), fin);
        }
        if (first instanceof Node.ChainNode) {
            return evalChainNode(dot, (Node.ChainNode) first, cmd.args(), fin);
        }
        if (first instanceof Node.IdentifierNode) {
            return evalFunction(dot, (Node.IdentifierNode) first, cmd, cmd.args(), fin);
        }
        if (first instanceof Node.PipeNode) {
            notAFunction(cmd.args(), fin);
            return evalPipeline(dot, (Node.PipeNode) first);
        }
        if (first instanceof Node.VariableNode) {
            return evalVariableNode(dot, (Node.VariableNode) first, cmd.args(), fin);
        }
        node = first;
        notAFunction(cmd.args(), fin);
        if (first instanceof Node.BoolNode) {
            return ((Node.BoolNode) first).value();
        }
        if (first instanceof Node.DotNode) {
            return dot;
        }
        if (first instanceof Node.NilNode) {
            throw errorf("nil is not a command");
        }
        if (first instanceof Node.NumberNode) {
            return idealConstant((Node.NumberNode) first);
        }
        if (first instanceof Node.StringNode) {
            return ((Node.StringNode) first).value();
        }
        throw errorf("can't evaluate command " + GoStrconv.quote(first.text(), false));
    }

    /** A constant where no type is asked for: its syntax decides (1 is an int, 1.0 a float64). */
    private Object idealConstant(Node.NumberNode c) {
        node = c;
        String text = c.literal();
        if (c.isComplex()) {
            return c.complex128();
        }
        boolean hexInt = text.length() > 2 && text.charAt(0) == '0' && (text.charAt(1) == 'x' || text.charAt(1) == 'X')
                && text.indexOf('p') < 0 && text.indexOf('P') < 0;
        boolean runeInt = !text.isEmpty() && text.charAt(0) == '\'';
        boolean looksFloat = text.chars().anyMatch(ch -> ".eEpP".indexOf(ch) >= 0);
        if (c.isFloat() && !hexInt && !runeInt && looksFloat) {
            return c.float64();
        }
        if (c.isInt()) {
            return c.int64();
        }
        if (c.isUint()) {
            throw errorf(text + " overflows int");
        }
        return null;
    }

    private Object evalFieldNode(Object dot, Node.FieldNode field, List<Node> args, Object fin) {
        node = field;
        return evalFieldChain(dot, dot, field, field.ident(), args, fin);
    }

    private Object evalChainNode(Object dot, Node.ChainNode chain, List<Node> args, Object fin) {
        node = chain;
        if (chain.fields().isEmpty()) {
            throw errorf("internal error: no fields in evalChainNode");
        }
        if (chain.node() instanceof Node.NilNode) {
            throw errorf("indirection through explicit nil in " + chain.text());
        }
        Object pipe = evalArg(dot, null, chain.node());
        return evalFieldChain(dot, pipe, chain, chain.fields(), args, fin);
    }

    private Object evalVariableNode(Object dot, Node.VariableNode v, List<Node> args, Object fin) {
        node = v;
        Object value = varValue(v.ident().get(0));
        if (v.ident().size() == 1) {
            notAFunction(args, fin);
            return value;
        }
        return evalFieldChain(dot, value, v, v.ident().subList(1, v.ident().size()), args, fin);
    }

    private Object evalFieldChain(Object dot, Object receiver, Node n, List<String> ident, List<Node> args, Object fin) {
        int last = ident.size() - 1;
        for (int i = 0; i < last; i++) {
            receiver = evalField(dot, ident.get(i), n, null, MISSING, receiver);
        }
        return evalField(dot, ident.get(last), n, args, fin, receiver);
    }

    private Object evalField(Object dot, String fieldName, Node n, List<Node> args, Object fin, Object receiver) {
        if (receiver == null) {
            if (set.missingKey() == MissingKey.ERROR) {
                throw errorf("nil data; no entry for key " + GoStrconv.quote(fieldName, false));
            }
            return null;
        }
        String typ = GoValues.typeName(receiver);
        Object r = GoValues.unbox(receiver);
        if (r == null) {
            throw errorf("nil pointer evaluating " + typ + "." + fieldName);
        }
        if (r instanceof GoObject) {
            TemplateFunction method = ((GoObject) r).method(fieldName).orElse(null);
            if (method != null) {
                return evalCall(dot, method, false, n, fieldName, args, fin);
            }
        }
        boolean hasArgs = (args != null && args.size() > 1) || fin != MISSING;
        if (r instanceof Map) {
            if (hasArgs) {
                throw errorf(fieldName + " is not a method but has arguments");
            }
            Map<?, ?> map = (Map<?, ?>) r;
            if (map.containsKey(fieldName)) {
                if (trace != null) {
                    trace.read(map, fieldName, segments == null);
                }
                return Boxed.of(map.get(fieldName));
            }
            switch (set.missingKey()) {
                case ZERO:
                    return Boxed.NIL;
                case ERROR:
                    throw errorf("map has no entry for key " + GoStrconv.quote(fieldName, false));
                default:
                    return null;
            }
        }
        if (r instanceof GoObject) {
            var value = ((GoObject) r).field(fieldName);
            if (value.isPresent()) {
                if (hasArgs) {
                    throw errorf(fieldName + " has arguments but cannot be invoked as function");
                }
                return value.get();
            }
        }
        throw errorf("can't evaluate field " + fieldName + " in type " + typ);
    }

    private Object evalFunction(Object dot, Node.IdentifierNode id, Node cmd, List<Node> args, Object fin) {
        node = id;
        String name = id.ident();
        TemplateFunction fn = set.functions().find(name);
        if (fn == null) {
            throw errorf(GoStrconv.quote(name, false) + " is not a defined function");
        }
        return evalCall(dot, fn, set.functions().isBuiltin(name), cmd, name, args, fin);
    }

    private Object evalCall(Object dot, TemplateFunction fn, boolean isBuiltin, Node callNode, String name,
                            List<Node> allArgs, Object fin) {
        List<Node> args = allArgs == null ? List.of() : allArgs.subList(1, allArgs.size());
        Signature sig = fn.signature();
        int numIn = args.size() + (fin != MISSING ? 1 : 0);
        int numFixed = args.size();
        if (sig.variadic() != null) {
            numFixed = sig.params().size();
            if (numIn < numFixed) {
                throw errorf("wrong number of args for " + name + ": want at least " + numFixed + " got " + args.size());
            }
        } else if (numIn != sig.params().size()) {
            throw errorf("wrong number of args for " + name + ": want " + sig.params().size() + " got " + numIn);
        }
        if (isBuiltin && (name.equals("and") || name.equals("or"))) {
            Object v = null;
            for (Node a : args) {
                v = evalArg(dot, GoType.VALUE, a);
                if (GoValues.isTrue(v) == name.equals("or")) {
                    return v;
                }
            }
            if (fin != MISSING) {
                v = validateType(fin, GoType.VALUE);
            }
            return v;
        }
        List<Object> argv = new ArrayList<>(numIn);
        int i = 0;
        for (; i < numFixed && i < args.size(); i++) {
            argv.add(evalArg(dot, sig.params().get(i), args.get(i)));
        }
        if (sig.variadic() != null) {
            for (; i < args.size(); i++) {
                argv.add(evalArg(dot, sig.variadic(), args.get(i)));
            }
        }
        if (fin != MISSING) {
            GoType t;
            if (sig.variadic() == null) {
                t = sig.params().get(sig.params().size() - 1);
            } else {
                t = numIn - 1 < numFixed ? sig.params().get(numIn - 1) : sig.variadic();
            }
            argv.add(validateType(fin, t));
        }
        if (isBuiltin && name.equals("call")) {
            String callee = args.isEmpty() ? goString(fin) : args.get(0).text();
            Object f = GoValues.unbox(argv.get(0));
            node = callNode;
            throw errorf("error calling call: " + (f == null ? "call of nil"
                    : "non-function " + callee + " of type " + GoValues.typeName(f)));
        }
        List<Object> plain = new ArrayList<>(argv.size());
        for (int k = 0; k < argv.size(); k++) {
            GoType t = k < sig.params().size() ? sig.params().get(k) : sig.variadic();
            plain.add(t == GoType.VALUE ? argv.get(k) : GoValues.unbox(argv.get(k)));
            Object v = GoValues.unbox(argv.get(k));
            if (trace != null && (v instanceof Map || v instanceof List)) {
                trace.read(v, null, segments == null); // toYaml .Values.x: any of its entries may be what is printed
            }
        }
        Object result;
        try {
            result = fn.call(this, plain);
        } catch (FunctionException e) {
            node = callNode;
            throw fail(e.isLimit() ? TemplateError.Kind.LIMIT : TemplateError.Kind.EXEC,
                    (e.isLimit() && e.templateError() == null ? "template render limit: " : "error calling " + name + ": ")
                            + e.getMessage(), e.templateError());
        } catch (Failure | LoopSignal e) {
            throw e;
        } catch (RuntimeException e) {
            node = callNode;
            throw errorf("error calling " + name + ": " + (e.getMessage() != null ? e.getMessage() : e.toString()));
        }
        if (result instanceof String && GoValues.utf8Length((String) result) > budget.limits.maxOutputBytes()) {
            node = callNode;
            throw fail(TemplateError.Kind.LIMIT, "template render limit: " + name + " built a string larger than "
                    + budget.limits.maxOutputBytes() + " bytes", null);
        }
        if (sig.result() == GoType.ANY) {
            return Boxed.of(result);
        }
        if (sig.result() == GoType.STRING && result == null) {
            return "";
        }
        return result;
    }

    /** reflect.Value.String(): the string itself, or "<T Value>". */
    private static String goString(Object v) {
        v = GoValues.unbox(v);
        if (v instanceof String) {
            return (String) v;
        }
        return v == null ? "<invalid Value>" : "<" + GoValues.typeName(v) + " Value>";
    }

    /** Go's validateType: the value as the parameter type wants it, or Go's error. */
    private Object validateType(Object value, GoType typ) {
        if (value == null) {
            if (typ == null) {
                return null;
            }
            if (typ.canBeNil()) {
                return typ.zero();
            }
            throw errorf("invalid value; expected " + typ.goName());
        }
        if (typ == null || typ == GoType.ANY || typ == GoType.VALUE) {
            return value;
        }
        if (value instanceof Boxed) {
            Object inner = ((Boxed) value).value();
            if (inner != null && typ.accepts(inner)) {
                return inner;
            }
            String got = inner == null ? "interface {}" : GoValues.typeName(inner);
            throw errorf("wrong type for value; expected " + typ.goName() + "; got " + got);
        }
        if (typ.accepts(value)) {
            return value;
        }
        throw errorf("wrong type for value; expected " + typ.goName() + "; got " + GoValues.typeName(value));
    }

    private Object evalArg(Object dot, GoType typ, Node n) {
        node = n;
        if (n instanceof Node.DotNode) {
            return validateType(dot, typ);
        }
        if (n instanceof Node.NilNode) {
            if (typ != null && typ.canBeNil()) {
                return typ.zero();
            }
            throw errorf("cannot assign nil to " + (typ == null ? "<nil>" : typ.goName()));
        }
        if (n instanceof Node.FieldNode) {
            return validateType(evalFieldNode(dot, (Node.FieldNode) n, List.of(n), MISSING), typ);
        }
        if (n instanceof Node.VariableNode) {
            return validateType(evalVariableNode(dot, (Node.VariableNode) n, null, MISSING), typ);
        }
        if (n instanceof Node.PipeNode) {
            return validateType(evalPipeline(dot, (Node.PipeNode) n), typ);
        }
        if (n instanceof Node.IdentifierNode) {
            return validateType(evalFunction(dot, (Node.IdentifierNode) n, n, null, MISSING), typ);
        }
        if (n instanceof Node.ChainNode) {
            return validateType(evalChainNode(dot, (Node.ChainNode) n, null, MISSING), typ);
        }
        if (typ == null) {
            throw errorf("can't handle " + n.text() + " for arg of type <nil>");
        }
        switch (typ) {
            case BOOL:
                if (n instanceof Node.BoolNode) {
                    return ((Node.BoolNode) n).value();
                }
                throw errorf("expected bool; found " + n.text());
            case FLOAT64:
                if (n instanceof Node.NumberNode && ((Node.NumberNode) n).isFloat()) {
                    return ((Node.NumberNode) n).float64();
                }
                throw errorf("expected float; found " + n.text());
            case INT:
            case INT64:
                if (n instanceof Node.NumberNode && ((Node.NumberNode) n).isInt()) {
                    long v = ((Node.NumberNode) n).int64();
                    return typ == GoType.INT ? (Object) v : GoInt.int64(v);
                }
                throw errorf("expected integer; found " + n.text());
            case ANY:
            case VALUE:
                return evalEmptyInterface(dot, n);
            case STRING:
                if (n instanceof Node.StringNode) {
                    return ((Node.StringNode) n).value();
                }
                throw errorf("expected string; found " + n.text());
            default:
                throw errorf("can't handle " + n.text() + " for arg of type " + typ.goName());
        }
    }

    private Object evalEmptyInterface(Object dot, Node n) {
        node = n;
        if (n instanceof Node.BoolNode) {
            return ((Node.BoolNode) n).value();
        }
        if (n instanceof Node.NumberNode) {
            return idealConstant((Node.NumberNode) n);
        }
        if (n instanceof Node.StringNode) {
            return ((Node.StringNode) n).value();
        }
        throw errorf("can't handle assignment of " + n.text() + " to empty interface argument");
    }

    private void printValue(Node n, Object v) {
        node = n;
        String text;
        try {
            text = v == null ? "<no value>" : GoFmt.sprint(List.of(v), budget.limits.maxOutputBytes());
        } catch (GoFmt.TooLarge e) {
            throw fail(TemplateError.Kind.LIMIT, "template render limit: " + e.getMessage(), null);
        }
        write(text);
    }
}
