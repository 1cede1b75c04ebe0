package io.ccmlint.core.helm.functions;

import io.ccmlint.core.helm.YamlScalars;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * sigs.k8s.io/yaml's Unmarshal into interface {} as Helm's fromYaml runs it: go-yaml v2 reads the text
 * (YAML 1.1 scalars: yes/no/on/off are booleans, 0x and 0o and underscores in numbers), then the JSON
 * step makes every number a float64 and every key a string. Errors keep go-yaml's words only roughly.
 */
final class GoYamlParse {
    /** A document that go-yaml or the JSON step refuses. */
    static final class YamlException extends Exception {
        YamlException(String message) {
            super(message, null, false, false);
        }
    }

    private GoYamlParse() {
    }

    /** The first document's value (null for an empty text). */
    static Object parse(String text) throws YamlException {
        LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(true).setMaxAliasesForCollections(1000)
                .setCodePointLimit(64 * 1024 * 1024).build();
        Optional<Node> node;
        try {
            node = new Compose(settings).composeString(text);
        } catch (YamlEngineException e) {
            throw new YamlException("error converting YAML to JSON: yaml: " + firstLine(e.getMessage()));
        }
        return node.isPresent() ? value(node.get(), 0) : null;
    }

    private static String firstLine(String m) {
        return m == null ? "invalid YAML" : m.split("\n")[0];
    }

    private static Object value(Node n, int depth) throws YamlException {
        if (depth > 10000) {
            throw new YamlException("error converting YAML to JSON: yaml: exceeded max depth");
        }
        if (n instanceof ScalarNode) {
            ScalarNode s = (ScalarNode) n;
            String tag = s.getTag().getValue();
            if (s.getScalarStyle() != ScalarStyle.PLAIN || tag.equals("tag:yaml.org,2002:str") && !s.isPlain()) {
                return s.getValue();
            }
            return resolve(s.getValue());
        }
        if (n instanceof SequenceNode) {
            List<Object> l = new ArrayList<>();
            for (Node c : ((SequenceNode) n).getValue()) {
                l.add(value(c, depth + 1));
            }
            return l;
        }
        MappingNode m = (MappingNode) n;
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            Object k = value(t.getKeyNode(), depth + 1);
            Object v = value(t.getValueNode(), depth + 1);
            if ("<<".equals(k) && t.getKeyNode() instanceof ScalarNode && ((ScalarNode) t.getKeyNode()).isPlain()) {
                mergeKey(map, v);
                continue;
            }
            map.put(keyString(k), v);
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static void mergeKey(Map<String, Object> map, Object v) throws YamlException {
        List<Object> sources = v instanceof List ? (List<Object>) v : List.of(v == null ? Map.of() : v);
        for (Object s : sources) {
            if (!(s instanceof Map)) {
                throw new YamlException("error converting YAML to JSON: yaml: map merge requires map or sequence of maps as the value");
            }
            ((Map<String, Object>) s).forEach(map::putIfAbsent);
        }
    }

    /** sigs.k8s.io/yaml's key conversion: strings as is, numbers and booleans as printed. */
    private static String keyString(Object k) throws YamlException {
        if (k instanceof String) {
            return (String) k;
        }
        if (k instanceof Double) {
            double d = (Double) k;
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e18) {
                return Long.toString((long) d);
            }
            return io.ccmlint.core.helm.template.GoFmt.sprintf("%g", List.of(d));
        }
        if (k instanceof Boolean || k == null) {
            return String.valueOf(k);
        }
        throw new YamlException("error converting YAML to JSON: yaml: invalid map key: " + k);
    }

    /** go-yaml v2's resolve of a plain scalar, numbers as the JSON step leaves them (float64). */
    /** A plain scalar as go-yaml v2 and Helm's JSON step resolve it: see {@link YamlScalars}. */
    static Object resolve(String s) {
        return YamlScalars.resolve(s);
    }
}
