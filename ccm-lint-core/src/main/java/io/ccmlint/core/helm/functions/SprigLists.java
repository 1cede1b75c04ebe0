package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.Fn.fixed;
import static io.ccmlint.core.helm.functions.Fn.integer;
import static io.ccmlint.core.helm.functions.Fn.variadic;
import static io.ccmlint.core.helm.template.GoType.ANY;
import static io.ccmlint.core.helm.template.GoType.BOOL;
import static io.ccmlint.core.helm.template.GoType.INT;
import static io.ccmlint.core.helm.template.GoType.LIST;
import static io.ccmlint.core.helm.template.GoType.STRING;

import io.ccmlint.core.helm.template.CallContext;
import io.ccmlint.core.helm.template.FunctionException;
import io.ccmlint.core.helm.template.GoValues;
import io.ccmlint.core.helm.template.TemplateFunction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Sprig's list functions (list.go). Each has a must- variant returning an error where the plain one
 * panics; in a template both stop execution with an error, worded as Sprig words it.
 */
final class SprigLists {
    private SprigLists() {
    }

    /** A list-taking function's body; the list is checked first. */
    private interface ListBody {
        Object call(CallContext c, List<?> list, List<Object> args) throws FunctionException;
    }

    static void register(Map<String, TemplateFunction> m) {
        m.put("list", variadic(LIST, ANY, (c, a) -> new ArrayList<>(a)));
        m.put("tuple", m.get("list"));
        both(m, "first", "find first", (c, l, a) -> l.isEmpty() ? null : l.get(0));
        both(m, "last", "find last", (c, l, a) -> l.isEmpty() ? null : l.get(l.size() - 1));
        both(m, "rest", "find rest", (c, l, a) -> l.isEmpty() ? null : new ArrayList<>(l.subList(1, l.size())));
        both(m, "initial", "find initial", (c, l, a) -> l.isEmpty() ? null : new ArrayList<>(l.subList(0, l.size() - 1)));
        both(m, "reverse", "find reverse", (c, l, a) -> {
            List<Object> r = new ArrayList<>(l);
            Collections.reverse(r);
            return r;
        });
        both(m, "uniq", "find uniq", (c, l, a) -> {
            List<Object> r = new ArrayList<>();
            for (Object o : l) {
                if (!inList(r, o)) {
                    r.add(o);
                }
            }
            return r;
        });
        both(m, "compact", "compact", (c, l, a) -> {
            List<Object> r = new ArrayList<>();
            for (Object o : l) {
                if (!GoConv.empty(o)) {
                    r.add(o);
                }
            }
            return r;
        });
        bothVariadic(m, "append", "push", (c, l, a) -> {
            List<Object> r = new ArrayList<>(l);
            r.add(a.get(0));
            return r;
        }, ANY);
        m.put("push", m.get("append"));
        m.put("mustPush", m.get("mustAppend"));
        bothVariadic(m, "prepend", "prepend", (c, l, a) -> {
            List<Object> r = new ArrayList<>();
            r.add(a.get(0));
            r.addAll(l);
            return r;
        }, ANY);
        bothVariadic(m, "without", "find without", (c, l, a) -> {
            List<Object> r = new ArrayList<>();
            for (Object o : l) {
                if (!inList(a, o)) {
                    r.add(o);
                }
            }
            return r;
        });
        bothVariadic(m, "slice", "slice", (c, l, a) -> slice(l, a));
        m.put("has", fixed(BOOL, (c, a) -> has(a.get(0), a.get(1), "has"), ANY, ANY));
        m.put("mustHas", fixed(BOOL, (c, a) -> has(a.get(0), a.get(1), "has"), ANY, ANY));
        m.put("concat", variadic(ANY, ANY, (c, a) -> {
            List<Object> r = new ArrayList<>();
            for (Object l : a) {
                if (!(l instanceof List)) {
                    throw new IllegalStateException("Cannot concat type " + typeForError(l) + " as list");
                }
                r.addAll((List<?>) l);
            }
            return r;
        }));
        m.put("chunk", fixed(LIST, (c, a) -> chunk(integer(a, 0), a.get(1)), INT, ANY));
        m.put("mustChunk", m.get("chunk"));
        m.put("until", fixed(LIST, (c, a) -> untilStep(c, 0, integer(a, 0), integer(a, 0) < 0 ? -1 : 1), INT));
        m.put("untilStep", fixed(LIST, (c, a) -> untilStep(c, integer(a, 0), integer(a, 1), integer(a, 2)), INT, INT, INT));
        m.put("seq", variadic(STRING, INT, (c, a) -> seq(c, a)));
        m.put("dig", variadic(ANY, ANY, (c, a) -> dig(a)));
    }

    private static void both(Map<String, TemplateFunction> m, String name, String verb, ListBody body) {
        m.put(name, fixed(ANY, (c, a) -> body.call(c, checked(a.get(0), verb, true), a), ANY));
        m.put("must" + Character.toUpperCase(name.charAt(0)) + name.substring(1),
                fixed(ANY, (c, a) -> body.call(c, checked(a.get(0), verb, false), a), ANY));
    }

    private static void bothVariadic(Map<String, TemplateFunction> m, String name, String verb, ListBody body) {
        TemplateFunction.Body plain = (c, a) -> body.call(c, checked(a.get(0), verb, true), a.subList(1, a.size()));
        TemplateFunction.Body must = (c, a) -> body.call(c, checked(a.get(0), verb, false), a.subList(1, a.size()));
        m.put(name, variadic(ANY, ANY, plain, ANY));
        m.put("must" + Character.toUpperCase(name.charAt(0)) + name.substring(1), variadic(ANY, ANY, must, ANY));
    }

