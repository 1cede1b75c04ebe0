package io.ccmlint.core.helm.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.ccmlint.core.helm.template.GoInt;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.Node;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * values.schema.json of the chart and of each subchart (against its section of the values), as
 * Helm's ValidateAgainstSchema; a violation is located at the chart's values.yaml line when the
 * offending value is written there, else at the schema file. Remote references are never fetched.
 */
final class SchemaCheck {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    private SchemaCheck() {
    }

    static Optional<RenderProblem> validate(Chart chart, Map<String, Object> values) {
        List<String> lines = new ArrayList<>();
        Span[] where = new Span[1];
        check(chart, values, lines, where);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RenderProblem("values don't meet the specifications of the schema(s) in the following chart(s):\n"
                + String.join("\n", lines), where[0], null));
    }

    private static void check(Chart c, Map<String, Object> values, List<String> out, Span[] where) {
        if (c.schema() != null) {
            List<Error> errors;
            try {
                Schema s = REGISTRY.getSchema(c.schema().text(), InputFormat.JSON);
                errors = s.validate(json(values));
            } catch (RuntimeException e) {
                out.add(c.name() + ":\n- " + e.getMessage());
                where[0] = where[0] == null ? c.schema().wholeFile() : where[0];
                return;
            }
            if (!errors.isEmpty()) {
                StringBuilder b = new StringBuilder(c.name()).append(':');
                for (Error e : errors) {
                    String pointer = e.getInstanceLocation().toString().replaceFirst("^\\$", "").replace('.', '/');
                    b.append("\n- at '").append(pointer.isEmpty() ? "" : pointer).append("': ").append(plain(e));
                    if (where[0] == null) {
                        where[0] = locate(c, pointer);
                    }
                }
                out.add(b.toString());
            }
        }
        for (Chart sub : c.dependencies()) {
            if (values.get(sub.name()) instanceof Map<?, ?> sv) {
                check(sub, HelmYaml.asMap(sv), out, where);
            }
        }
    }

    private static Span locate(Chart c, String pointer) {
        if (c.valuesSource() != null) {
            for (Node tree : c.valuesSource().trees()) {
                Node n = pointer.isEmpty() ? tree : tree.at(pointer);
                if (n != null) {
                    return n.span();
                }
            }
        }
        return c.schema().wholeFile();
    }

    private static String plain(Error e) {
        String m = e.getMessage();
        int colon = m.indexOf(": ");
        return m.startsWith("$") && colon > 0 ? m.substring(colon + 2) : m;
    }

    static JsonNode json(Object v) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (v instanceof Map<?, ?> m) {
            ObjectNode o = f.objectNode();
            m.forEach((k, x) -> o.set(String.valueOf(k), json(x)));
            return o;
        }
        if (v instanceof List<?> l) {
            ArrayNode a = f.arrayNode();
            l.forEach(x -> a.add(json(x)));
            return a;
        }
        if (v == null) {
            return f.nullNode();
        }
        if (v instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (v instanceof Double d) {
            return d == Math.rint(d) && !d.isInfinite() ? f.numberNode(BigDecimal.valueOf(d).toBigInteger())
                    : f.numberNode(d);
        }
        if (v instanceof Long l) {
            return f.numberNode(l);
        }
        if (v instanceof GoInt g) {
            return f.numberNode(new BigDecimal(g.toString()));
        }
        return f.textNode(String.valueOf(v));
    }
}
