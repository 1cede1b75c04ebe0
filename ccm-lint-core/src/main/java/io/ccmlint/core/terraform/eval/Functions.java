package io.ccmlint.core.terraform.eval;

import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.hcl.HclExpression.FunctionCall;
import io.ccmlint.core.hcl.HclExpression.Variable;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Terraform's built-in functions that the evaluator runs on known values. Each answers null when
 * the result is not certain (an unknown argument, a call Terraform would reject), which the
 * evaluator turns into {@link Unknown} with the call's span.
 */
final class Functions {
    static final Set<String> NAMES = Set.of("jsonencode", "toset", "tolist", "concat", "merge", "trimspace",
            "format", "lower", "upper", "join", "split", "tostring", "tonumber", "tobool", "length", "lookup",
            "keys", "values", "file", "templatefile");

    private final Evaluator evaluator;

    Functions(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    boolean supports(String name) {
        return NAMES.contains(name);
    }

    Value call(String name, List<Value> a, FunctionCall f) {
        Span sp = f.span();
        int n = a.size();
        return switch (name) {
            case "jsonencode" -> {
                String json = n == 1 ? ValueOps.json(a.get(0)) : null;
                yield json == null ? null : new Str(json, sp);
            }
            case "toset" -> n == 1 ? toSet(a.get(0), sp) : null;
            case "tolist" -> n == 1 ? toList(a.get(0), sp) : null;
            case "concat" -> concat(a, sp);
            case "merge" -> merge(a, sp);
            case "trimspace" -> stringFunction(a, sp, ValueOps::trimSpace);
            case "lower" -> stringFunction(a, sp, s -> ValueOps.mapCase(s, false));
            case "upper" -> stringFunction(a, sp, s -> ValueOps.mapCase(s, true));
            case "format" -> format(a, sp);
            case "join" -> join(a, sp);
            case "split" -> split(a, sp);
            case "tostring" -> n == 1 ? toPrimitive(a.get(0), sp, 's') : null;
            case "tonumber" -> n == 1 ? toPrimitive(a.get(0), sp, 'n') : null;
            case "tobool" -> n == 1 ? toPrimitive(a.get(0), sp, 'b') : null;
            case "length" -> n == 1 ? length(a.get(0), sp) : null;
            case "lookup" -> lookup(a);
            case "keys" -> n == 1 ? keysOrValues(a.get(0), sp, true) : null;
            case "values" -> n == 1 ? keysOrValues(a.get(0), sp, false) : null;
            case "file" -> n == 1 ? file(a.get(0)) : null;
            case "templatefile" -> n == 2 ? templateFile(a.get(0), a.get(1)) : null;
            default -> null;
        };
    }

    // ---------------------------------------------------------------- collections

    /**
     * {@code toset}: duplicates removed and, as Terraform orders sets of primitives, sorted
     * (strings lexically, numbers numerically). Unknown elements are kept after the known ones
     * (their place and whether they duplicate a known element can't be known).
     */
    Value toSet(Value v, Span sp) {
        if (!(v instanceof Seq s)) {
            return null;
        }
        List<Value> known = new ArrayList<>();
        List<Value> unknown = new ArrayList<>();
        for (Value item : s.items()) {
            if (item instanceof Null || item instanceof Seq || item instanceof Obj) {
                return null; // sets can't hold null; sets of collections have a hash order we don't model
            }
            (ValueOps.isUnknownish(item) ? unknown : known).add(item);
        }
        known = unify(known);
        if (known == null) {
            return null;
        }
        List<Value> out = new ArrayList<>(known.size() + unknown.size());
        if (!known.isEmpty()) {
            if (known.get(0) instanceof Str) {
                TreeMap<String, Value> m = new TreeMap<>(ValueOps.CODE_POINT_ORDER);
                known.forEach(x -> m.putIfAbsent(((Str) x).value(), x));
                out.addAll(m.values());
            } else if (known.get(0) instanceof Num) {
                TreeMap<BigDecimal, Value> m = new TreeMap<>();
                known.forEach(x -> m.putIfAbsent(((Num) x).value(), x));
                out.addAll(m.values());
            } else {
                TreeMap<Boolean, Value> m = new TreeMap<>();
                known.forEach(x -> m.putIfAbsent(((Bool) x).value(), x));
                out.addAll(m.values());
            }
        }
        out.addAll(unknown);
        return evaluator.markSet(new Seq(out, sp));
    }

    private static Value toList(Value v, Span sp) {
        if (!(v instanceof Seq s)) {
            return null;
        }
        List<Value> primitives = new ArrayList<>();
        for (Value item : s.items()) {
            if (item instanceof Seq || item instanceof Obj) {
                return new Seq(s.items(), sp); // structural elements: kept as they are
            }
            if (ValueOps.isKnownPrimitive(item)) {
                primitives.add(item);
            }
        }
        List<Value> unified = unify(primitives);
        if (unified == null) {
            return null;
        }
        List<Value> out = new ArrayList<>(s.items().size());
        int next = 0;
        for (Value item : s.items()) {
            out.add(ValueOps.isKnownPrimitive(item) ? unified.get(next++) : item);
        }
        return new Seq(out, sp);
    }

    /**
     * Terraform's type unification of primitives: all of one type stay; strings mixed with numbers
     * or bools make everything a string; numbers mixed with bools are an error (null).
     */
    private static List<Value> unify(List<Value> items) {
        boolean str = false;
        boolean num = false;
        boolean bool = false;
        for (Value v : items) {
            str |= v instanceof Str;
            num |= v instanceof Num;
            bool |= v instanceof Bool;
        }
        if ((str ? 1 : 0) + (num ? 1 : 0) + (bool ? 1 : 0) <= 1) {
            return items;
        }
        if (!str) {
            return null;
        }
        List<Value> out = new ArrayList<>(items.size());
        for (Value v : items) {
            String s = ValueOps.asString(v);
            if (s == null) {
                return null;
            }
            out.add(v instanceof Str ? v : new Str(s, v.span()));
        }
        return out;
    }

    private static Value concat(List<Value> a, Span sp) {
        if (a.isEmpty()) {
            return null;
        }
        List<Value> out = new ArrayList<>();
        for (Value v : a) {
            if (!(v instanceof Seq s)) {
                return null;
            }
            out.addAll(s.items());
        }
        return new Seq(out, sp);
    }

    private static Value merge(List<Value> a, Span sp) {
        Map<String, Value> entries = new LinkedHashMap<>();
        Map<String, Span> keySpans = new LinkedHashMap<>();
        Map<String, ScalarStyle> keyStyles = new LinkedHashMap<>();
        for (Value v : a) {
            if (v instanceof Null) {
                continue;
            }
            if (!(v instanceof Obj o)) {
                return null;
            }
            for (Map.Entry<String, Value> e : o.entries().entrySet()) {
                entries.remove(e.getKey()); // the later argument wins and takes its place in order
                entries.put(e.getKey(), e.getValue());
                keySpans.put(e.getKey(), o.keySpans().getOrDefault(e.getKey(), o.span()));
                keyStyles.remove(e.getKey());
                if (o.keyStyles().containsKey(e.getKey())) {
                    keyStyles.put(e.getKey(), o.keyStyles().get(e.getKey()));
                }
            }
        }
        return new Obj(Collections.unmodifiableMap(entries), Collections.unmodifiableMap(keySpans),
                Collections.unmodifiableMap(keyStyles), sp);
    }

    private Value length(Value v, Span sp) {
        if (v instanceof Seq s) {
            if (evaluator.isSet(s) && s.items().size() > 1 && s.items().stream().anyMatch(ValueOps::isUnknownish)) {
                return null; // an unknown might equal another element of the set
            }
            return new Num(BigDecimal.valueOf(s.items().size()), sp);
        }
        if (v instanceof Obj o) {
            return new Num(BigDecimal.valueOf(o.entries().size()), sp);
        }
        if (v instanceof Str s) {
            // Terraform counts grapheme clusters: only plain text (no combining marks, no surrogates) is certain
            for (int i = 0; i < s.value().length(); i++) {
                char c = s.value().charAt(i);
                if (c >= 0x300 || c == '\r') {
                    return null;
                }
            }
            return new Num(BigDecimal.valueOf(s.value().length()), sp);
        }
        return null;
    }

    private static Value lookup(List<Value> a) {
        if (a.size() < 2 || a.size() > 3 || !(a.get(0) instanceof Obj o)) {
            return null;
        }
        String k = ValueOps.asString(a.get(1));
        if (k == null) {
            return null;
        }
        Value v = o.entries().get(k);
        if (v != null) {
            return v;
        }
        return a.size() == 3 ? a.get(2) : null;
    }

    private static Value keysOrValues(Value v, Span sp, boolean keys) {
        if (!(v instanceof Obj o)) {
            return null;
        }
        List<Value> out = new ArrayList<>(o.entries().size());
        for (String k : ValueOps.sortedKeys(o.entries())) {
            out.add(keys ? new Str(k, o.keySpans().getOrDefault(k, o.span())) : o.entries().get(k));
        }
        return new Seq(out, sp);
    }

    // ---------------------------------------------------------------- files

    /**
     * {@code file(path)}: the file's text, located at the whole file it was read from (so a policy
     * read from it is located there, see {@code PolicyExpressions}); unknown when the instance's
     * {@link ModuleFiles} does not give it.
     */
    private Value file(Value path) {
        String p = ValueOps.asString(path);
        SourceFile f = p == null ? null : evaluator.files().read(p);
        return f == null ? null : new Str(f.text(), f.wholeFile());
    }

    /** {@code templatefile(path, vars)}: the template rendered with {@code vars} (see {@link Evaluator#renderTemplateFile}). */
    private Value templateFile(Value path, Value vars) {
        if (!(vars instanceof Obj o)) {
            return null; // unknown vars, or not an object: Terraform's error
        }
        String p = ValueOps.asString(path);
        SourceFile f = p == null ? null : evaluator.files().read(p);
        HclExpression.Template t = f == null ? null : evaluator.files().template(f);
        if (t == null) {
            return null;
        }
        Value r = evaluator.renderTemplateFile(t, o.entries());
        if (r instanceof Str || r instanceof Partial) {
            evaluator.files().rendered(r, t, o.entries());
        }
        return r;
    }

    // ---------------------------------------------------------------- strings

    private static Value stringFunction(List<Value> a, Span sp, java.util.function.UnaryOperator<String> op) {
        if (a.size() != 1) {
            return null;
        }
        String s = ValueOps.asString(a.get(0));
        return s == null ? null : new Str(op.apply(s), sp);
    }

    private static Value toPrimitive(Value v, Span sp, char type) {
        if (v instanceof Null) {
            return new Null(sp);
        }
        switch (type) {
            case 's' -> {
                if (v instanceof Str) {
                    return v;
                }
                String s = ValueOps.asString(v);
                return s == null ? null : new Str(s, sp);
            }
            case 'n' -> {
                if (v instanceof Num) {
                    return v;
                }
                BigDecimal n = ValueOps.asNumber(v);
                return n == null ? null : new Num(n, sp);
            }
            default -> {
                if (v instanceof Bool) {
                    return v;
                }
                Boolean b = ValueOps.asBool(v);
                return b == null ? null : new Bool(b, sp);
            }
        }
    }

    /** {@code join(sep, list...)}: unknown elements become holes of a {@link Partial}. */
    private static Value join(List<Value> a, Span sp) {
        if (a.size() < 2) {
            return null;
        }
        String sep = ValueOps.asString(a.get(0));
        if (sep == null) {
            return null;
        }
        TextBuilder b = new TextBuilder(sp);
        boolean first = true;
        for (Value list : a.subList(1, a.size())) {
            if (!(list instanceof Seq s)) {
                return null;
            }
            for (Value item : s.items()) {
                if (!first) {
                    b.text(sep, a.get(0).span());
                }
                first = false;
                if (item instanceof Null || !b.value(item)) {
                    return null;
                }
            }
        }
        return b.build();
    }

    private static Value split(List<Value> a, Span sp) {
        if (a.size() != 2) {
            return null;
        }
        String sep = ValueOps.asString(a.get(0));
        String s = ValueOps.asString(a.get(1));
        if (sep == null || s == null) {
            return null;
        }
        List<Value> out = new ArrayList<>();
        for (String piece : ValueOps.split(s, sep)) {
            out.add(new Str(piece, sp));
        }
        return new Seq(out, sp);
    }

    /**
     * {@code format} with the verbs {@code %s %q %d %v %#v %t %%} and no flags, width, precision
     * or explicit argument index (those give null: not evaluated).
     */
    private static Value format(List<Value> a, Span sp) {
        if (a.isEmpty() || !(a.get(0) instanceof Str fs)) {
            return null;
        }
        List<Value> args = a.subList(1, a.size());
        for (Value x : args) {
            if (!ValueOps.isWhollyKnown(x)) {
                return null;
            }
        }
        String fmt = fs.value();
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (++i >= fmt.length()) {
                return null;
            }
            char verb = fmt.charAt(i);
            if (verb == '%') {
                out.append('%');
                continue;
            }
            boolean sharp = false;
            if (verb == '#') {
                sharp = true;
                if (++i >= fmt.length() || fmt.charAt(i) != 'v') {
                    return null;
                }
                verb = 'v';
            }
            if (next >= args.size()) {
                return null; // not enough arguments
            }
            String piece = formatOne(verb, sharp, args.get(next++));
            if (piece == null) {
                return null;
            }
            out.append(piece);
        }
        if (next < args.size()) {
            return null; // too many arguments: an error in Terraform
        }
        return new Str(out.toString(), sp);
    }

