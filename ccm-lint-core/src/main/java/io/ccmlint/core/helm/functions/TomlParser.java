package io.ccmlint.core.helm.functions;

import io.ccmlint.core.helm.functions.TomlLexer.Item;
import io.ccmlint.core.helm.functions.TomlLexer.ItemType;
import io.ccmlint.core.helm.template.GoFmt;
import io.ccmlint.core.helm.template.NamedGoType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BurntSushi/toml v1.6.0's parser (parse.go) on {@link TomlLexer}'s items, building what toml.Unmarshal
 * puts in a map[string]interface{}: tables as maps, integers as int64, floats as float64, datetimes as
 * times ({@link TomlDates}), arrays as lists ({@link TableArray} for arrays of tables). Errors read as
 * ParseError.Error: {@code toml: line N (last key "k"): message}.
 */
final class TomlParser {
    /** A TOML document Helm's fromToml could not read, with BurntSushi's message. */
    static final class TomlParseException extends Exception {
        TomlParseException(String message) {
            super(message, null, false, false);
        }
    }

    /** An array of tables ([]map[string]interface {} in Go), kept apart from a plain array. */
    static final class TableArray extends ArrayList<Object> implements NamedGoType {
        private static final long serialVersionUID = 1L;

        @Override
        public String goTypeName() {
            return "[]map[string]interface {}";
        }
    }

    private static final String HASH = "Hash";
    private static final String ARRAY_HASH = "ArrayHash";
    private static final String ARRAY = "Array";

    private final TomlLexer lx;
    private List<String> context = new ArrayList<>();
    private String currentKey = "";
    private int posLine;
    private final Map<String, String> keyInfo = new HashMap<>();
    private final Map<String, Object> mapping = new LinkedHashMap<>();
    private final Set<String> implicits = new HashSet<>();

    private TomlParser(String data) {
        this.lx = new TomlLexer(data);
    }

    /** The document's top-level table, or BurntSushi's error. */
    static Map<String, Object> parse(String data) throws TomlParseException {
        if (data.startsWith("\uFEFF")) {
            data = data.substring(1);
        }
        if (data.substring(0, Math.min(6, data.length())).indexOf('\0') >= 0) {
            throw new TomlParseException("toml: line 1: files cannot contain NULL bytes; probably using UTF-16; "
                    + "TOML files must be UTF-8");
        }
        TomlParser p = new TomlParser(data);
        try {
            for (Item it = p.next(); it.type() != ItemType.EOF; it = p.next()) {
                p.topLevel(it);
            }
        } catch (Failure f) {
            throw new TomlParseException(f.getMessage());
        }
        return p.mapping;
    }

    /** ParseError, unwinding the parse as Go's panic does. */
    private static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private Failure fail(int line, String message) {
        String last = current();
        return new Failure(last.isEmpty()
                ? "toml: line " + line + ": " + message
                : "toml: line " + line + " (last key " + GoFmt.sprintf("%q", List.of(last)) + "): " + message);
    }

    private Item next() {
        Item it = lx.nextItem();
        if (it.type() == ItemType.ERROR) {
            throw fail(it.line(), it.val());
        }
        return it;
    }

    private Item nextPos() {
        Item it = next();
        posLine = it.line();
        return it;
    }

    private void topLevel(Item item) {
        switch (item.type()) {
            case COMMENT_START:
                next();
                break;
            case TABLE_START:
            case ARRAY_TABLE_START: {
                boolean array = item.type() == ItemType.ARRAY_TABLE_START;
                ItemType end = array ? ItemType.ARRAY_TABLE_END : ItemType.TABLE_END;
                List<String> key = new ArrayList<>();
                for (Item name = nextPos(); name.type() != end && name.type() != ItemType.EOF; name = next()) {
                    key.add(keyString(name));
                }
                addContext(key, array);
                setType("", array ? ARRAY_HASH : HASH);
                break;
            }
            case KEY_START: {
                List<String> outer = context;
                List<String> key = readKey(nextPos());
                currentKey = key.get(key.size() - 1);
                List<String> parents = key.subList(0, key.size() - 1);
                for (String part : parents) {
                    addImplicitContext(plus(context, part));
                }
                Item v = next();
                Object[] val = value(v, false);
                setValue(currentKey, val[0]);
                setType(currentKey, (String) val[1]);
                context = outer;
                currentKey = "";
                break;
            }
            default:
                throw new IllegalStateException("BUG: Unexpected type at top level: " + item.type());
        }
    }

