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
    /** santhosh-tekuri/jsonschema's default: a schema without $schema is draft 2020-12 (format not asserted). */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final java.util.regex.Pattern OLD_DRAFT = java.util.regex.Pattern.compile(
            "\"\\$schema\"\\s*:\\s*\"[^\"]*draft-0[3-7]/");

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
                + String.join("", lines).stripTrailing(), where[0], null));
    }

    private static void check(Chart c, Map<String, Object> values, List<String> out, Span[] where) {
        if (c.schema() != null) {
            List<Error> errors;
            try {
                Schema s = REGISTRY.getSchema(c.schema().text(), InputFormat.JSON);
                // formats never fail here: Helm asserts them only for drafts up to 7, with checks of its own
                // (networknt refuses emails Helm accepts), and nothing unknown is reported as wrong
                errors = s.validate(json(values), ctx -> ctx.executionConfig(x -> x.formatAssertionsEnabled(false)));
            } catch (RuntimeException e) {
                out.add(c.name() + ":\n- " + e.getMessage());
                where[0] = where[0] == null ? c.schema().wholeFile() : where[0];
                return;
            }
            if (!errors.isEmpty()) {
                JsonNode instance = json(values);
                out.add(c.name() + ":\n" + SchemaMessages.render(errors, instance, OLD_DRAFT.matcher(c.schema().text()).find()) + "\n");
                for (Error e : errors) {
                    String pointer = e.getInstanceLocation().toString().replaceFirst("^\\$", "").replace('.', '/');
                    if (where[0] == null) {
                        where[0] = locate(c, pointer);
                    }
                }
            }
        }
        for (Chart sub : c.dependencies()) {
            Object sv = values.get(sub.name());
            if (sv instanceof Map<?, ?> m) {
                check(sub, HelmYaml.asMap(m), out, where);
            } else if (sv != null) { // Helm: nil or absent values are not checked, other types are refused
                out.add(sub.name() + ":\ninvalid type for values: expected object (map), got "
                        + io.ccmlint.core.helm.template.GoValues.typeName(sv) + "\n");
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
