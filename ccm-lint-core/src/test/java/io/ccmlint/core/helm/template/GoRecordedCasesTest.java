package io.ccmlint.core.helm.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ccmlint.core.source.SourceFile;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Templates and what Go's text/template (Go 1.25.9, inside helm v4.1.4) made of them, recorded in
 * {@code go-cases.jsonl}: output, execution error, or parse error. Each template was the body of
 * {@code {{define "s"}}...{{end}}} in {@code c/templates/_s.tpl}, executed with the values as dot
 * and missingkey=zero, as Helm runs it; values numbers are float64, as Helm reads YAML. Parse errors
 * are recorded as Helm rewords them ("parse error at (file:line): last part").
 */
class GoRecordedCasesTest {
    private static final String FILE = "c/templates/_s.tpl";

    static List<JsonNode> cases() throws Exception {
        List<JsonNode> all = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                GoRecordedCasesTest.class.getResourceAsStream("go-cases.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                all.add(mapper.readTree(line));
            }
        }
        return all;
    }

    @Test
    void thereAreEnoughCasesOfEachOutcome() throws Exception {
        List<JsonNode> all = cases();
        assertThat(all).hasSizeGreaterThan(150);
        assertThat(all.stream().filter(c -> c.has("want"))).hasSizeGreaterThan(70);
        assertThat(all.stream().filter(c -> c.has("error"))).hasSizeGreaterThan(50);
        assertThat(all.stream().filter(c -> c.has("helmParseError"))).hasSizeGreaterThan(20);
    }

    @TestFactory
    Stream<DynamicTest> rendersAsGoDoes() throws Exception {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.get("name").asText() + " "
                + abbreviate(c.get("template").asText()), () -> check(c)));
    }

    private static void check(JsonNode c) {
        TemplateSet set = new TemplateSet("gotpl", Functions.builtins(), MissingKey.ZERO);
        String text = "{{define \"s\"}}" + c.get("template").asText() + "{{end}}";
        Optional<TemplateError> parseError = set.parse(FILE, SourceFile.of(FILE, text));
        if (c.has("helmParseError")) {
            assertThat(parseError).as("a parse error").isPresent();
            assertThat(helmParseError(parseError.get().message())).isEqualTo(c.get("helmParseError").asText());
            return;
        }
        assertThat(parseError).as("parse error").isEmpty();
        RenderResult result = set.execute("s", helmValues(c.get("values")));
        if (c.has("error")) {
            assertThat(result.error()).as("an execution error").isPresent();
            assertThat(result.error().get().message()).isEqualTo(c.get("error").asText());
        } else {
            assertThat(result.error()).isEmpty();
            assertThat(result.output()).isEqualTo(c.get("want").asText());
        }
    }

    /** Helm's cleanupParseError: "template: LOCATION: ... : MESSAGE" becomes "parse error at (LOCATION): MESSAGE". */
    static String helmParseError(String goMessage) {
        String[] tokens = goMessage.split(": ");
        return "parse error at (" + tokens[1] + "): " + tokens[tokens.length - 1];
    }

    /** Values as Helm holds them: maps, lists, strings, booleans, null, and every number a float64. */
    static Object helmValues(JsonNode n) {
        if (n == null || n.isNull()) {
            return n == null ? new LinkedHashMap<>() : null;
        }
        if (n.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                m.put(e.getKey(), helmValues(e.getValue()));
            }
            return m;
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            n.forEach(x -> l.add(helmValues(x)));
            return l;
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        return n.asText();
    }

    private static String abbreviate(String s) {
        String one = s.replace("\n", "\\n");
        return one.length() > 60 ? one.substring(0, 60) + "..." : one;
    }
}