    private List<String> readKey(Item first) {
        List<String> key = new ArrayList<>();
        for (Item k = first; k.type() != ItemType.KEY_END && k.type() != ItemType.EOF; k = next()) {
            key.add(keyString(k));
        }
        return key;
    }

    private String keyString(Item it) {
        if (it.type() == ItemType.TEXT) {
            return it.val();
        }
        return (String) value(it, false)[0];
    }

    /** The value and its TOML type name. */
    private Object[] value(Item it, boolean parentIsArray) {
        switch (it.type()) {
            case STRING:
            case RAW_STRING:
                return new Object[] {it.val(), "String"};
            case STRING_ESC:
                return new Object[] {replaceEscapes(it, it.val()), "String"};
            case MULTILINE_STRING:
                return new Object[] {replaceEscapes(it, stripEscapedNewlines(stripFirstNewline(it.val()))), "String"};
            case RAW_MULTILINE_STRING:
                return new Object[] {stripFirstNewline(it.val()), "String"};
            case INTEGER:
                return new Object[] {integer(it), "Integer"};
            case FLOAT:
                return new Object[] {floatValue(it), "Float"};
            case BOOL:
                return new Object[] {it.val().equals("true"), "Bool"};
            case DATETIME: {
                String v = it.val().replace('z', 'Z').replace('t', 'T').replace(' ', 'T');
                GoTime t = TomlDates.parse(v);
                if (t == null) {
                    throw fail(it.line(), "invalid datetime: " + GoFmt.sprintf("%q", List.of(v)));
                }
                return new Object[] {t, "Datetime"};
            }
            case ARRAY:
                return new Object[] {array(), ARRAY};
            case INLINE_TABLE_START:
                return new Object[] {inlineTable(parentIsArray), HASH};
            default:
                throw new IllegalStateException("BUG: Unexpected value type: " + it.type());
        }
    }

    private Object integer(Item it) {
        String s = it.val();
        if (!underscoresOk(s)) {
            throw fail(it.line(), "Invalid integer " + GoFmt.sprintf("%q", List.of(s))
                    + ": underscores must be surrounded by digits");
        }
        if (leadingZero(s)) {
            throw fail(it.line(), "Invalid integer " + GoFmt.sprintf("%q", List.of(s)) + ": cannot have leading zeroes");
        }
        String t = s.replace("_", "");
        boolean negative = t.startsWith("-");
        if (t.startsWith("-") || t.startsWith("+")) {
            t = t.substring(1);
        }
        int radix = 10;
        if (t.startsWith("0x") || t.startsWith("0o") || t.startsWith("0b")) {
            radix = t.charAt(1) == 'x' ? 16 : t.charAt(1) == 'o' ? 8 : 2;
            t = t.substring(2);
        }
        BigInteger n = new BigInteger(t, radix);
        if (negative) {
            n = n.negate();
        }
        if (n.bitLength() > 63) {
            throw fail(it.line(), s + " is out of range for int64");
        }
        return io.ccmlint.core.helm.template.GoInt.int64(n.longValue());
    }