    private static void bothVariadic(Map<String, TemplateFunction> m, String name, String verb, ListBody body, io.ccmlint.core.helm.template.GoType one) {
        TemplateFunction.Body plain = (c, a) -> body.call(c, checked(a.get(0), verb, true), a.subList(1, a.size()));
        TemplateFunction.Body must = (c, a) -> body.call(c, checked(a.get(0), verb, false), a.subList(1, a.size()));
        m.put(name, fixed(LIST, plain, ANY, one));
        m.put("must" + Character.toUpperCase(name.charAt(0)) + name.substring(1), fixed(LIST, must, ANY, one));
    }

    /** Sprig's reflect check: a slice, else "Cannot VERB on type T" (a panic, or the must- variant's error). */
    private static List<?> checked(Object v, String verb, boolean panic) throws FunctionException {
        if (v instanceof List) {
            return (List<?>) v;
        }
        if (v == null) {
            throw new IllegalStateException("runtime error: invalid memory address or nil pointer dereference");
        }
        String message = "Cannot " + verb + " on type " + typeForError(v);
        if (panic) {
            throw new IllegalStateException(message);
        }
        throw new FunctionException(message);
    }

    /** reflect.TypeOf(v).Kind() as %s prints it. */
    private static String typeForError(Object v) {
        return GoConv.kindOf(v);
    }

    private static boolean inList(List<?> haystack, Object needle) {
        for (Object o : haystack) {
            if (GoConv.deepEqual(o, needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Object needle, Object haystack, String verb) throws FunctionException {
        if (haystack == null) {
            return false;
        }
        if (!(haystack instanceof List)) {
            throw new FunctionException("Cannot find has on type " + typeForError(haystack));
        }
        return inList((List<?>) haystack, needle);
    }

    private static Object slice(List<?> l, List<Object> indexes) {
        int start = 0;
        int end = l.size();
        if (!indexes.isEmpty()) {
            start = (int) GoConv.toInt64(indexes.get(0));
        }
        if (indexes.size() > 1) {
            end = (int) GoConv.toInt64(indexes.get(1));
        }
        if (start < 0 || end > l.size() || start > end) {
            throw new IllegalStateException("runtime error: slice bounds out of range [" + start + ":" + end + "]");
        }
        return new ArrayList<>(l.subList(start, end));
    }

    private static List<Object> chunk(long size, Object list) throws FunctionException {
        if (!(list instanceof List)) {
            throw new FunctionException("Cannot chunk type " + typeForError(list));
        }
        List<?> l = (List<?>) list;
        if (size <= 0) {
            throw new IllegalStateException("runtime error: integer divide by zero");
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i += (int) size) {
            out.add(new ArrayList<>(l.subList(i, (int) Math.min(l.size(), i + size))));
        }
        return out;
    }

    static List<Object> untilStep(CallContext c, long start, long stop, long step) throws FunctionException {
        List<Object> v = new ArrayList<>();
        if (stop < start) {
            if (step >= 0) {
                return v;
            }
            Fn.checkCount(c, (start - stop) / -step);
            for (long i = start; i > stop; i += step) {
                v.add(i);
            }
            return v;
        }
        if (step <= 0) {
            return v;
        }
        Fn.checkCount(c, (stop - start) / step);
        for (long i = start; i < stop; i += step) {
            v.add(i);
        }
        return v;
    }

    private static String seq(CallContext c, List<Object> p) throws FunctionException {
        List<Object> r;
        switch (p.size()) {
            case 1: {
                long end = (Long) p.get(0);
                long inc = end < 1 ? -1 : 1;
                r = untilStep(c, 1, end + inc, inc);
                break;
            }
            case 2: {
                long start = (Long) p.get(0);
                long end = (Long) p.get(1);
                long step = end < start ? -1 : 1;
                r = untilStep(c, start, end + step, step);
                break;
            }
            case 3: {
                long start = (Long) p.get(0);
                long step = (Long) p.get(1);
                long end = (Long) p.get(2);
                long inc = 1;
                if (end < start) {
                    inc = -1;
                    if (step > 0) {
                        return "";
                    }
                }
                r = untilStep(c, start, end + inc, step);
                break;
            }
            default:
                return "";
        }
        StringBuilder b = new StringBuilder();
        for (Object o : r) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(o);
        }
        return b.toString();
    }

    private static Object dig(List<Object> ps) throws FunctionException {
        if (ps.size() < 3) {
            throw new IllegalStateException("dig needs at least three arguments");
        }
        Object last = ps.get(ps.size() - 1);
        if (!(last instanceof Map)) {
            throw new IllegalStateException("interface conversion: interface {} is " + GoValues.typeName(last)
                    + ", not map[string]interface {}");
        }
        Object def = ps.get(ps.size() - 2);
        Object cur = last;
        for (int i = 0; i < ps.size() - 2; i++) {
            Object k = ps.get(i);
            if (!(k instanceof String)) {
                throw new IllegalStateException("interface conversion: interface {} is " + GoValues.typeName(k) + ", not string");
            }
            if (!(cur instanceof Map)) {
                throw new IllegalStateException("interface conversion: interface {} is " + GoValues.typeName(cur)
                        + ", not map[string]interface {}");
            }
            Map<?, ?> d = (Map<?, ?>) cur;
            if (!d.containsKey(k)) {
                return def;
            }
            cur = d.get(k);
        }
        return cur;
    }
}
