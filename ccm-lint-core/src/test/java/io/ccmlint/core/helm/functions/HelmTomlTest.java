package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.FunctionTemplates.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** toToml / fromToml (BurntSushi/toml v1.6.0), toYamlPretty and toPrettyJson, with Helm v4.1.4's outputs. */
class HelmTomlTest {
    @Test
    void toTomlWritesPlainKeysThenTables() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("server", Map.of("port", 8080.0, "tls", Map.of("on", false)));
        v.put("users", List.of(Map.of("name", "a"), Map.of("name", "b")));
        v.put("replicas", 3.0);
        v.put("ratio", 1.5);
        v.put("none", null);
        v.put("tags", List.of("x", 1L));
        assertThat(render("{{ toToml . }}", v)).isEqualTo("ratio = 1.5\nreplicas = 3.0\ntags = [\"x\", 1]\n\n[server]\n"
                + "  port = 8080.0\n  [server.tls]\n    on = false\n\n[[users]]\n  name = \"a\"\n\n[[users]]\n  name = \"b\"\n");
        assertThat(render("{{ toToml (dict \"a b\" 1 \"\" 2 \"s\" \"q\\\"\\t\\u0001\") }}")).isEqualTo("\"\" = 2\n\"a b\" = 1\ns = \"q\\\"\\t\\u0001\"\n");
        assertThat(render("{{ toToml (dict \"m\" (list 1 (dict \"y\" nil \"z\" 3 \"x\" (dict \"q\" 1)))) }}"))
                .isEqualTo("m = [1, {z = 3, x = {q = 1}}]\n");
        assertThat(render("{{ toToml \"abc\" }}|{{ toToml 1e6 }}|{{ toToml -0.0 }}")).isEqualTo("\"abc\"|1e+06|-0.0");
    }

    @Test
    void toTomlReturnsTheErrorText() {
        assertThat(render("{{ toToml (list 1 nil) }}")).isEqualTo("toml: cannot encode array with nil element");
        assertThat(render("{{ toToml (list (dict \"a\" 1)) }}")).isEqualTo("toml: top-level values must be Go maps or structs");
        assertThat(FunctionTemplates.error("{{ toToml nil }}"))
                .isEqualTo("error calling toToml: reflect: call of reflect.Value.Type on zero Value");
    }

    @Test
    void fromTomlReadsTomlOneOne() {
        String doc = """
                title = "\\x41\\e"
                n = 0x1F
                f = 1e3
                t = 1979-05-27T07:32:00Z
                lt = 07:32
                inl = {
                  a = 1,
                }
                [[arr]]
                k = 1
                [[arr]]
                k = 2
                """;
        assertThat(render("{{ $t := fromToml `" + doc + "` }}{{ $t.title | b64enc }} {{ $t.n }} {{ typeOf $t.n }} {{ $t.f }} "
                + "{{ $t.t }} {{ $t.lt }} {{ $t.inl.a }} {{ typeOf $t.arr }} {{ len $t.arr }}"))
                .isEqualTo("QRs= 31 int64 1000 1979-05-27 07:32:00 +0000 UTC 0000-01-01 07:32:00 +0000 time-local 1 "
                        + "[]map[string]interface {} 2");
    }

    @Test
    void fromTomlPutsParseErrorsUnderError() {
        assertThat(render("{{ (fromToml \"a = 1\\na = 2\").Error }}")).isEqualTo("toml: line 2 (last key \"a\"): Key 'a' has already been defined.");
        assertThat(render("{{ (fromToml \"a = {a = 1 b = 2}\").Error }}")).isEqualTo(
                "toml: line 1 (last key \"a.a\"): expected a comma or an inline table terminator '}', but got 'b' instead");
        assertThat(render("{{ (fromToml \"a = [1]\\n[[a]]\").Error }}"))
                .isEqualTo("toml: line 2: Key 'a' was already created and cannot be used as an array.");
        assertThat(render("{{ (fromToml \"a = 9223372036854775808\").Error }}"))
                .isEqualTo("toml: line 1 (last key \"a\"): 9223372036854775808 is out of range for int64");
        assertThat(render("{{ (fromToml \"x = 7:32:00\").Error }}")).isEqualTo("toml: line 1 (last key \"x\"): invalid datetime: \"7:32:00\"");
        assertThat(render("{{ fromToml \"a = 1\\na = 2\" | keys }}")).isEqualTo("[Error]");
    }

    @Test
    void toYamlPrettyIsGoYamlV3WithIndentTwo() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("list", List.of(1.0, Map.of("k", List.of("a"))));
        v.put("big", 1000000.0);
        v.put("tab", "a\tb\nc");
        v.put("a1_", 1L);
        v.put("a1b", 2L);
        assertThat(render("{{ toYamlPretty . }}", v)).isEqualTo(
                "a1b: 2\na1_: 1\nbig: 1e+06\nlist:\n  - 1\n  - k:\n      - a\ntab: |-\n  a\tb\n  c");
        // no folding at column 80 (toYaml folds): one line, single-quoted for the trailing space
        assertThat(render("{{ toYamlPretty (dict \"s\" (repeat 25 \"word \")) }}")).isEqualTo("s: '" + "word ".repeat(25) + "'");
        assertThat(render("{{ toYamlPretty nil }}|{{ toYamlPretty \"\\tx\" }}")).isEqualTo("null|\"\\tx\"");
    }

    @Test
    void toPrettyJsonIndentsByTwo() {
        assertThat(render("{{ toPrettyJson (dict \"a\" (list 1 (dict)) \"b\" (list) \"c\" \"<x>\") }}"))
                .isEqualTo("{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"b\": [],\n  \"c\": \"\\u003cx\\u003e\"\n}");
        assertThat(render("[{{ toPrettyJson (dict \"n\" (float64 \"NaN\")) }}]")).isEqualTo("[]");
        assertThat(FunctionTemplates.error("{{ mustToPrettyJson (dict \"n\" (float64 \"NaN\")) }}"))
                .isEqualTo("error calling mustToPrettyJson: json: unsupported value: NaN");
    }
}