    private Object floatValue(Item it) {
        String s = it.val();
        for (String part : s.split("[.eE]")) {
            if (!part.isEmpty() && !underscoresOk(part)) {
                throw fail(it.line(), "Invalid float " + GoFmt.sprintf("%q", List.of(s))
                        + ": underscores must be surrounded by digits");
            }
        }
        String[] parts = s.split("[.eE]");
        if (parts.length > 0 && leadingZero(parts[0])) {
            throw fail(it.line(), "Invalid float " + GoFmt.sprintf("%q", List.of(s)) + ": cannot have leading zeroes");
        }
        if (!periodsOk(s)) {
            throw fail(it.line(), "Invalid float " + GoFmt.sprintf("%q", List.of(s))
                    + ": '.' must be followed by one or more digits");
        }
        String v = s.replace("_", "");
        boolean negativeNan = v.equals("-nan");
        if (v.equals("+nan") || v.equals("-nan")) {
            v = "nan";
        }
        if (v.matches("[+-]?inf")) {
            return v.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (v.equals("nan")) {
            return negativeNan ? Double.longBitsToDouble(0xfff8000000000001L) : Double.NaN;
        }
        if (!v.matches("[+-]?[0-9]+(\\.[0-9]*)?([eE][+-]?[0-9]+)?")) {
            throw fail(it.line(), "Invalid float value: " + GoFmt.sprintf("%q", List.of(s)));
        }
        double d = Double.parseDouble(v);
        if (Double.isInfinite(d)) {
            throw fail(it.line(), s + " is out of range for float64");
        }
        return d;
    }

    private List<Object> array() {
        setType(currentKey, ARRAY); // before the elements: inline tables in it are recorded as tables of this key
        List<Object> array = new ArrayList<>();
        for (Item it = next(); it.type() != ItemType.ARRAY_END; it = next()) {
            if (it.type() == ItemType.COMMENT_START) {
                next();
                continue;
            }
            array.add(value(it, true)[0]);
        }
        return array;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> inlineTable(boolean parentIsArray) {
        Map<String, Object> top = new LinkedHashMap<>();
        List<String> outerContext = context;
        String outerKey = currentKey;
        context = plus(context, currentKey);
        List<String> prevContext = context;
        currentKey = "";
        addImplicit(context);
        addContext(context, parentIsArray);
        for (Item it = next(); it.type() != ItemType.INLINE_TABLE_END; it = next()) {
            if (it.type() == ItemType.COMMENT_START) {
                next();
                continue;
            }
            List<String> key = readKey(nextPos());
            currentKey = key.get(key.size() - 1);
            List<String> parents = key.subList(0, key.size() - 1);
            for (String part : parents) {
                addImplicitContext(plus(context, part));
            }
            Object[] val = value(next(), false);
            setValue(currentKey, val[0]);
            setType(currentKey, (String) val[1]);
            Map<String, Object> hash = top;
            for (String c : parents) {
                Object h = hash.computeIfAbsent(c, k -> new LinkedHashMap<String, Object>());
                if (!(h instanceof Map)) {
                    throw fail(posLine, GoFmt.sprintf("%q", List.of(keyString(context))) + " is not a table");
                }
                hash = (Map<String, Object>) h;
            }
            hash.put(currentKey, val[0]);
            context = prevContext;
        }
        context = outerContext;
        currentKey = outerKey;
        return top;
    }

    @SuppressWarnings("unchecked")
    private void addContext(List<String> key, boolean array) {
        Map<String, Object> hashContext = mapping;
        List<String> keyContext = new ArrayList<>();
        for (String k : key.subList(0, key.size() - 1)) {
            keyContext.add(k);
            if (!hashContext.containsKey(k)) {
                addImplicit(keyContext);
                hashContext.put(k, new LinkedHashMap<String, Object>());
            }
            Object t = hashContext.get(k);
            if (t instanceof TableArray) {
                List<Object> l = (List<Object>) t;
                hashContext = (Map<String, Object>) l.get(l.size() - 1);
            } else if (t instanceof Map) {
                hashContext = (Map<String, Object>) t;
            } else {
                throw fail(posLine, "Key '" + keyString(keyContext) + "' was already created as a hash.");
            }
        }
        context = keyContext;
        String last = key.get(key.size() - 1);
        if (array) {
            hashContext.putIfAbsent(last, new TableArray());
            Object t = hashContext.get(last);
            if (!(t instanceof TableArray)) {
                throw fail(posLine, "Key '" + keyString(key) + "' was already created and cannot be used as an array.");
            }
            ((TableArray) t).add(new LinkedHashMap<String, Object>());
        } else {
            setValue(last, new LinkedHashMap<String, Object>());
        }
        context = plus(context, last);
    }

    @SuppressWarnings("unchecked")
    private void setValue(String key, Object value) {
        Map<String, Object> hash = mapping;
        List<String> keyContext = new ArrayList<>();
        for (String k : context) {
            keyContext.add(k);
            Object t = hash.get(k);
            if (t == null) {
                throw new IllegalStateException("BUG: Context for key '" + keyString(keyContext) + "' has not been established.");
            }
            if (t instanceof TableArray) {
                List<Object> l = (List<Object>) t;
                hash = (Map<String, Object>) l.get(l.size() - 1);
            } else if (t instanceof Map) {
                hash = (Map<String, Object>) t;
            } else {
                throw fail(posLine, "Key '" + keyString(keyContext) + "' has already been defined.");
            }
        }
        keyContext.add(key);
        if (hash.containsKey(key)) {
            String k = keyString(keyContext);
            if (ARRAY.equals(keyInfo.get(k))) {
                if (!implicits.contains(k)) {
                    throw fail(posLine, "Key '" + k + "' has already been defined.");
                }
                implicits.remove(k);
                hash.put(key, value);
                return;
            }
            if (implicits.contains(k)) {
                implicits.remove(k);
                return;
            }
            throw fail(posLine, "Key '" + k + "' has already been defined.");
        }
        hash.put(key, value);
    }

    private void setType(String key, String type) {
        List<String> k = key.isEmpty() ? context : plus(context, key);
        keyInfo.put(k.isEmpty() ? "\"\"" : keyString(k), type);
    }

    private void addImplicit(List<String> key) {
        implicits.add(keyString(key));
    }

    private void addImplicitContext(List<String> key) {
        addImplicit(key);
        addContext(key, false);
    }

    private String current() {
        if (currentKey.isEmpty()) {
            return keyString(context);
        }
        if (context.isEmpty()) {
            return currentKey;
        }
        return keyString(context) + "." + currentKey;
    }

    /** Key.String: the parts joined by dots, each quoted unless bare. */
    private static String keyString(List<String> key) {
        StringBuilder b = new StringBuilder();
        for (String k : key) {
            if (b.length() > 0) {
                b.append('.');
            }
            b.append(k.isEmpty() ? "\"\"" : k.matches("[A-Za-z0-9_-]+") ? k : TomlEncoder.quoted(k));
        }
        return b.toString();
    }

    private static List<String> plus(List<String> key, String part) {
        List<String> l = new ArrayList<>(key);
        l.add(part);
        return l;
    }

    private static boolean leadingZero(String s) {
        if (s.length() > 1 && s.charAt(0) == '0' && "box".indexOf(s.charAt(1)) < 0) {
            return true;
        }
        return s.length() > 2 && (s.charAt(0) == '-' || s.charAt(0) == '+') && s.charAt(1) == '0';
    }

    private static boolean underscoresOk(String s) {
        if (List.of("nan", "+nan", "-nan", "inf", "-inf", "+inf").contains(s)) {
            return true;
        }
        boolean accept = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_' && !accept) {
                return false;
            }
            accept = TomlLexer.isHex(c);
        }
        return accept;
    }

