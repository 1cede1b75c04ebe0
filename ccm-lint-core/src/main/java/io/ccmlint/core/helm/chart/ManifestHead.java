package io.ccmlint.core.helm.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ScannerException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * What Helm's SortManifests reads of one rendered document (util.SimpleHead: apiVersion, kind,
 * metadata.name, metadata.annotations), read as sigs.k8s.io/yaml reads it: YAML 1.1 through
 * go-yaml v2 (a repeated key is no error, the last one wins), converted to JSON (keys sorted), then
 * decoded into the struct, whose string fields take any scalar. A document Helm cannot read fails
 * with Helm's words: go-yaml's messages and line numbers for syntax errors (SnakeYAML's problems
 * translated), encoding/json's for a value of the wrong type.
 */
record ManifestHead(String kind, Map<String, String> annotations) {
    private static final String STRUCT = "struct { Name string \"json:\\\"name\\\"\"; Annotations map[string]string "
            + "\"json:\\\"annotations\\\"\" }";
    private static final Pattern BOOL = Pattern.compile("y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE"
            + "|on|On|ON|off|Off|OFF");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?"
            + "|[-+]?0x[0-9a-fA-F_]+|[-+]?0b[01_]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    /** The head of {@code doc}; the message after "YAML parse error on FILE: " when Helm refuses it. */
    static ManifestHead read(String doc) throws ChartException {
        Node root;
        try {
            LoadSettings settings = LoadSettings.builder().setUseMarks(true).setAllowNonScalarKeys(true)
                    .setCodePointLimit(Math.max(1024, doc.length() + 1)).setBufferSize(Math.max(1024, doc.length() + 1))
                    .build();
            // go-yaml reads the first document only ("a: b\n...\nc: d" is fine)
            java.util.Iterator<Node> docs = new Compose(settings).composeAllFromString(doc).iterator();
            root = docs.hasNext() ? docs.next() : null;
        } catch (MarkedYamlEngineException e) {
            throw new ChartException("error converting YAML to JSON: yaml: " + goYamlMessage(e));
        } catch (YamlEngineException e) {
            throw new ChartException("error converting YAML to JSON: yaml: " + e.getMessage());
        }
        if (root == null || isNull(root)) {
            return new ManifestHead("", Map.of());
        }
        if (!(root instanceof MappingNode m)) {
            throw decodeError(jsonType(root), "Go value of type util.SimpleHead");
        }
        Map<String, Node> top = fields(m);
        String kind = "";
        Map<String, String> annotations = new TreeMap<>();
        for (Map.Entry<String, Node> f : top.entrySet()) { // encoding/json reports the first error, keys in order
            Node v = f.getValue();
            switch (f.getKey()) {
                case "apiVersion":
                case "kind":
                    if (!(v instanceof ScalarNode)) {
                        throw decodeError(jsonType(v), "Go struct field SimpleHead." + f.getKey() + " of type string");
                    }
                    if (f.getKey().equals("kind")) {
                        kind = isNull(v) ? "" : ((ScalarNode) v).getValue();
                    }
                    break;
                case "metadata":
                    if (v instanceof MappingNode md) {
                        annotations = metadata(md);
                    } else if (!isNull(v)) {
                        throw decodeError(jsonType(v), "Go struct field SimpleHead.metadata of type " + STRUCT);
                    }
                    break;
                default:
                    break;
            }
        }
        return new ManifestHead(kind, annotations);
    }

    private static Map<String, String> metadata(MappingNode md) throws ChartException {
        Map<String, String> annotations = new TreeMap<>();
        for (Map.Entry<String, Node> f : fields(md).entrySet()) {
            Node v = f.getValue();
            if (f.getKey().equals("name") && !(v instanceof ScalarNode)) {
                throw decodeError(jsonType(v), "Go struct field .metadata.name of type string");
            }
            if (!f.getKey().equals("annotations") || isNull(v)) {
                continue;
            }
            if (!(v instanceof MappingNode an)) {
                throw decodeError(jsonType(v), "Go struct field .metadata.annotations of type map[string]string");
            }
            for (Map.Entry<String, Node> a : fields(an).entrySet()) {
                if (!(a.getValue() instanceof ScalarNode s)) {
                    throw decodeError(jsonType(a.getValue()), "Go struct field .metadata.annotations of type string");
                }
                annotations.put(a.getKey(), isNull(s) ? "" : s.getValue());
            }
        }
        return annotations;
    }

