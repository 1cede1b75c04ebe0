package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.Fn.fixed;
import static io.ccmlint.core.helm.functions.Fn.map;
import static io.ccmlint.core.helm.functions.Fn.str;
import static io.ccmlint.core.helm.functions.Fn.variadic;
import static io.ccmlint.core.helm.template.GoType.ANY;
import static io.ccmlint.core.helm.template.GoType.BOOL;
import static io.ccmlint.core.helm.template.GoType.LIST;
import static io.ccmlint.core.helm.template.GoType.MAP;
import static io.ccmlint.core.helm.template.GoType.STRING;

import io.ccmlint.core.helm.template.GoValues;
import io.ccmlint.core.helm.template.TemplateFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sprig's dict functions (dict.go). Go ranges over a map in random order, so {@code keys} and
 * {@code values} come out in any order in Helm; here they come in key order (charts sort them anyway).
 * {@code set}, {@code unset}, {@code merge} change the map they are given, as in Go.
 */
final class SprigDicts {
    private SprigDicts() {
    }

    static void register(Map<String, TemplateFunction> m) {
        m.put("dict", variadic(MAP, ANY, (c, a) -> {
            Map<String, Object> d = new LinkedHashMap<>();
            for (int i = 0; i < a.size(); i += 2) {
                d.put(GoConv.strval(a.get(i)), i + 1 < a.size() ? a.get(i + 1) : "");
            }
            return d;
        }));
        m.put("get", fixed(ANY, (c, a) -> map(a, 0).containsKey(str(a, 1)) ? map(a, 0).get(str(a, 1)) : "", MAP, STRING));
        m.put("set", fixed(MAP, (c, a) -> {
            mutable(map(a, 0)).put(str(a, 1), a.get(2));
            return map(a, 0);
        }, MAP, STRING, ANY));
        m.put("unset", fixed(MAP, (c, a) -> {
            mutable(map(a, 0)).remove(str(a, 1));
            return map(a, 0);
        }, MAP, STRING));
        m.put("hasKey", fixed(BOOL, (c, a) -> map(a, 0).containsKey(str(a, 1)), MAP, STRING));
        m.put("pluck", variadic(LIST, MAP, (c, a) -> {
            List<Object> r = new ArrayList<>();
            for (Object d : a.subList(1, a.size())) {
                Map<?, ?> dict = (Map<?, ?>) d;
                if (dict.containsKey(a.get(0))) {
                    r.add(dict.get(a.get(0)));
                }
            }
            return r;
        }, STRING));
        m.put("keys", variadic(LIST, MAP, (c, a) -> {
            List<Object> r = new ArrayList<>();
            for (Object d : a) {
                r.addAll(sortedKeys((Map<?, ?>) d));
            }
            return r;
        }));
        m.put("values", fixed(LIST, (c, a) -> {
            List<Object> r = new ArrayList<>();
            for (String k : sortedKeys(map(a, 0))) {
                r.add(map(a, 0).get(k));
            }
            return r;
        }, MAP));
        m.put("pick", variadic(MAP, STRING, (c, a) -> {
            Map<String, Object> r = new LinkedHashMap<>();
            for (Object k : a.subList(1, a.size())) {
                if (map(a, 0).containsKey(k)) {
                    r.put((String) k, map(a, 0).get(k));
                }
            }
            return r;
        }, MAP));
        m.put("omit", variadic(MAP, STRING, (c, a) -> {
            Map<String, Object> r = new LinkedHashMap<>(map(a, 0));
            a.subList(1, a.size()).forEach(r::remove);
            return r;
        }, MAP));
        m.put("merge", variadic(ANY, MAP, (c, a) -> merge(a, false), MAP));
        m.put("mustMerge", m.get("merge"));
        m.put("mergeOverwrite", variadic(ANY, MAP, (c, a) -> merge(a, true), MAP));
        m.put("mustMergeOverwrite", m.get("mergeOverwrite"));
        m.put("deepCopy", fixed(ANY, (c, a) -> deepCopy(a.get(0)), ANY));
        m.put("mustDeepCopy", m.get("deepCopy"));
    }

    private static List<String> sortedKeys(Map<?, ?> d) {
        List<String> keys = new ArrayList<>();
        d.keySet().forEach(k -> keys.add(String.valueOf(k)));
        keys.sort(GoValues.KEY_ORDER);
        return keys;
    }

    /** The map itself when it can change; our own values are mutable maps, as Go's are. */
    private static Map<String, Object> mutable(Map<String, Object> m) {
        return m;
    }

    private static Object merge(List<Object> a, boolean overwrite) {
        @SuppressWarnings("unchecked")
        Map<String, Object> dst = (Map<String, Object>) a.get(0);
        for (Object src : a.subList(1, a.size())) {
            @SuppressWarnings("unchecked")
            Map<String, Object> s = (Map<String, Object>) src;
            mergeInto(dst, s, overwrite);
        }
        return dst;
    }

    /**
     * mergo's deep merge of map[string]interface {}: nested maps merge key by key; otherwise a key
     * missing or empty in dst takes src's value, and with overwrite a non-empty src value replaces dst's.
     */
    @SuppressWarnings("unchecked")
    static void mergeInto(Map<String, Object> dst, Map<String, Object> src, boolean overwrite) {
        for (Map.Entry<String, Object> e : src.entrySet()) {
            String k = e.getKey();
            Object sv = e.getValue();
            Object dv = dst.get(k);
            if (dv instanceof Map && sv instanceof Map) {
                mergeInto((Map<String, Object>) dv, (Map<String, Object>) sv, overwrite);
            } else if (!dst.containsKey(k) || GoConv.empty(dv) && !(dv instanceof Map)) {
                if (!dst.containsKey(k) || !GoConv.empty(sv) || overwrite) {
                    dst.put(k, sv);
                }
            } else if (overwrite && !GoConv.empty(sv)) {
                dst.put(k, sv);
            }
        }
    }

    static Object deepCopy(Object v) {
        if (v instanceof Map) {
            Map<String, Object> r = new LinkedHashMap<>();
            ((Map<?, ?>) v).forEach((k, x) -> r.put(String.valueOf(k), deepCopy(x)));
            return r;
        }
        if (v instanceof List) {
            List<Object> r = new ArrayList<>();
            ((List<?>) v).forEach(x -> r.add(deepCopy(x)));
            return r;
        }
        return v;
    }
}
