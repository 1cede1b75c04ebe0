package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.Fn.fixed;
import static io.ccmlint.core.helm.functions.Fn.str;
import static io.ccmlint.core.helm.template.GoType.ANY;
import static io.ccmlint.core.helm.template.GoType.LIST;
import static io.ccmlint.core.helm.template.GoType.MAP;
import static io.ccmlint.core.helm.template.GoType.STRING;

import io.ccmlint.core.helm.template.FunctionException;
import io.ccmlint.core.helm.template.TemplateFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm's own YAML and JSON functions (pkg/engine/funcs.go) and Sprig's JSON ones Helm keeps: toYaml
 * swallows errors into "", fromYaml and fromJson put the error under the key "Error", the must-
 * variants stop the template.
 */
final class HelmYaml {
    private HelmYaml() {
    }

    static void register(Map<String, TemplateFunction> m) {
        m.put("toYaml", fixed(STRING, (c, a) -> HelmFunctions.toYaml(a.get(0), c.limits().maxOutputBytes()), ANY));
        m.put("mustToYaml", strict((v, max) -> trimNewline(GoYamlEmitter.marshal(v, max))));
        m.put("toYamlPretty", lenient((v, max) -> trimNewline(GoYamlEmitter.marshalPretty(v, max))));
        m.put("fromYaml", fixed(MAP, (c, a) -> {
            Map<String, Object> out = new LinkedHashMap<>();
            try {
                Object v = GoYamlParse.parse(str(a, 0));
                if (v instanceof Map) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> mv = (Map<String, Object>) v;
                    return mv;
                }
                if (v != null) {
                    out.put("Error", "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal "
                            + jsonKind(v) + " into Go value of type map[string]interface {}");
                }
            } catch (GoYamlParse.YamlException e) {
                out.put("Error", e.getMessage());
            }
            return out;
        }, STRING));
        m.put("fromYamlArray", fixed(LIST, (c, a) -> {
            try {
                Object v = GoYamlParse.parse(str(a, 0));
                if (v instanceof List) {
                    @SuppressWarnings("unchecked")
                    List<Object> l = (List<Object>) v;
                    return l;
                }
                if (v == null) {
                    return new ArrayList<>();
                }
                return new ArrayList<>(List.of("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal "
                        + jsonKind(v) + " into Go value of type []interface {}"));
            } catch (GoYamlParse.YamlException e) {
                return new ArrayList<>(List.of(e.getMessage()));
            }
        }, STRING));
        lenientAndStrict(m, "toJson", "mustToJson", (v, max) -> GoJson.marshal(v, true));
        lenientAndStrict(m, "toPrettyJson", "mustToPrettyJson", (v, max) -> GoJson.marshalIndent(v));
        m.put("toRawJson", fixed(STRING, (c, a) -> { // Sprig's toRawJson panics where toJson gives ""
            try {
                return GoJson.marshal(a.get(0), false);
            } catch (GoJson.JsonException e) {
                throw new IllegalStateException(e.getMessage());
            }
        }, ANY));
        m.put("mustToRawJson", strict((v, max) -> GoJson.marshal(v, false)));
        m.put("fromJson", fixed(MAP, (c, a) -> {
            Map<String, Object> out = new LinkedHashMap<>();
            try {
                Object v = GoJson.unmarshal(str(a, 0));
                if (v instanceof Map) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> mv = (Map<String, Object>) v;
                    return mv;
                }
                if (v != null) {
                    out.put("Error", "json: cannot unmarshal " + jsonKind(v) + " into Go value of type map[string]interface {}");
                }
            } catch (GoJson.JsonException e) {
                out.put("Error", e.getMessage());
            }
            return out;
        }, STRING));
        m.put("fromJsonArray", fixed(LIST, (c, a) -> {
            try {
                Object v = GoJson.unmarshal(str(a, 0));
                if (v instanceof List) {
                    @SuppressWarnings("unchecked")
                    List<Object> l = (List<Object>) v;
                    return l;
                }
                if (v == null) {
                    return new ArrayList<>();
                }
                return new ArrayList<>(List.of("json: cannot unmarshal " + jsonKind(v) + " into Go value of type []interface {}"));
            } catch (GoJson.JsonException e) {
                return new ArrayList<>(List.of(e.getMessage()));
            }
        }, STRING));
        m.put("mustFromJson", fixed(ANY, (c, a) -> {
            try {
                return GoJson.unmarshal(str(a, 0));
            } catch (GoJson.JsonException e) {
                throw new FunctionException(e.getMessage());
            }
        }, STRING));
    }

    /** Writes a value as text; refuses one the format cannot hold (a value JSON has no form for). */
    private interface Marshal {
        String apply(Object value, long maxChars) throws GoJson.JsonException;
    }

    /** Sprig's pair: {@code lenient} gives "" for a value it cannot write, {@code strict} stops the template. */
    private static void lenientAndStrict(Map<String, TemplateFunction> m, String lenient, String strict, Marshal f) {
        m.put(lenient, lenient(f));
        m.put(strict, strict(f));
    }

    private static TemplateFunction lenient(Marshal f) {
        return fixed(STRING, (c, a) -> {
            try {
                return f.apply(a.get(0), c.limits().maxOutputBytes());
            } catch (GoJson.JsonException e) {
                return "";
            }
        }, ANY);
    }

    private static TemplateFunction strict(Marshal f) {
        return fixed(STRING, (c, a) -> {
            try {
                return f.apply(a.get(0), c.limits().maxOutputBytes());
            } catch (GoJson.JsonException e) {
                throw new FunctionException(e.getMessage());
            }
        }, ANY);
    }

    private static String trimNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
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
}
