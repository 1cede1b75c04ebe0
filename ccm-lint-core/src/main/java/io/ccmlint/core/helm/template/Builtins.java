package io.ccmlint.core.helm.template;

import static io.ccmlint.core.helm.template.GoType.ANY;
import static io.ccmlint.core.helm.template.GoType.BOOL;
import static io.ccmlint.core.helm.template.GoType.INT;
import static io.ccmlint.core.helm.template.GoType.STRING;
import static io.ccmlint.core.helm.template.GoType.VALUE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Go's builtin template functions (text/template/funcs.go). {@code and}, {@code or} and {@code call}
 * are evaluated by the executor itself (short-circuit, and the callee's name); their entries here
 * carry the signatures.
 */
final class Builtins {
    static final Map<String, TemplateFunction> ALL = create();

    private Builtins() {
    }

    private static Map<String, TemplateFunction> create() {
        Map<String, TemplateFunction> m = new LinkedHashMap<>();
        m.put("and", TemplateFunction.of(Signature.variadic(VALUE, VALUE, VALUE), (c, a) -> {
            throw new IllegalStateException("and is evaluated by the executor");
        }));
        m.put("or", TemplateFunction.of(Signature.variadic(VALUE, VALUE, VALUE), (c, a) -> {
            throw new IllegalStateException("or is evaluated by the executor");
        }));
        m.put("call", TemplateFunction.of(Signature.variadic(VALUE, VALUE, VALUE), (c, a) -> {
            throw new IllegalStateException("call is evaluated by the executor");
        }));
        m.put("html", TemplateFunction.of(Signature.variadic(STRING, ANY), (c, a) -> Escapers.html(evalArgs(c, a))));
        m.put("js", TemplateFunction.of(Signature.variadic(STRING, ANY), (c, a) -> Escapers.js(evalArgs(c, a))));
        m.put("urlquery", TemplateFunction.of(Signature.variadic(STRING, ANY), (c, a) -> Escapers.urlQuery(evalArgs(c, a))));
        m.put("index", TemplateFunction.of(Signature.variadic(VALUE, VALUE, VALUE), (c, a) -> index(a.get(0), a.subList(1, a.size()))));
        m.put("slice", TemplateFunction.of(Signature.variadic(VALUE, VALUE, VALUE), (c, a) -> slice(a.get(0), a.subList(1, a.size()))));
        m.put("len", TemplateFunction.of(Signature.of(INT, VALUE), (c, a) -> length(a.get(0))));
        m.put("not", TemplateFunction.of(Signature.of(BOOL, VALUE), (c, a) -> !GoValues.isTrue(a.get(0))));
        m.put("print", TemplateFunction.of(Signature.variadic(STRING, ANY), (c, a) -> bounded(() -> GoFmt.sprint(a, max(c)))));
        m.put("printf", TemplateFunction.of(Signature.variadic(STRING, ANY, STRING),
                (c, a) -> bounded(() -> GoFmt.sprintf((String) a.get(0), a.subList(1, a.size()), max(c)))));
        m.put("println", TemplateFunction.of(Signature.variadic(STRING, ANY), (c, a) -> bounded(() -> GoFmt.sprintln(a, max(c)))));
        m.put("eq", TemplateFunction.of(Signature.variadic(BOOL, VALUE, VALUE), (c, a) -> GoCompare.eq(a.get(0), a.subList(1, a.size()))));
        m.put("ge", TemplateFunction.of(Signature.of(BOOL, VALUE, VALUE), (c, a) -> GoCompare.ge(a.get(0), a.get(1))));
        m.put("gt", TemplateFunction.of(Signature.of(BOOL, VALUE, VALUE), (c, a) -> GoCompare.gt(a.get(0), a.get(1))));
        m.put("le", TemplateFunction.of(Signature.of(BOOL, VALUE, VALUE), (c, a) -> GoCompare.le(a.get(0), a.get(1))));
        m.put("lt", TemplateFunction.of(Signature.of(BOOL, VALUE, VALUE), (c, a) -> GoCompare.lt(a.get(0), a.get(1))));
        m.put("ne", TemplateFunction.of(Signature.of(BOOL, VALUE, VALUE), (c, a) -> !GoCompare.eq(a.get(0), Collections.singletonList(a.get(1)))));
        return Collections.unmodifiableMap(m);
    }

    private static long max(CallContext c) {
        return c.limits().maxOutputBytes();
    }

    /** Formatting that would outgrow the output bound stops as a limit, not as memory exhaustion. */
    private static String bounded(java.util.function.Supplier<String> format) throws FunctionException {
        try {
            return format.get();
        } catch (GoFmt.TooLarge e) {
            throw FunctionException.limit(e.getMessage());
        }
    }

    /** fmt.Sprint of the arguments, a single string as is, nil as "<no value>" (text/template's evalArgs). */
    private static String evalArgs(CallContext c, List<Object> args) throws FunctionException {
        if (args.size() == 1 && args.get(0) instanceof String) {
            return (String) args.get(0);
        }
        List<Object> printable = new ArrayList<>(args.size());
        for (Object a : args) {
            printable.add(a == null ? "<no value>" : a);
        }
        return bounded(() -> GoFmt.sprint(printable, max(c)));
    }

    /** index x 1 2 is x[1][2]: lists and strings by integer, maps by key (a missing key is nil). */
    static Object index(Object item, List<Object> indexes) throws FunctionException {
        item = GoValues.unbox(item);
        if (item == null) {
            throw new FunctionException("index of untyped nil");
        }
        for (Object idx : indexes) {
            Object index = GoValues.unbox(idx);
            if (item instanceof Boxed) {
                item = ((Boxed) item).value();
                if (item == null) {
                    throw new FunctionException("index of nil pointer");
                }
            }
            if (item instanceof List) {
                List<?> list = (List<?>) item;
                item = Boxed.of(list.get(checkIndex(indexArg(index, list.size()), list.size(), "slice")));
            } else if (item instanceof String) {
                byte[] bytes = ((String) item).getBytes(StandardCharsets.UTF_8);
                item = new GoInt(GoInt.Kind.UINT8, bytes[checkIndex(indexArg(index, bytes.length), bytes.length, "string")] & 0xFF);
            } else if (item instanceof Map) {
                if (index == null) {
                    throw new FunctionException("value is nil; should be of type string");
                }
                if (!(index instanceof String)) {
                    throw new FunctionException("value has type " + GoValues.typeName(index) + "; should be string");
                }
                Map<?, ?> map = (Map<?, ?>) item;
                item = map.containsKey(index) ? Boxed.of(map.get(index)) : Boxed.NIL;
            } else {
                throw new FunctionException("can't index item of type " + GoValues.typeName(item));
            }
        }
        return item;
    }

    /** Go checks the index against the length only when reading (reflect's own panic message). */
    private static int checkIndex(int x, int len, String what) throws FunctionException {
        if (x >= len) {
            throw new FunctionException("reflect: " + what + " index out of range");
        }
        return x;
    }

    /** An integer index within 0..cap (Go's indexArg). */
    private static int indexArg(Object index, int cap) throws FunctionException {
        long x;
        if (index instanceof Long) {
            x = (Long) index;
        } else if (index instanceof GoInt) {
            x = ((GoInt) index).bits();
            if (!((GoInt) index).signed() && x < 0) {
                throw new FunctionException("index out of range: " + x);
            }
        } else if (index == null) {
            throw new FunctionException("cannot index slice/array with nil");
        } else {
            throw new FunctionException("cannot index slice/array with type " + GoValues.typeName(index));
        }
        if (x < 0 || x > cap) {
            throw new FunctionException("index out of range: " + x);
        }
        return (int) x;
    }

    /** slice x 1 2 is x[1:2]; strings slice by bytes. */
    static Object slice(Object item, List<Object> indexes) throws FunctionException {
        item = GoValues.unbox(item);
        if (item == null) {
            throw new FunctionException("slice of untyped nil");
        }
        if (indexes.size() > 3) {
            throw new FunctionException("too many slice indexes: " + indexes.size());
        }
        byte[] bytes = null;
        int cap;
        if (item instanceof String) {
            if (indexes.size() == 3) {
                throw new FunctionException("cannot 3-index slice a string");
            }
            bytes = ((String) item).getBytes(StandardCharsets.UTF_8);
            cap = bytes.length;
        } else if (item instanceof List) {
            cap = ((List<?>) item).size();
        } else {
            throw new FunctionException("can't slice item of type " + GoValues.typeName(item));
        }
        int[] idx = {0, cap, 0};
        for (int i = 0; i < indexes.size(); i++) {
            idx[i] = indexArg(indexes.get(i), cap); // Go does not look inside an interface here
        }
        if (idx[0] > idx[1]) {
            throw new FunctionException("invalid slice index: " + idx[0] + " > " + idx[1]);
        }
        if (indexes.size() == 3 && idx[1] > idx[2]) {
            throw new FunctionException("invalid slice index: " + idx[1] + " > " + idx[2]);
        }
        if (bytes != null) {
            return new String(Arrays.copyOfRange(bytes, idx[0], idx[1]), StandardCharsets.UTF_8);
        }
        return new ArrayList<>(((List<?>) item).subList(idx[0], idx[1]));
    }

    static long length(Object item) throws FunctionException {
        if (item instanceof Boxed) {
            item = ((Boxed) item).value();
            if (item == null) {
                throw new FunctionException("len of nil pointer");
            }
        }
        if (item == null) {
            throw new FunctionException("reflect: call of reflect.Value.Type on zero Value");
        }
        if (item instanceof String) {
            return GoValues.utf8Length((String) item);
        }
        if (item instanceof Map) {
            return ((Map<?, ?>) item).size();
        }
        if (item instanceof List) {
            return ((List<?>) item).size();
        }
        throw new FunctionException("len of type " + GoValues.typeName(item));
    }
}
