package io.ccmlint.core.helm.chart;

import io.ccmlint.core.helm.YamlScalars;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.tree.YamlTreeReader;
import io.ccmlint.core.value.ScalarStyle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values YAML as Helm reads it: sigs.k8s.io/yaml resolves plain scalars with YAML 1.1's rules
 * (go-yaml v2: {@code yes}/{@code on}/{@code y} are booleans, {@code 0777} is octal, timestamps stay
 * strings) and then goes through JSON, so every number becomes a float64 ({@code Double}) and every
 * key a string. The located trees are kept: {@link Values#origins()} maps each map and list built
 * here (by identity) to the node it came from.
 */
public final class HelmYaml {

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
                out.put(key(e), convert(e.value()));
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
        Object resolved = YamlScalars.resolve(raw);
        if (resolved instanceof Double d && (d.isInfinite() || d.isNaN())) {
            throw new ChartException("error converting YAML to JSON: json: unsupported value: "
                    + (d.isNaN() ? "NaN" : d > 0 ? "+Inf" : "-Inf"), s.span());
        }
        return resolved;
    }

    /**
     * A key as sigs.k8s.io/yaml makes it a JSON key: a plain key go-yaml v2 reads as a boolean
     * ({@code yes}, {@code on}) or an integer ({@code 010}, {@code 0x1f}) becomes its Go text
     * ({@code "true"}, {@code "8"}, {@code "31"}); any other key stays as written.
     */
    private static String key(MapNode.Entry e) {
        if (e.name().style() != ScalarStyle.YAML_PLAIN) {
            return e.key();
        }
        String raw = e.keySpan().text().strip();
        Object resolved = YamlScalars.resolve(raw);
        if (resolved instanceof Boolean b) {
            return b.toString();
        }
        if (resolved instanceof Double) {
            java.math.BigInteger i = YamlScalars.goParseInt(raw.replace("_", ""));
            if (i != null && i.bitLength() <= 63) {
                return i.toString();
            }
        }
        return e.key();
    }

    private static String plainText(ScalarNode s) {
        Object v = s.scalar().value();
        String text = s.span().file().text().substring(s.span().start(), s.span().end());
        if (text.indexOf('\n') < 0 && text.indexOf('#') < 0) {
            return text.strip();
        }
        return v == null ? "" : v instanceof BigDecimal d ? text.strip() : String.valueOf(v);
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