    /** A mapping's fields by key text, sorted as JSON marshals a map; a repeated key keeps its last value. */
    private static Map<String, Node> fields(MappingNode m) throws ChartException {
        Map<String, Node> out = new TreeMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw new ChartException("error converting YAML to JSON: yaml: invalid map key: " + goKey(t.getKeyNode()));
            }
            out.put(k.getValue(), t.getValueNode());
        }
        return out;
    }

    /** %#v of a non-scalar key as go-yaml v2 gives it; exact for flow lists of plain strings. */
    private static String goKey(Node key) {
        if (key instanceof SequenceNode s) {
            List<String> items = new ArrayList<>();
            for (Node n : s.getValue()) {
                items.add(n instanceof ScalarNode sc ? "\"" + sc.getValue() + "\"" : "map[interface {}]interface {}{}");
            }
            return "[]interface {}{" + String.join(", ", items) + "}";
        }
        return "map[interface {}]interface {}{}";
    }

    private static ChartException decodeError(String jsonType, String target) {
        return new ChartException("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal " + jsonType
                + " into " + target);
    }

    private static boolean isNull(Node n) {
        if (!(n instanceof ScalarNode s) || s.getScalarStyle() != org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN) {
            return false;
        }
        String v = s.getValue();
        return v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL");
    }

    /** The JSON type go-yaml v2's value becomes (YAML 1.1: yes/no/on/off are booleans). */
    private static String jsonType(Node n) {
        if (n instanceof MappingNode) {
            return "object";
        }
        if (n instanceof SequenceNode) {
            return "array";
        }
        ScalarNode s = (ScalarNode) n;
        if (s.getScalarStyle() != org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN) {
            return "string";
        }
        if (BOOL.matcher(s.getValue()).matches()) {
            return "bool";
        }
        return NUMBER.matcher(s.getValue()).matches() ? "number" : "string";
    }

    /** go-yaml's words for SnakeYAML's problem, with go-yaml's "line N: " (libyaml's marks, as go-yaml counts them). */
    static String goYamlMessage(MarkedYamlEngineException e) {
        String problem = String.valueOf(e.getProblem());
        String context = String.valueOf(e.getContext());
        boolean scanner = e instanceof ScannerException;
        String msg;
        boolean streamEnd = problem.contains("<stream end>") || problem.contains("StreamEnd");
        if (problem.startsWith("found undefined alias")) {
            return "unknown anchor '" + problem.substring("found undefined alias".length()).strip() + "' referenced";
        } else if (problem.startsWith("expected <block end>")) {
            msg = context.contains("block mapping") ? "did not find expected key" : "did not find expected '-' indicator";
        } else if (problem.startsWith("expected ',' or ']'")) {
            msg = "did not find expected ',' or ']'";
        } else if (problem.startsWith("expected ',' or '}'")) {
            msg = "did not find expected ',' or '}'";
        } else if (problem.startsWith("expected the node content")) {
            msg = "did not find expected node content";
        } else if (problem.startsWith("expected '<document start>'")) {
            msg = "did not find expected <document start>";
        } else if (problem.startsWith("mapping values are not allowed")) {
            msg = "mapping values are not allowed in this context";
        } else if (problem.startsWith("sequence entries are not allowed")) {
            msg = "block sequence entries are not allowed in this context";
        } else if (problem.startsWith("found character") && problem.contains("cannot start any token")) {
            msg = "found character that cannot start any token";
        } else if (problem.startsWith("found unknown escape character")) {
            msg = "found unknown escape character";
        } else if (problem.startsWith("expected alphabetic or numeric character")
                || problem.startsWith("unexpected character found")) { // an anchor or alias without a name
            msg = "did not find expected alphabetic or numeric character";
        } else if (problem.startsWith("found unexpected end of stream") || problem.startsWith("could not find expected ':'")) {
            msg = problem.startsWith("found") ? "found unexpected end of stream" : "could not find expected ':'";
        } else {
            msg = problem;
        }
        int line = 0;
        Mark pm = e.getProblemMark().orElse(null);
        Mark cm = e.getContextMark().orElse(null);
        if (pm != null && pm.getLine() != 0) {
            line = pm.getLine() + (scanner ? 1 : 0);
        } else if (pm != null && !scanner && streamEnd && pm.getColumn() != 0) {
            line = 1; // libyaml's stream end starts a new line
        } else if (cm != null && cm.getLine() != 0) {
            line = cm.getLine();
        }
        if (pm != null && pm.getLine() != 0 && !scanner && streamEnd && pm.getColumn() != 0) {
            line = pm.getLine() + 1;
        }
        return (line != 0 ? "line " + line + ": " : "") + msg;
    }
}