    private static String formatOne(char verb, boolean sharp, Value arg) {
        if (verb != 'v' && arg instanceof Null) {
            return null;
        }
        switch (verb) {
            case 's':
                return ValueOps.asString(arg);
            case 'q': {
                String s = ValueOps.asString(arg);
                return s == null ? null : ValueOps.jsonString(s);
            }
            case 'd': {
                BigDecimal n = ValueOps.asNumber(arg);
                if (n == null) {
                    return null;
                }
                try {
                    return n.stripTrailingZeros().toBigIntegerExact().toString();
                } catch (ArithmeticException notInteger) {
                    return null;
                }
            }
            case 't': {
                Boolean b = ValueOps.asBool(arg);
                return b == null ? null : b.toString();
            }
            case 'v': {
                if (arg instanceof Null) {
                    return "null";
                }
                if (!sharp && arg instanceof Str s) {
                    return s.value();
                }
                if (!sharp && arg instanceof Num n) {
                    return ValueOps.numberTextG(n.value());
                }
                return ValueOps.json(arg);
            }
            default:
                return null;
        }
    }

    // ---------------------------------------------------------------- variable types

    /**
     * Converts a variable's value to its declared {@code type}, as Terraform does; on failure
     * unknown, as {@code text} written at {@code where}.
     */
    Value convertToType(Value v, HclExpression type, io.ccmlint.core.source.Span where, String text) {
        Value r = convert(v, type, 0);
        return r != null ? r : new Value.Unknown(text, null, where);
    }