    private static boolean periodsOk(String s) {
        boolean period = false;
        for (int i = 0; i < s.length(); i++) {
            if (period && !TomlLexer.isDigit(s.charAt(i))) {
                return false;
            }
            period = s.charAt(i) == '.';
        }
        return !period;
    }

    private static String stripFirstNewline(String s) {
        if (s.startsWith("\n")) {
            return s.substring(1);
        }
        return s.startsWith("\r\n") ? s.substring(2) : s;
    }

    /** Removes a line-ending backslash and the whitespace after it. */
    private static String stripEscapedNewlines(String s) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (true) {
            int ix = s.indexOf('\\', i);
            if (ix < 0) {
                return b.append(s).toString();
            }
            i = ix;
            if (s.length() > i + 1 && s.charAt(i + 1) == '\\') {
                i += 2;
                continue;
            }
            int j = i + 1;
            while (j < s.length() && " \t\r\n".indexOf(s.charAt(j)) >= 0) {
                j++;
            }
            if (j == i + 1 || !s.substring(i, j).contains("\n")) {
                i++;
                continue;
            }
            b.append(s, 0, i);
            s = s.substring(j);
            i = 0;
        }
    }

    private String replaceEscapes(Item it, String str) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < str.length(); i++) {
            char c = str.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = str.charAt(i + 1);
            switch (e) {
                case ' ':
                case '\t':
                    throw fail(it.line(), "invalid escape: '\\" + e + "'");
                case 'b': b.append('\b'); i++; break;
                case 't': b.append('\t'); i++; break;
                case 'n': b.append('\n'); i++; break;
                case 'f': b.append('\f'); i++; break;
                case 'r': b.append('\r'); i++; break;
                case 'e': b.append('\u001b'); i++; break;
                case '"': b.append('"'); i++; break;
                case '\\': b.append('\\'); i++; break;
                case 'x': i = unicode(it, str, i, 2, b); break;
                case 'u': i = unicode(it, str, i, 4, b); break;
                case 'U': i = unicode(it, str, i, 8, b); break;
                default: throw new IllegalStateException("BUG: Expected valid escape code after \\, but got '" + e + "'.");
            }
        }
        return b.toString();
    }

    private int unicode(Item it, String str, int i, int digits, StringBuilder b) {
        String hex = str.substring(i + 2, i + 2 + digits);
        long cp = Long.parseLong(hex, 16);
        if (cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
            throw fail(it.line(), "Escaped character '\\u" + hex + "' is not valid UTF-8.");
        }
        b.appendCodePoint((int) cp);
        return i + 1 + digits;
    }
}
