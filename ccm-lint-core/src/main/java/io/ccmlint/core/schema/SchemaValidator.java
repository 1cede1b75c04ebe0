package io.ccmlint.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.value.Scalar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates located trees against the JSON Schemas bundled from {@code schemas/} and maps each
 * error back to the span of the offending value. Schemas are loaded once per run and never
 * fetch anything remote.
 */
public final class SchemaValidator {
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    /**
     * Made on first use: a run whose config and policies all take {@link ConfigShape}'s and
     * {@link IamPolicyShape}'s fast paths never needs the general validator, whose set-up costs
     * about 20 ms of CPU.
     */
    private static final class Registry {
        /** Schemas carry plain-word messages under the "message" keyword. */
        static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().errorMessageKeyword("message").build()));
    }

    private SchemaValidator() {
    }

    /** The bundled schema file names, e.g. {@code iam-policy.schema.json}. */
    static Schema schema(String name) {
        return SCHEMAS.computeIfAbsent(name, SchemaValidator::load);
    }

    private static Schema load(String name) {
        String resource = "/io/ccmlint/schemas/" + name;
        try (InputStream in = SchemaValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema not bundled: " + resource);
            }
            return Registry.REGISTRY.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<SchemaViolation> validate(String schemaName, Node root) {
        if (IamPolicyShape.SCHEMA.equals(schemaName) && IamPolicyShape.certainlyValid(root)) {
            return List.of(); // the common shape, checked without the general validator
        }
        if (ConfigShape.SCHEMA.equals(schemaName) && ConfigShape.certainlyValid(root)) {
            return List.of(); // a valid .ccm-lint.yml: no run with one sets up the general validator for it
        }
        return validateFully(schemaName, root);
    }

    /** The general validator, always (what {@link IamPolicyShape} and {@link ConfigShape} are tested against). */
    static List<SchemaViolation> validateFully(String schemaName, Node root) {
        List<Error> errors = schema(schemaName).validate(toJson(root));
        Map<String, SchemaViolation> unique = new LinkedHashMap<>();
        for (Error e : errors) {
            SchemaViolation v = locate(root, e);
            unique.putIfAbsent(v.span().start() + ":" + v.message(), v);
        }
        List<SchemaViolation> out = new ArrayList<>(unique.values());
        out.sort(Comparator.comparingInt((SchemaViolation v) -> v.span().start()).thenComparing(SchemaViolation::message));
        return out;
    }

    private static SchemaViolation locate(Node root, Error e) {
        NodePath path = e.getInstanceLocation();
        Node node = root;
        StringBuilder pointer = new StringBuilder();
        MapNode.Entry lastEntry = null;
        for (int i = 0; i < path.getNameCount() && node != null; i++) {
            Object element = path.getElement(i);
            pointer.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
            if (node instanceof MapNode m && element instanceof String key) {
                lastEntry = m.entry(key);
                node = lastEntry == null ? null : lastEntry.value();
            } else if (node instanceof ListNode l && element instanceof Integer idx && idx < l.items().size()) {
                lastEntry = null;
                node = l.items().get(idx);
            } else {
                node = null;
            }
        }
        if (node == null) {
            node = root;
        }
        Span span = node.span();
        String keyword = e.getKeyword();
        String property = e.getProperty();
        if (node instanceof MapNode m && property != null && m.entry(property) != null
                && ("additionalProperties".equals(keyword) || "propertyNames".equals(keyword)
                || "unevaluatedProperties".equals(keyword))) {
            span = m.entry(property).keySpan();
            pointer.append('/').append(property);
        } else if (node instanceof MapNode || node instanceof ListNode) {
            // containers: point at their first character, the '{' or the first key of a block mapping
            span = span.file().span(span.start(), Math.min(span.end(), span.start() + 1));
        }
        return new SchemaViolation(span, pointer.toString(), plain(e, lastEntry));
    }

    /** networknt's message without its leading instance path. */
    private static String plain(Error e, MapNode.Entry entry) {
        String m = e.getMessage();
        int colon = m.indexOf(": ");
        if (m.startsWith("$") && colon > 0) {
            m = m.substring(colon + 2);
        }
        if (e.isCustomMessage()) {
            return m; // the schema's own words already say what is wrong
        }
        String where = entry != null ? "\"" + entry.key() + "\": " : "";
        return where + m;
    }

    /** The tree as Jackson nodes, for the validator. */
    static JsonNode toJson(Node node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof MapNode m) {
            ObjectNode o = f.objectNode();
            for (MapNode.Entry e : m.entries()) {
                o.set(e.key(), toJson(e.value()));
            }
            return o;
        }
        if (node instanceof ListNode l) {
            ArrayNode a = f.arrayNode();
            for (Node item : l.items()) {
                a.add(toJson(item));
            }
            return a;
        }
        Scalar scalar = ((ScalarNode) node).scalar();
        if (!scalar.isKnown()) {
            return f.textNode(scalar.display()); // a string not known here: the schema sees a string
        }
        Object v = scalar.value();
        if (v == null) {
            return f.nullNode();
        }
        if (v instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (v instanceof BigDecimal d) {
            return f.numberNode(d);
        }
        if (v instanceof Number n) {
            return f.numberNode(new BigDecimal(n.toString()));
        }
        return f.textNode(String.valueOf(v));
    }
}