    private Value convert(Value v, HclExpression type, int depth) {
        if (v instanceof Null || ValueOps.isUnknownish(v) || depth > ValueOps.MAX_VALUE_DEPTH) {
            return v;
        }
        if (type instanceof Variable t) {
            return switch (t.name()) {
                case "string" -> {
                    String s = ValueOps.asString(v);
                    yield s == null ? null : v instanceof Str ? v : new Str(s, v.span());
                }
                case "number" -> {
                    BigDecimal n = ValueOps.asNumber(v);
                    yield n == null ? null : v instanceof Num ? v : new Num(n, v.span());
                }
                case "bool" -> {
                    Boolean b = ValueOps.asBool(v);
                    yield b == null ? null : v instanceof Bool ? v : new Bool(b, v.span());
                }
                default -> v;
            };
        }
        if (type instanceof FunctionCall f && f.args().size() == 1) {
            HclExpression elementType = f.args().get(0);
            switch (f.name()) {
                case "list", "set" -> {
                    if (!(v instanceof Seq s)) {
                        return null;
                    }
                    List<Value> items = new ArrayList<>(s.items().size());
                    for (Value item : s.items()) {
                        Value c = convert(item, elementType, depth + 1);
                        if (c == null) {
                            return null;
                        }
                        items.add(c);
                    }
                    Seq converted = new Seq(items, s.span());
                    return f.name().equals("set") ? toSet(converted, s.span()) : converted;
                }
                case "map" -> {
                    if (!(v instanceof Obj o)) {
                        return null;
                    }
                    Map<String, Value> entries = new LinkedHashMap<>();
                    for (Map.Entry<String, Value> e : o.entries().entrySet()) {
                        Value c = convert(e.getValue(), elementType, depth + 1);
                        if (c == null) {
                            return null;
                        }
                        entries.put(e.getKey(), c);
                    }
                    return new Obj(Collections.unmodifiableMap(entries), o.keySpans(), o.keyStyles(), o.span());
                }
                default -> {
                    return v;
                }
            }
        }
        return v;
    }
}
