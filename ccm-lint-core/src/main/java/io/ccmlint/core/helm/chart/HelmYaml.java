package io.ccmlint.core.helm.chart;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.tree.YamlTreeReader;
import io.ccmlint.core.value.ScalarStyle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Values YAML as Helm reads it: sigs.k8s.io/yaml resolves plain scalars with YAML 1.1's rules
 * (go-yaml v2: {@code yes}/{@code on}/{@code y} are booleans, {@code 0777} is octal, timestamps stay
 * strings) and then goes through JSON, so every number becomes a float64 ({@code Double}) and every
 * key a string. The located trees are kept: {@link Values#origins()} maps each map and list built
 * here (by identity) to the node it came from.
 */
public final class HelmYaml {
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> TRUES = Set.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
    private static final Set<String> FALSES = Set.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
    private static final Pattern FLOAT = Pattern.compile("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");

    /** A values file read: the merged map, its documents' located trees, and where each container came from. */
    public record Values(Map<String, Object> map, List<Node> trees, Map<Object, Node> origins) {
    }

    private final Map<Object, Node> origins = new IdentityHashMap<>();

    private HelmYaml() {
    }

    /**
     * Reads a values file as Helm's LoadValues: each document must be a map (or empty), later
     * documents merged over earlier ones.
     */
    public static Values readValues(SourceFile file) throws ChartException {
        List<Node> docs;
        try {
            docs = new YamlTreeReader().readAll(file);
        } catch (ParseProblem p) {
            throw new ChartException("cannot load " + file.displayPath() + ": " + p.getMessage(), p.span());
        }
        HelmYaml h = new HelmYaml();
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Node doc : docs) {
            Object v = h.convert(doc);
            if (v == null) {
                continue;
            }
            if (!(v instanceof Map)) {
                throw new ChartException("cannot load " + file.displayPath()
                        + ": error unmarshaling JSON: json: cannot unmarshal " + jsonKind(v)
                        + " into Go value of type map[string]interface {}", doc.span());
            }
            merged = Coalesce.mergeMaps(merged, asMap(v));
        }
        return new Values(merged, List.copyOf(docs), h.origins);
    }

    /** One located YAML node as a Helm value. */
    public static Object value(Node node) throws ChartException {
        return new HelmYaml().convert(node);
    }

    private Object convert(Node node) throws ChartException {
        if (node instanceof MapNode m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (MapNode.Entry e : m.entries()) {
                out.put(e.key(), convert(e.value()));
            }
            origins.put(out, node);
            return out;
        }
        if (node instanceof ListNode l) {
            List<Object> out = new ArrayList<>();
            for (Node item : l.items()) {
                out.add(convert(item));
            }
            origins.put(out, node);
            return out;
        }
        ScalarNode s = (ScalarNode) node;
        Object v = s.scalar().value();
        if (s.style() != ScalarStyle.YAML_PLAIN) {
            return v == null ? null : v instanceof String ? v : String.valueOf(v);
        }
        String raw = plainText(s);
        Object resolved = resolvePlain(raw);
        if (resolved instanceof Double d && (d.isInfinite() || d.isNaN())) {
            throw new ChartException("error converting YAML to JSON: json: unsupported value: "
                    + (d.isNaN() ? "NaN" : d > 0 ? "+Inf" : "-Inf"), s.span());
        }
        return resolved;
    }

    private static String plainText(ScalarNode s) {
        Object v = s.scalar().value();
        String text = s.span().file().text().substring(s.span().start(), s.span().end());
        if (text.indexOf('\n') < 0 && text.indexOf('#') < 0) {
            return text.strip();
        }
        return v == null ? "" : v instanceof BigDecimal d ? text.strip() : String.valueOf(v);
    }

    /** go-yaml v2's resolution of a plain scalar, then JSON's numbers (float64). */
    static Object resolvePlain(String in) {
        if (NULLS.contains(in)) {
            return null;
        }
        if (TRUES.contains(in)) {
            return Boolean.TRUE;
        }
        if (FALSES.contains(in)) {
            return Boolean.FALSE;
        }
        switch (in) {
            case ".inf": case ".Inf": case ".INF": case "+.inf": case "+.Inf": case "+.INF":
                return Double.POSITIVE_INFINITY;
            case "-.inf": case "-.Inf": case "-.INF":
                return Double.NEGATIVE_INFINITY;
            case ".nan": case ".NaN": case ".NAN":
                return Double.NaN;
            default:
                break;
        }
        char c = in.charAt(0);
        if ("+-.0123456789".indexOf(c) < 0) {
            return in;
        }
        if (looksLikeTimestamp(in)) {
            return in;
        }
        String plain = in.replace("_", "");
        BigInteger i = goParseInt(plain);
        if (i != null && i.bitLength() <= 64) {
            return i.doubleValue();
        }
        if (FLOAT.matcher(plain).matches()) {
            try {
                return Double.parseDouble(plain);
            } catch (NumberFormatException e) {
                return in;
            }
        }
        return in;
    }

    /** Go's strconv.ParseInt/ParseUint with base 0: sign, 0x/0o/0b prefixes, a leading 0 for octal. */
    static BigInteger goParseInt(String s) {
        if (s.isEmpty()) {
            return null;
        }
        boolean neg = false;
        String t = s;
        if (t.charAt(0) == '+' || t.charAt(0) == '-') {
            neg = t.charAt(0) == '-';
            t = t.substring(1);
        }
        int radix = 10;
        if (t.length() > 1 && t.charAt(0) == '0') {
            char p = Character.toLowerCase(t.charAt(1));
            if (p == 'x') {
                radix = 16;
                t = t.substring(2);
            } else if (p == 'o') {
                radix = 8;
                t = t.substring(2);
            } else if (p == 'b') {
                radix = 2;
                t = t.substring(2);
            } else {
                radix = 8;
                t = t.substring(1);
            }
        }
        if (t.isEmpty()) {
            return null;
        }
        for (int k = 0; k < t.length(); k++) {
            if (Character.digit(t.charAt(k), radix) < 0) {
                return null;
            }
        }
        BigInteger v = new BigInteger(t, radix);
        if (neg) {
            v = v.negate();
            return v.compareTo(BigInteger.valueOf(Long.MIN_VALUE)) >= 0 ? v : null;
        }
        return v.bitLength() <= 64 ? v : null;
    }

    private static final Pattern TIMESTAMP = Pattern.compile(
            "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(([Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\\.[0-9]*)?([ \\t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?)?$");

    private static boolean looksLikeTimestamp(String in) {
        return TIMESTAMP.matcher(in).matches();
    }

    private static String jsonKind(Object v) {
        if (v instanceof List) {
            return "array";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        return "number";
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }
}
