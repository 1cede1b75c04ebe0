package io.ccmlint.core.terraform.eval;

import io.ccmlint.core.hcl.HclAttribute;
import io.ccmlint.core.hcl.HclBlock;
import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.hcl.HclExpression.Binary;
import io.ccmlint.core.hcl.HclExpression.BoolLiteral;
import io.ccmlint.core.hcl.HclExpression.Conditional;
import io.ccmlint.core.hcl.HclExpression.ForExpr;
import io.ccmlint.core.hcl.HclExpression.FunctionCall;
import io.ccmlint.core.hcl.HclExpression.GetAttr;
import io.ccmlint.core.hcl.HclExpression.Heredoc;
import io.ccmlint.core.hcl.HclExpression.Index;
import io.ccmlint.core.hcl.HclExpression.NullLiteral;
import io.ccmlint.core.hcl.HclExpression.NumberLiteral;
import io.ccmlint.core.hcl.HclExpression.ObjectCons;
import io.ccmlint.core.hcl.HclExpression.ObjectItem;
import io.ccmlint.core.hcl.HclExpression.Parens;
import io.ccmlint.core.hcl.HclExpression.Splat;
import io.ccmlint.core.hcl.HclExpression.SplatItem;
import io.ccmlint.core.hcl.HclExpression.TemplateExpression;
import io.ccmlint.core.hcl.HclExpression.TupleCons;
import io.ccmlint.core.hcl.HclExpression.Unary;
import io.ccmlint.core.hcl.HclExpression.Variable;
import io.ccmlint.core.hcl.HclNode;
import io.ccmlint.core.hcl.HclOperator;
import io.ccmlint.core.hcl.HclTemplatePart;
import io.ccmlint.core.hcl.HclTemplatePart.ForDirective;
import io.ccmlint.core.hcl.HclTemplatePart.IfDirective;
import io.ccmlint.core.hcl.HclTemplatePart.Interpolation;
import io.ccmlint.core.hcl.HclTemplatePart.Text;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.terraform.TfJsonConverter;
import io.ccmlint.core.terraform.eval.Value.Bool;
import io.ccmlint.core.terraform.eval.Value.Null;
import io.ccmlint.core.terraform.eval.Value.Num;
import io.ccmlint.core.terraform.eval.Value.Obj;
import io.ccmlint.core.terraform.eval.Value.Partial;
import io.ccmlint.core.terraform.eval.Value.Seq;
import io.ccmlint.core.terraform.eval.Value.Str;
import io.ccmlint.core.terraform.eval.Value.Unknown;
import io.ccmlint.core.value.ScalarStyle;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates Terraform expressions statically, without providers or state: literals, templates,
 * {@code local.x} (memoized), {@code var.x} (its default), {@code each.key}/{@code each.value},
 * operators, conditionals, {@code for} expressions, splats, indexes and a set of pure functions on
 * known values, {@code count.index} and {@code module.x} outputs in an instance that has them
 * ({@link ModuleBinding}), and {@code path.*}, {@code file()} and {@code templatefile()} as the
 * instance's {@link ModuleFiles} answer them. Everything else — resource and data attributes, other
 * functions, errors Terraform would report — is {@link Unknown} with the span and source text of
 * the expression (its reference prefixed with the module address); a value is never invented.
 *
 * <p>Thread-safe: the module data is immutable, locals are memoized in a concurrent map and every
 * call keeps its own state. Evaluation depth is bounded ({@link #MAX_DEPTH}); reference cycles
 * between locals evaluate to {@link Unknown}.
 */
public final class Evaluator {
    /** Expressions nested deeper than this evaluate to {@link Unknown}. */
    public static final int MAX_DEPTH = 200;
    /** Scope name of the element inside a splat; not an identifier, so it can't clash. */
    private static final String SPLAT_ITEM = "*";

    private final Map<String, HclAttribute> locals;
    private final Map<String, HclBlock> variables;
    private final ModuleBinding binding;
    private final Map<String, Set<String>> localDeps;
    private final Set<String> cyclicLocals;
    private final ConcurrentHashMap<String, Value> localValues = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Value> variableValues = new ConcurrentHashMap<>();
    private final ThreadLocal<Set<String>> localsInProgress = ThreadLocal.withInitial(HashSet::new);
    /** Seqs that are Terraform sets (from toset or a set(...) variable); sets iterate with key == value. */
    private final Map<Seq, Boolean> sets = Collections.synchronizedMap(new WeakHashMap<>());
    private final Functions functions = new Functions(this);

    Evaluator(Map<String, HclAttribute> locals, Map<String, HclBlock> variables, ModuleBinding binding) {
        this.locals = locals;
        this.variables = variables;
        this.binding = binding;
        Map<String, Set<String>> deps = new HashMap<>();
        for (Map.Entry<String, HclAttribute> e : locals.entrySet()) {
            deps.put(e.getKey(), referencedLocals(e.getValue().value()));
        }
        this.localDeps = deps;
        this.cyclicLocals = findCycles(deps);
    }

    /** Evaluates {@code e} in module scope (no {@code each}). */
    public Value eval(HclExpression e) {
        return eval(e, null);
    }

    /** Evaluates {@code e} inside one instance of a {@code for_each}'d resource; {@code each} may be null. */
    public Value eval(HclExpression e, EachContext each) {
        return eval(e, each, null);
    }

    /**
     * Evaluates {@code e} inside one instance of a block with {@code for_each} ({@code each}) or
     * {@code count} ({@code countIndex}, the value of {@code count.index}); either may be null.
     */
    public Value eval(HclExpression e, EachContext each, Integer countIndex) {
        Objects.requireNonNull(e, "expression");
        try {
            return new Run(each, countIndex, false).ev(e, null, 0);
        } catch (StackOverflowError tooDeep) {
            return unknown(e);
        }
    }

    /**
     * The instances of a {@code for_each} expression when they are known: for a set (or, leniently,
     * a list) of known strings one instance per distinct string, {@code key == value} == the
     * string, in Terraform's (lexical) order; for a map or object one instance per key in lexical
     * order, the value possibly unknown. Empty when the collection, or any key, is not known.
     */
    public Optional<List<EachContext>> forEach(HclExpression forEachExpression) {
        Value v = eval(forEachExpression);
        if (v instanceof Seq s) {
            TreeMap<String, Value> byKey = new TreeMap<>(ValueOps.CODE_POINT_ORDER);
            for (Value item : s.items()) {
                if (!(item instanceof Str str)) {
                    return Optional.empty();
                }
                byKey.putIfAbsent(str.value(), str);
            }
            List<EachContext> out = new ArrayList<>(byKey.size());
            byKey.values().forEach(k -> out.add(new EachContext(k, k)));
            return Optional.of(List.copyOf(out));
        }
        if (v instanceof Obj o) {
            List<EachContext> out = new ArrayList<>(o.entries().size());
            for (String k : ValueOps.sortedKeys(o.entries())) {
                Span ks = o.keySpans().getOrDefault(k, o.span());
                out.add(new EachContext(new Str(k, ks), o.entries().get(k)));
            }
            return Optional.of(List.copyOf(out));
        }
        return Optional.empty();
    }

    /** The value of {@code local.<name>}, or empty when no such local is declared. */
    public Optional<Value> local(String name) {
        return Optional.ofNullable(localValue(name));
    }

    /** What {@code path.*}, {@code file()} and {@code templatefile()} see in this instance. */
    public ModuleFiles files() {
        return binding.files();
    }

    /**
     * {@code templatefile}'s rendering of {@code template} (a file {@link ModuleFiles#template}
     * parsed): only {@code vars} are in scope, as in Terraform (no {@code var.}, {@code local.} or
     * {@code path.}; no nested {@code templatefile}). A string is a computed one
     * ({@link ScalarStyle#HCL_EXPRESSION}) located in the template file; an unknown var makes a hole.
     */
    public Value renderTemplateFile(io.ccmlint.core.hcl.HclExpression.Template template, Map<String, Value> vars) {
        Objects.requireNonNull(template, "template");
        Value v;
        try {
            v = new Run(null, null, true).template(template, Scope.of(vars), 0);
        } catch (StackOverflowError tooDeep) {
            return unknown(template);
        }
        return v instanceof Str s && s.style() != ScalarStyle.HCL_EXPRESSION ? new Str(s.value(), s.span()) : v;
    }

    /**
     * Evaluates an expression of a template file rendered by {@code templatefile}, with only
     * {@code vars} (the call's vars and the variables of enclosing {@code %{ for }}) in scope.
     */
    public Value evalInTemplate(HclExpression e, Map<String, Value> vars) {
        Objects.requireNonNull(e, "expression");
        try {
            return new Run(null, null, true).ev(e, Scope.of(vars), 0);
        } catch (StackOverflowError tooDeep) {
            return unknown(e);
        }
    }

    /** The value {@code var.<name>} has from its default, or empty when undeclared or without default. */
    public Optional<Value> variableDefault(String name) {
        return Optional.ofNullable(variableValue(name));
    }

    /** True when {@code seq} is a Terraform set (made by {@code toset} or a {@code set(...)} variable). */
    public boolean isSet(Seq seq) {
        for (Value item : seq.items()) {
            if (item instanceof Seq || item instanceof Obj) {
                return false; // only sets of primitives are ever marked: keep hashing shallow
            }
        }
        return sets.containsKey(seq);
    }

    Seq markSet(Seq seq) {
        sets.put(seq, Boolean.TRUE);
        return seq;
    }

    /** {@code v} as a condition: a bool, or the string "true" or "false"; null otherwise (unknown, or an error). */
    public static Boolean condition(Value v) {
        return ValueOps.asBool(v);
    }

    /** {@code s} as a quoted HCL string, the way Terraform writes instance keys ({@code module.x["a"]}). */
    public static String quoted(String s) {
        return ValueOps.jsonString(s);
    }

    static Unknown unknown(HclNode e) {
        return new Unknown(e.sourceText(), null, e.span());
    }

    // ---------------------------------------------------------------- locals and variables

    private static Set<String> referencedLocals(HclExpression e) {
        Set<String> names = new LinkedHashSet<>();
        e.walk(n -> {
            if (n instanceof GetAttr g && g.source() instanceof Variable v && v.name().equals("local")) {
                names.add(g.name());
            }
        });
        return names;
    }

    /**
     * Locals that can reach themselves through references (a Terraform error, so unknown): the
     * members of strongly connected components of size > 1 and self-references. Tarjan's
     * algorithm, iterative so that long chains don't recurse.
     */
    private static Set<String> findCycles(Map<String, Set<String>> deps) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        Set<String> cyclic = new HashSet<>();
        int counter = 0;
        for (String root : deps.keySet()) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Iterator<String>> iterators = new ArrayDeque<>();
            index.put(root, counter);
            low.put(root, counter++);
            stack.push(root);
            onStack.add(root);
            path.push(root);
            iterators.push(deps.get(root).iterator());
            while (!path.isEmpty()) {
                String v = path.peek();
                Iterator<String> it = iterators.peek();
                if (it.hasNext()) {
                    String w = it.next();
                    if (!deps.containsKey(w)) {
                        continue;
                    }
                    if (w.equals(v)) {
                        cyclic.add(v);
                    }
                    if (!index.containsKey(w)) {
                        index.put(w, counter);
                        low.put(w, counter++);
                        stack.push(w);
                        onStack.add(w);
                        path.push(w);
                        iterators.push(deps.get(w).iterator());
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                path.pop();
                iterators.pop();
                if (!path.isEmpty()) {
                    String parent = path.peek();
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    List<String> component = new ArrayList<>();
                    String w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        component.add(w);
                    } while (!w.equals(v));
                    if (component.size() > 1) {
                        cyclic.addAll(component);
                    }
                }
            }
        }
        return Set.copyOf(cyclic);
    }

    private Value localValue(String name) {
        Value v = localValues.get(name);
        if (v != null || !locals.containsKey(name)) {
            return v;
        }
        // dependencies first (iteratively, post-order) so a long chain of locals never nests deeply
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<String> names = new ArrayDeque<>();
        Deque<Iterator<String>> iterators = new ArrayDeque<>();
        seen.add(name);
        names.push(name);
        iterators.push(localDeps.get(name).iterator());
        while (!iterators.isEmpty()) {
            Iterator<String> it = iterators.peek();
            if (it.hasNext()) {
                String d = it.next();
                if (locals.containsKey(d) && !localValues.containsKey(d) && seen.add(d)) {
                    names.push(d);
                    iterators.push(localDeps.get(d).iterator());
                }
            } else {
                iterators.pop();
                order.add(names.pop());
            }
        }
        for (String n : order) {
            computeLocal(n);
        }
        return localValues.get(name);
    }

    private void computeLocal(String name) {
        if (localValues.containsKey(name)) {
            return;
        }
        HclExpression expr = locals.get(name).value();
        Value v;
        if (cyclicLocals.contains(name)) {
            v = unknown(expr);
        } else {
            Set<String> busy = localsInProgress.get();
            if (!busy.add(name)) {
                return; // re-entered (a reference the static scan missed): the reader sees unknown
            }
            try {
                v = eval(expr);
            } finally {
                busy.remove(name);
            }
        }
        localValues.putIfAbsent(name, v);
    }

    private Value variableValue(String name) {
        Value v = variableValues.get(name);
        if (v != null) {
            return v;
        }
        HclBlock block = variables.get(name);
        if (block == null) {
            return null;
        }
        Optional<HclAttribute> def = block.body().attribute("default");
        Value given = binding.inputs().get(name);
        if (given != null && !(given instanceof Null && !nullable(block))) {
            v = given; // as Terraform: a value given wins over the default, even an unknown one
        } else if (def.isPresent()) {
            v = eval(def.get().value());
        } else {
            return null;
        }
        Optional<HclAttribute> type = block.body().attribute("type");
        if (type.isPresent()) {
            v = functions.convertToType(v, type.get().value(), v == given ? given.span() : def.get().value().span(),
                    v == given ? "var." + name : def.get().value().sourceText());
        }
        Value prev = variableValues.putIfAbsent(name, v);
        return prev != null ? prev : v;
    }

    /** {@code nullable = false}: a null argument means the default (Terraform 1.1 and later). */
    private static boolean nullable(HclBlock variable) {
        return variable.body().attribute("nullable").map(a -> !(a.value() instanceof BoolLiteral b && !b.value()))
                .orElse(true);
    }

    // ---------------------------------------------------------------- evaluation

    /** Variables bound by {@code for} expressions, template {@code for} directives and splats. */
    private record Scope(String name, Value value, Scope parent) {
        static Scope of(Map<String, Value> names) {
            Scope s = null;
            for (Map.Entry<String, Value> e : names.entrySet()) {
                s = new Scope(e.getKey(), e.getValue(), s);
            }
            return s;
        }

        static Value lookup(Scope s, String name) {
            for (Scope x = s; x != null; x = x.parent) {
                if (x.name.equals(name)) {
                    return x.value;
                }
            }
            return null;
        }
    }

    /** An element of a collection being iterated: the index (or, in a set, the value) or key, and the value. */
    public record Element(Value key, Value value) {
    }

    /**
     * The elements in Terraform's iteration order ({@code for} expressions and directives), or
     * null when {@code v} can't be iterated.
     */
    public List<Element> elements(Value v) {
        if (v instanceof Seq s) {
            boolean set = isSet(s);
            List<Element> out = new ArrayList<>(s.items().size());
            for (int i = 0; i < s.items().size(); i++) {
                Value item = s.items().get(i);
                out.add(new Element(set ? item : new Num(BigDecimal.valueOf(i), item.span()), item));
            }
            return out;
        }
        if (v instanceof Obj o) {
            List<Element> out = new ArrayList<>(o.entries().size());
            for (String k : ValueOps.sortedKeys(o.entries())) {
                out.add(new Element(new Str(k, o.keySpans().getOrDefault(k, o.span())), o.entries().get(k)));
            }
            return out;
        }
        return null;
    }

    /**
     * One evaluation call: the {@code each} of the instance, if any; {@code template}: inside a
     * template file rendered by {@code templatefile}, where only the names bound in scope exist.
     */
    private final class Run {
        private final EachContext each;
        private final Integer countIndex;
        private final boolean template;

        Run(EachContext each, Integer countIndex, boolean template) {
            this.each = each;
            this.countIndex = countIndex;
            this.template = template;
        }

        Value ev(HclExpression e, Scope scope, int depth) {
            if (depth > MAX_DEPTH) {
                return unknown(e);
            }
            int d = depth + 1;
            if (e instanceof NumberLiteral n) {
                return new Num(n.value(), n.span());
            }
            if (e instanceof BoolLiteral b) {
                return new Bool(b.value(), b.span());
            }
            if (e instanceof NullLiteral n) {
                return new Null(n.span());
            }
            if (e instanceof TemplateExpression t) {
                return template(t, scope, d);
            }
            if (e instanceof TupleCons t) {
                List<Value> items = new ArrayList<>(t.elements().size());
                for (HclExpression el : t.elements()) {
                    items.add(ev(el, scope, d));
                }
                return new Seq(items, t.span());
            }
            if (e instanceof ObjectCons o) {
                return object(o, scope, d);
            }
            if (e instanceof FunctionCall f) {
                return call(f, scope, d);
            }
            if (e instanceof Variable v) {
                Value bound = Scope.lookup(scope, v.name());
                if (bound == null && template) {
                    return unknown(v); // a name the vars do not give: an error in Terraform
                }
                return bound != null ? bound : new Unknown(v.sourceText(), binding.address() + v.name(), v.span());
            }
            if (e instanceof GetAttr g) {
                return getAttr(g, scope, d);
            }
            if (e instanceof Index i) {
                return index(i, scope, d);
            }
            if (e instanceof Splat s) {
                return splat(s, scope, d);
            }
            if (e instanceof SplatItem s) {
                Value item = Scope.lookup(scope, SPLAT_ITEM);
                return item != null ? item : unknown(s);
            }
            if (e instanceof ForExpr f) {
                return forExpr(f, scope, d);
            }
            if (e instanceof Conditional c) {
                return conditional(c, scope, d);
            }
            if (e instanceof Unary u) {
                return unary(u, scope, d);
            }
            if (e instanceof Binary b) {
                return binary(b, scope, d);
            }
            if (e instanceof Parens p) {
                return ev(p.inner(), scope, d);
            }
            return unknown(e); // Invalid
        }

        // ------------------------------------------------------------ traversals

        private Value getAttr(GetAttr g, Scope scope, int d) {
            if (g.source() instanceof Variable root && Scope.lookup(scope, root.name()) == null) {
                if (template) {
                    return unknown(g); // var., local., path. ...: not in a template's scope
                }
                String ref = root.name() + "." + g.name();
                switch (root.name()) {
                    case "local" -> {
                        Value v = localValue(g.name());
                        return v != null ? v : new Unknown(g.sourceText(), ref, g.span());
                    }
                    case "var" -> {
                        Value v = variableValue(g.name());
                        return v != null ? v : new Unknown(g.sourceText(), ref, g.span());
                    }
                    case "each" -> {
                        if (each != null && g.name().equals("key")) {
                            return each.key();
                        }
                        if (each != null && g.name().equals("value")) {
                            return each.value();
                        }
                        return new Unknown(g.sourceText(), ref, g.span());
                    }
                    case "count" -> {
                        if (countIndex != null && g.name().equals("index")) {
                            return new Num(BigDecimal.valueOf(countIndex), g.span());
                        }
                        return new Unknown(g.sourceText(), ref, g.span());
                    }
                    case "module" -> {
                        Value v = binding.calls().value(g.name());
                        return v != null ? v : new Unknown(g.sourceText(), binding.address() + ref, g.span());
                    }
                    case "path" -> {
                        String p = binding.files().path(g.name());
                        return p != null ? new Str(p, g.span()) : new Unknown(g.sourceText(), ref, g.span());
                    }
                    default -> {
                        // resources, data, terraform, self: known only to Terraform
                    }
                }
            }
            Value src = ev(g.source(), scope, d);
            if (src instanceof Obj o) {
                Value v = o.entries().get(g.name());
                return v != null ? fromModule(v, g, scope) : unknown(g);
            }
            if (src instanceof Unknown u && u.reference() != null) {
                return new Unknown(g.sourceText(), u.reference() + "." + g.name(), g.span());
            }
            return unknown(g);
        }

        /**
         * An output a module call gives that is unknown inside the module ({@code aws_iam_role.this.arn})
         * is located where the caller reads it ({@code module.ccm.role_arn}), which is what the user
         * wrote here; its reference keeps naming what it is. Known values keep the place that writes them.
         */
        private Value fromModule(Value v, HclExpression read, Scope scope) {
            if (!(v instanceof Unknown u) || read.span().contains(u.span())) {
                return v;
            }
            HclExpression root = read;
            while (root instanceof GetAttr || root instanceof Index) {
                root = root instanceof GetAttr g ? g.source() : ((Index) root).collection();
            }
            boolean module = root instanceof Variable v0 && v0.name().equals("module") && Scope.lookup(scope, "module") == null;
            return module ? new Unknown(read.sourceText(), u.reference(), read.span()) : v;
        }

        private Value index(Index i, Scope scope, int d) {
            Value coll = ev(i.collection(), scope, d);
            Value key = ev(i.key(), scope, d);
            if (coll instanceof Unknown u) {
                if (u.reference() == null) {
                    return unknown(i);
                }
                String step;
                if (i.legacy()) {
                    step = "." + i.key().sourceText();
                } else if (key instanceof Str s) {
                    step = "[" + ValueOps.jsonString(s.value()) + "]";
                } else if (key instanceof Num n && ValueOps.numberText(n.value()) != null) {
                    step = "[" + ValueOps.numberText(n.value()) + "]";
                } else {
                    step = "[" + i.key().sourceText() + "]";
                }
                return new Unknown(i.sourceText(), u.reference() + step, i.span());
            }
            if (coll instanceof Seq s) {
                int at = ValueOps.asIndex(key);
                return at >= 0 && at < s.items().size() ? fromModule(s.items().get(at), i, scope) : unknown(i);
            }
            if (coll instanceof Obj o) {
                String k = ValueOps.asString(key);
                Value v = k == null ? null : o.entries().get(k);
                return v != null ? fromModule(v, i, scope) : unknown(i);
            }
            return unknown(i);
        }

        private Value splat(Splat s, Scope scope, int d) {
            Value src = ev(s.source(), scope, d);
            if (src instanceof Unknown u) {
                String ref = null;
                if (u.reference() != null) {
                    String text = s.span().file().text();
                    ref = u.reference() + text.substring(s.source().span().end(), s.span().end());
                }
                return new Unknown(s.sourceText(), ref, s.span());
            }
            if (src instanceof Partial) {
                return unknown(s);
            }
            List<Value> items;
            if (src instanceof Seq q) {
                items = q.items();
            } else if (src instanceof Null) {
                items = List.of();
            } else {
                items = List.of(src); // a single value is treated as a one-element list
            }
            List<Value> out = new ArrayList<>(items.size());
            for (Value item : items) {
                out.add(ev(s.each(), new Scope(SPLAT_ITEM, item, scope), d));
            }
            return new Seq(out, s.span());
        }

        // ------------------------------------------------------------ constructors

        private Value object(ObjectCons o, Scope scope, int d) {
            Map<String, Value> entries = new LinkedHashMap<>();
            Map<String, Span> keySpans = new LinkedHashMap<>();
            Map<String, ScalarStyle> keyStyles = new LinkedHashMap<>();
            for (ObjectItem item : o.items()) {
                String k = item.keyName();
                if (k == null) {
                    k = ValueOps.asString(ev(item.key(), scope, d));
                    if (k == null) {
                        return unknown(o); // an unknown (or null) key: the object's shape is unknown
                    }
                }
                entries.put(k, ev(item.value(), scope, d));
                keySpans.put(k, item.key().span());
                keyStyles.put(k, keyStyle(item));
            }
            return new Obj(Collections.unmodifiableMap(entries), Collections.unmodifiableMap(keySpans),
                    Collections.unmodifiableMap(keyStyles), o.span());
        }

        /** How a key is written: a bare name, a quoted string of text only, or an expression that computes it. */
        private static ScalarStyle keyStyle(ObjectItem item) {
            HclExpression key = item.key();
            if (TfJsonConverter.isTfJson(key.span().file()) || item.keyName() == null) {
                return ScalarStyle.HCL_EXPRESSION;
            }
            return key instanceof Variable ? ScalarStyle.HCL_IDENTIFIER : ScalarStyle.HCL_STRING;
        }

        private Value forExpr(ForExpr f, Scope scope, int d) {
            Value coll = ev(f.collection(), scope, d);
            List<Element> elements = elements(coll);
            if (elements == null) {
                return unknown(f);
            }
            List<Value> tuple = new ArrayList<>();
            Map<String, Value> entries = new LinkedHashMap<>();
            Map<String, List<Value>> groups = new LinkedHashMap<>();
            Map<String, Span> keySpans = new LinkedHashMap<>();
            for (Element el : elements) {
                Scope s = scope;
                if (f.keyVar() != null) {
                    s = new Scope(f.keyVar(), el.key(), s);
                }
                s = new Scope(f.valueVar(), el.value(), s);
                if (f.condition() != null) {
                    Boolean keep = ValueOps.asBool(ev(f.condition(), s, d));
                    if (keep == null) {
                        return unknown(f);
                    }
                    if (!keep) {
                        continue;
                    }
                }
                if (!f.object()) {
                    tuple.add(ev(f.valueExpr(), s, d));
                    continue;
                }
                if (f.keyExpr() == null) {
                    return unknown(f);
                }
                Value kv = ev(f.keyExpr(), s, d);
                String k = ValueOps.asString(kv);
                if (k == null) {
                    return unknown(f);
                }
                Value v = ev(f.valueExpr(), s, d);
                keySpans.putIfAbsent(k, kv.span());
                if (f.grouping()) {
                    groups.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
                } else if (entries.putIfAbsent(k, v) != null) {
                    return unknown(f); // duplicate key without '...': a Terraform error
                }
            }
            if (!f.object()) {
                return new Seq(tuple, f.span());
            }
            if (f.grouping()) {
                groups.forEach((k, vs) -> entries.put(k, new Seq(vs, f.valueExpr().span())));
            }
            return new Obj(Collections.unmodifiableMap(entries), Collections.unmodifiableMap(keySpans), f.span());
        }

        // ------------------------------------------------------------ operators

        private Value conditional(Conditional c, Scope scope, int d) {
            Boolean cond = ValueOps.asBool(ev(c.condition(), scope, d));
            if (cond == null) {
                return unknown(c);
            }
            Value chosen = ev(cond ? c.trueResult() : c.falseResult(), scope, d);
            if (chosen instanceof Num || chosen instanceof Bool) {
                // Terraform unifies both results' types: a number or bool next to a string becomes a string
                Value other = ev(cond ? c.falseResult() : c.trueResult(), scope, d);
                if (other instanceof Str || other instanceof Partial) {
                    return new Str(ValueOps.asString(chosen), chosen.span());
                }
            }
            return chosen;
        }

        private Value unary(Unary u, Scope scope, int d) {
            Value v = ev(u.operand(), scope, d);
            if (u.operator() == HclOperator.NOT) {
                Boolean b = ValueOps.asBool(v);
                return b == null ? unknown(u) : new Bool(!b, u.span());
            }
            BigDecimal n = ValueOps.asNumber(v);
            return n == null ? unknown(u) : new Num(n.negate(), u.span());
        }

        private Value binary(Binary b, Scope scope, int d) {
            HclOperator op = b.operator();
            if (op == HclOperator.AND || op == HclOperator.OR) {
                Boolean left = ValueOps.asBool(ev(b.left(), scope, d));
                if (left == null) {
                    return unknown(b);
                }
                if (op == HclOperator.AND && !left) {
                    return new Bool(false, b.span());
                }
                if (op == HclOperator.OR && left) {
                    return new Bool(true, b.span());
                }
                Boolean right = ValueOps.asBool(ev(b.right(), scope, d));
                return right == null ? unknown(b) : new Bool(right, b.span());
            }
            Value l = ev(b.left(), scope, d);
            Value r = ev(b.right(), scope, d);
            if (op == HclOperator.EQUAL || op == HclOperator.NOT_EQUAL) {
                Boolean eq = ValueOps.equal(l, r);
                return eq == null ? unknown(b) : new Bool(eq == (op == HclOperator.EQUAL), b.span());
            }
            BigDecimal x = ValueOps.asNumber(l);
            BigDecimal y = ValueOps.asNumber(r);
            if (x == null || y == null) {
                return unknown(b);
            }
            boolean comparison = op == HclOperator.LESS || op == HclOperator.GREATER
                    || op == HclOperator.LESS_OR_EQUAL || op == HclOperator.GREATER_OR_EQUAL;
            if (!comparison && (!ValueOps.computable(x) || !ValueOps.computable(y))) {
                return unknown(b); // absurd magnitudes would make exact arithmetic run away; comparing is cheap
            }
            try {
                return switch (op) {
                    case LESS -> new Bool(x.compareTo(y) < 0, b.span());
                    case GREATER -> new Bool(x.compareTo(y) > 0, b.span());
                    case LESS_OR_EQUAL -> new Bool(x.compareTo(y) <= 0, b.span());
                    case GREATER_OR_EQUAL -> new Bool(x.compareTo(y) >= 0, b.span());
                    case ADD -> new Num(x.add(y), b.span());
                    case SUBTRACT -> new Num(x.subtract(y), b.span());
                    case MULTIPLY -> new Num(x.multiply(y), b.span());
                    // exact results only: 1/3 has no exact decimal form (Terraform rounds to 512 bits)
                    case DIVIDE -> y.signum() == 0 ? unknown(b) : new Num(x.divide(y), b.span());
                    // x % y agrees between truncating and flooring only for non-negative operands
                    case MODULO -> y.signum() <= 0 || x.signum() < 0 ? unknown(b) : new Num(x.remainder(y), b.span());
                    default -> unknown(b);
                };
            } catch (ArithmeticException e) {
                return unknown(b);
            }
        }

        // ------------------------------------------------------------ functions

        private Value call(FunctionCall f, Scope scope, int d) {
            String name = f.name().startsWith("core::") ? f.name().substring("core::".length()) : f.name();
            if (!functions.supports(name) || (template && name.equals("templatefile"))) {
                return unknown(f); // Terraform refuses templatefile inside a template
            }
            List<Value> args = new ArrayList<>(f.args().size());
            for (HclExpression a : f.args()) {
                args.add(ev(a, scope, d));
            }
            if (f.expandFinal()) {
                if (args.isEmpty() || !(args.get(args.size() - 1) instanceof Seq last)) {
                    return unknown(f);
                }
                args.remove(args.size() - 1);
                args.addAll(last.items());
            }
            Value r;
            try {
                r = functions.call(name, args, f);
            } catch (ArithmeticException | IllegalArgumentException e) {
                r = null;
            }
            return r != null ? r : unknown(f);
        }

        // ------------------------------------------------------------ templates

        Value template(TemplateExpression t, Scope scope, int d) {
            List<HclTemplatePart> parts = t.parts();
            if (parts.size() == 1 && parts.get(0) instanceof Interpolation only) {
                return ev(only.expression(), scope, d); // "${x}" is x itself, not converted to a string
            }
            TextBuilder b = new TextBuilder(t.span());
            if (!appendParts(parts, b, scope, d)) {
                return unknown(t);
            }
            Value v = b.build();
            return v instanceof Str s && literal(t) ? new Str(s.value(), s.span(), literalStyle(t)) : v;
        }

        /**
         * True when the template is its string's own literal text: only text parts, written in HCL
         * syntax. A {@code .tf.json} string is a template too, but in JSON's quoting.
         */
        private static boolean literal(TemplateExpression t) {
            return t.parts().stream().allMatch(p -> p instanceof Text) && !TfJsonConverter.isTfJson(t.span().file());
        }

        private static ScalarStyle literalStyle(TemplateExpression t) {
            return t instanceof Heredoc ? ScalarStyle.HCL_HEREDOC : ScalarStyle.HCL_STRING;
        }

        /** False when Terraform would report an error (e.g. a list or null interpolated). */
        private boolean appendParts(List<HclTemplatePart> parts, TextBuilder b, Scope scope, int d) {
            if (d > MAX_DEPTH) {
                return false;
            }
            for (HclTemplatePart p : parts) {
                if (p instanceof Text text) {
                    b.text(text.value(), text.span());
                } else if (p instanceof Interpolation in) {
                    if (!b.value(ev(in.expression(), scope, d + 1))) {
                        return false;
                    }
                } else if (p instanceof IfDirective dir) {
                    Value c = ev(dir.condition(), scope, d + 1);
                    Boolean cond = ValueOps.asBool(c);
                    if (cond == null) {
                        if (!ValueOps.isUnknownish(c)) {
                            return false;
                        }
                        b.hole(unknown(dir));
                    } else if (!appendParts(cond ? dir.thenParts() : dir.elseParts(), b, scope, d + 1)) {
                        return false;
                    }
                } else if (p instanceof ForDirective dir) {
                    Value coll = ev(dir.collection(), scope, d + 1);
                    List<Element> elements = elements(coll);
                    if (elements == null) {
                        if (!ValueOps.isUnknownish(coll)) {
                            return false;
                        }
                        b.hole(unknown(dir));
                        continue;
                    }
                    for (Element el : elements) {
                        Scope s = scope;
                        if (dir.keyVar() != null) {
                            s = new Scope(dir.keyVar(), el.key(), s);
                        }
                        s = new Scope(dir.valueVar(), el.value(), s);
                        if (!appendParts(dir.body(), b, s, d + 1)) {
                            return false;
                        }
                    }
                } else {
                    return false;
                }
            }
            return true;
        }
    }
}
