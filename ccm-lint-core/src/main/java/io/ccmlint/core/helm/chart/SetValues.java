package io.ccmlint.core.helm.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm's {@code --set} / {@code --set-string} syntax (pkg/strvals/parser.go): comma-separated
 * {@code key=value} pairs, dotted keys make maps, {@code name[0]} indexes lists, a backslash escapes
 * the next character (so {@code a\.b=c} is the key "a.b"), {@code {a,b}} is a list; values are typed
 * as Helm types them (true/false/null, int64 for integers not starting with 0, else strings), or
 * all strings for --set-string.
 */
public final class SetValues {
    private static final int MAX_INDEX = 65536;
    private static final int MAX_NESTED = 30;

    private final String s;
    private int pos;
    private final boolean strings;

    private SetValues(String s, boolean strings) {
        this.s = s;
        this.strings = strings;
    }

    /** Parses one --set argument into {@code dest}; Helm's message on error. */
    public static void parseInto(String arg, Map<String, Object> dest, boolean asStrings) throws ChartException {
        SetValues p = new SetValues(arg, asStrings);
        try {
            while (p.key(dest, 0)) {
                // one key=value per round
            }
        } catch (ClassCastException e) {
            throw new ChartException("failed parsing --set data: unable to parse key: " + e.getMessage());
        } catch (ChartException e) {
            throw new ChartException("failed parsing --set data: " + e.getMessage());
        }
    }

    private static final int EOF = -1;

    /** runesUntil: text up to a stop character (escapes applied); the stop, or EOF. */
    private int last;

    private String until(String stops) {
        StringBuilder b = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (stops.indexOf(c) >= 0) {
                last = c;
                return b.toString();
            }
            if (c == '\\') {
                if (pos >= s.length()) {
                    last = EOF;
                    return b.toString();
                }
                b.append(s.charAt(pos++));
                continue;
            }
            b.append(c);
        }
        last = EOF;
        return b.toString();
    }

    /** One key (and its value) into data; false at the end of input. */
    private boolean key(Map<String, Object> data, int nested) throws ChartException {
        while (true) {
            String k = until("=[,.");
            if (last == EOF) {
                if (k.isEmpty()) {
                    return false;
                }
                throw new ChartException("key \"" + k + "\" has no value");
            }
            switch (last) {
                case '[': {
                    int i = keyIndex();
                    List<Object> list = data.containsKey(k) ? castList(data.get(k)) : new ArrayList<>();
                    list = listItem(list, i, nested);
                    set(data, k, list);
                    return pos < s.length() || true;
                }
                case '=': {
                    Object vl = valList();
                    if (vl != NOT_LIST) {
                        set(data, k, vl);
                        return true;
                    }
                    String v = until(",");
                    set(data, k, typed(v));
                    return true;
                }
                case ',':
                    set(data, k, "");
                    throw new ChartException("key \"" + k + "\" has no value (cannot end with ,)");
                default: { // '.'
                    if (++nested > MAX_NESTED) {
                        throw new ChartException("value name nested level is greater than maximum supported nested level of " + MAX_NESTED);
                    }
                    Map<String, Object> inner = data.containsKey(k) ? castMap(data.get(k)) : new LinkedHashMap<>();
                    boolean more = key(inner, nested);
                    if (inner.isEmpty()) {
                        throw new ChartException("key map \"" + k + "\" has no value");
                    }
                    set(data, k, inner);
                    return more;
                }
            }
        }
    }

    private static final Object NOT_LIST = new Object();

    private Object valList() throws ChartException {
        if (pos >= s.length()) {
            return "";
        }
        if (s.charAt(pos) != '{') {
            return NOT_LIST;
        }
        pos++;
        List<Object> list = new ArrayList<>();
        while (true) {
            String rs = until(",}");
            if (last == EOF) {
                throw new ChartException("list must terminate with '}'");
            }
            list.add(typed(rs));
            if (last == '}') {
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                }
                return list;
            }
        }
    }

    private int keyIndex() throws ChartException {
        String v = until("]");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new ChartException("error parsing index: strconv.Atoi: parsing \"" + v + "\": invalid syntax");
        }
    }

    private List<Object> listItem(List<Object> list, int i, int nested) throws ChartException {
        if (i < 0) {
            throw new ChartException("negative " + i + " index not allowed");
        }
        String k = until("[.=");
        if (!k.isEmpty()) {
            throw new ChartException("unexpected data at end of array index: \"" + k + "\"");
        }
        if (last == EOF) {
            return list;
        }
        switch (last) {
            case '=': {
                Object vl = valList();
                if (vl != NOT_LIST) {
                    return setIndex(list, i, vl);
                }
                return setIndex(list, i, typed(until(",")));
            }
            case '[': {
                int next = keyIndex();
                List<Object> crt = list.size() > i && list.get(i) != null ? castList(list.get(i)) : new ArrayList<>();
                return setIndex(list, i, listItem(crt, next, nested));
            }
            default: {
                Map<String, Object> inner = list.size() > i && list.get(i) instanceof Map ? castMap(list.get(i)) : new LinkedHashMap<>();
                key(inner, nested);
                return setIndex(list, i, inner);
            }
        }
    }

    private static List<Object> setIndex(List<Object> list, int i, Object v) throws ChartException {
        if (i > MAX_INDEX) {
            throw new ChartException("index of " + i + " is greater than maximum supported index of " + MAX_INDEX);
        }
        List<Object> l = new ArrayList<>(list);
        while (l.size() <= i) {
            l.add(null);
        }
        l.set(i, v);
        return l;
    }

    private static void set(Map<String, Object> data, String k, Object v) {
        if (!k.isEmpty()) {
            data.put(k, v);
        }
    }

    private Object typed(String v) {
        if (strings) {
            return v;
        }
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        if (v.equalsIgnoreCase("null")) {
            return null;
        }
        if (v.equals("0")) {
            return io.ccmlint.core.helm.template.GoInt.int64(0);
        }
        if (!v.isEmpty() && v.charAt(0) != '0') {
            try {
                return io.ccmlint.core.helm.template.GoInt.int64(Long.parseLong(v.startsWith("+") ? v.substring(1) : v));
            } catch (NumberFormatException e) {
                return v;
            }
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(Object o) {
        if (!(o instanceof List)) {
            throw new ClassCastException("interface conversion: interface {} is " + goType(o) + ", not []interface {}");
        }
        return (List<Object>) o;
    }

    private static Map<String, Object> castMap(Object o) {
        if (!(o instanceof Map)) {
            throw new ClassCastException("interface conversion: interface {} is " + goType(o) + ", not map[string]interface {}");
        }
        return HelmYaml.asMap(o);
    }

    private static String goType(Object o) {
        return o == null ? "nil" : o instanceof String ? "string" : o instanceof Boolean ? "bool"
                : o instanceof List ? "[]interface {}" : "int64";
    }
}
