package io.ccmlint.core.helm.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

/** Expected texts are what helm v4.1.4 (santhosh-tekuri/jsonschema v6) printed for the same schema and values. */
class SchemaMessagesTest {
    private static final String SCHEMA = """
            {
              "$defs": {"pos": {"type": "integer", "minimum": 1}},
              "properties": {
                "big": {"minimum": 1000000},
                "t": {"type": ["string", "null", "integer"]},
                "e": {"enum": ["a", 1, true, null, 2.5]},
                "c": {"const": "it's"},
                "u": {"uniqueItems": true},
                "any": {"anyOf": [{"type": "string"}, {"type": "integer", "minimum": 5}]},
                "one2": {"oneOf": [{"type": "number"}, {"type": "integer"}]},
                "req": {"required": ["a", "b", "c"]},
                "str": {"pattern": "^a\\\\d$"},
                "ref": {"$ref": "#/$defs/pos"},
                "pn": {"propertyNames": {"maxLength": 2}},
                "image": {"type": "object", "properties": {"repository": {"type": "string"}, "tag": {"type": "string"}}},
                "multi": {"type": "string", "enum": ["a"]}
              }
            }""";

    private static String render(String values) throws Exception {
        JsonNode instance = new ObjectMapper().readTree(values);
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SCHEMA, InputFormat.JSON);
        return SchemaMessages.render(schema.validate(instance), instance, false);
    }

    @Test
    void leafMessagesAreSanthoshs() throws Exception {
        assertThat(render("{\"big\": 5}")).isEqualTo("- at '/big': minimum: got 5, want 1×10⁰⁶");
        assertThat(render("{\"t\": true}")).isEqualTo("- at '/t': got boolean, want null or integer or string");
        assertThat(render("{\"e\": \"x\"}")).isEqualTo("- at '/e': value must be one of 'a', 1, true, <nil>, 2.5");
        assertThat(render("{\"c\": \"x\"}")).isEqualTo("- at '/c': value must be 'it\\'s'");
        assertThat(render("{\"u\": [1, 2, 1]}")).isEqualTo("- at '/u': items at 0 and 2 are equal");
        assertThat(render("{\"req\": {\"b\": 1}}")).isEqualTo("- at '/req': missing properties 'a', 'c'");
        assertThat(render("{\"str\": \"héllo\\\"x\"}")).isEqualTo("- at '/str': 'héllo\"x' does not match pattern '^a\\\\d$'");
        assertThat(render("{\"ref\": 0}")).isEqualTo("- at '/ref': minimum: got 0, want 1");
        assertThat(render("{\"multi\": \"b\"}")).as("enum after a type that matched; santhosh stops at the first")
                .isEqualTo("- at '/multi': value must be 'a'");
    }

    @Test
    void applicatorsAndPropertyNamesNestTheirCauses() throws Exception {
        assertThat(render("{\"any\": 3}")).isEqualTo("- at '/any': 'anyOf' failed\n"
                + "  - at '/any': got number, want string\n"
                + "  - at '/any': minimum: got 3, want 5");
        assertThat(render("{\"one2\": 3}")).isEqualTo("- at '/one2': 'oneOf' failed, subschemas 0, 1 matched");
        assertThat(render("{\"pn\": {\"abc\": 1}}")).isEqualTo("- at '': invalid propertyName 'abc'\n"
                + "  - at '': maxLength: got 3, want 2");
    }

    @Test
    void theRootsOneGroupGivesItsCausesButADeeperGroupIsShown() throws Exception {
        assertThat(render("{\"image\": {\"repository\": 1, \"tag\": 2}}")).isEqualTo(
                "- at '/image/repository': got number, want string\n- at '/image/tag': got number, want string");
        assertThat(render("{\"big\": 5, \"image\": {\"repository\": 1, \"tag\": 2}}")).isEqualTo(
                "- at '/big': minimum: got 5, want 1×10⁰⁶\n"
                        + "- at '/image': validation failed\n"
                        + "  - at '/image/repository': got number, want string\n"
                        + "  - at '/image/tag': got number, want string");
    }

    @Test
    void numbersArePrintedTheEnglishWay() {
        assertThat(SchemaMessages.number(1000)).isEqualTo("1,000");
        assertThat(SchemaMessages.number(12345.5)).isEqualTo("12,345.5");
        assertThat(SchemaMessages.number(-2500.25)).isEqualTo("-2,500.25");
        assertThat(SchemaMessages.number(1234567)).isEqualTo("1.234567×10⁰⁶");
        assertThat(SchemaMessages.number(0.000001)).isEqualTo("1×10⁻⁰⁶");
        assertThat(SchemaMessages.number(5e21)).isEqualTo("5×10²¹");
        assertThat(SchemaMessages.number(0.333)).isEqualTo("0.333");
        assertThat(SchemaMessages.integer(1200)).isEqualTo("1,200");
    }
}
