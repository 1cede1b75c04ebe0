package io.ccmlint.core.helm.template;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Go's view of the Java values: type names, truth, lengths and map key order. */
public final class GoValues {
    /** Go sorts string keys by their bytes, which for UTF-8 is code point order (not UTF-16 order). */
    public static final Comparator<String> KEY_ORDER = io.ccmlint.core.value.CodePointOrder.ORDER;

    private GoValues() {
    }

    /** The Go type name, as {@code %T} and error messages show it. */
    public static String typeName(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof Boxed) {
            return "interface {}";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Long) {
            return "int";
        }
        if (v instanceof Double) {
            return "float64";
        }
        if (v instanceof GoInt) {
            return ((GoInt) v).kind().goName();
        }
        if (v instanceof GoComplex) {
            return "complex128";
        }
        if (v instanceof NamedGoType) {
            return ((NamedGoType) v).goTypeName();
        }
        if (v instanceof GoObject) { // before Map and List: .Files is an engine.files, not a map[string]interface {}
            return ((GoObject) v).goTypeName();
        }
        if (v instanceof Map) {
            return "map[string]interface {}";
        }
        if (v instanceof List) {
            return "[]interface {}";
        }
        return v.getClass().getSimpleName();
    }

    /** The value inside an interface (Go's indirectInterface); null for a nil interface. */
    static Object unbox(Object v) {
        return v instanceof Boxed ? ((Boxed) v).value() : v;
    }

    /** Go's truth: false for nil, zero numbers, false, and empty strings, maps and lists. */
    public static boolean isTrue(Object v) {
        v = unbox(v);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean) {
            return (Boolean) v;
        }
        if (v instanceof String) {
            return !((String) v).isEmpty();
        }
        if (v instanceof Long) {
            return (Long) v != 0;
        }
        if (v instanceof Double) {
            return (Double) v != 0;
        }
        if (v instanceof GoInt) {
            return ((GoInt) v).bits() != 0;
        }
        if (v instanceof GoComplex) {
            GoComplex c = (GoComplex) v;
            return c.real() != 0 || c.imag() != 0;
        }
        if (v instanceof Map) {
            return !((Map<?, ?>) v).isEmpty();
        }
        if (v instanceof List) {
            return !((List<?>) v).isEmpty();
        }
        return true; // structs are always true
    }

    /** Go's len of a string: its UTF-8 bytes. */
    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The map's keys in Go's order (fmt printing and range both sort them). */
    static List<String> sortedKeys(Map<?, ?> map) {
        List<String> keys = new ArrayList<>(map.size());
        for (Object k : map.keySet()) {
            keys.add(String.valueOf(k));
        }
        keys.sort(KEY_ORDER);
        return keys;
    }

}
