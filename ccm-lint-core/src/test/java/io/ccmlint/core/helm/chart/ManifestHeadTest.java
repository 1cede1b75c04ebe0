package io.ccmlint.core.helm.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Expected messages are what helm v4.1.4 printed after "YAML parse error on FILE: " for the same documents. */
class ManifestHeadTest {
    private static String error(String doc) {
        try {
            ManifestHead.read(doc);
        } catch (ChartException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for " + doc);
    }

    @Test
    void readsKindAndAnnotationsAsStringsTheLastOfARepeatedKeyWinning() throws Exception {
        ManifestHead h = ManifestHead.read("kind: Job\nkind: Pod\nmetadata:\n  annotations:\n    helm.sh/hook-weight: 5\n"
                + "    helm.sh/hook: ~\n");
        assertThat(h.kind()).isEqualTo("Pod");
        assertThat(h.annotations()).containsEntry("helm.sh/hook-weight", "5").containsEntry("helm.sh/hook", "");
        assertThat(ManifestHead.read("kind: 5").kind()).isEqualTo("5");
        assertThat(ManifestHead.read("~").kind()).isEmpty();
        assertThat(ManifestHead.read("a: b\n...\nc: d: e").kind()).as("the first document only").isEmpty();
    }

    @Test
    void syntaxErrorsInGoYamlsWordsAndLines() {
        assertThat(error("a: b\n- c")).isEqualTo("error converting YAML to JSON: yaml: line 1: did not find expected key");
        assertThat(error("a: b: c")).isEqualTo("error converting YAML to JSON: yaml: mapping values are not allowed in this context");
        assertThat(error("a:\n\tb: c")).isEqualTo("error converting YAML to JSON: yaml: line 2: found character that cannot start any token");
        assertThat(error("a: [b")).isEqualTo("error converting YAML to JSON: yaml: line 1: did not find expected ',' or ']'");
        assertThat(error("a: [b, c}")).isEqualTo("error converting YAML to JSON: yaml: did not find expected ',' or ']'");
        assertThat(error("a: b\n\n\nc: d: e")).isEqualTo(
                "error converting YAML to JSON: yaml: line 4: mapping values are not allowed in this context");
        assertThat(error("a: &x 1\nb: *y")).isEqualTo("error converting YAML to JSON: yaml: unknown anchor 'y' referenced");
        assertThat(error("? [a]\n: b")).isEqualTo("error converting YAML to JSON: yaml: invalid map key: []interface {}{\"a\"}");
        assertThat(error("a: \"x")).isEqualTo("error converting YAML to JSON: yaml: found unexpected end of stream");
    }

    @Test
    void valuesOfTheWrongTypeInEncodingJsonsWords() {
        String prefix = "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ";
        assertThat(error("just text")).isEqualTo(prefix + "string into Go value of type util.SimpleHead");
        assertThat(error("yes")).isEqualTo(prefix + "bool into Go value of type util.SimpleHead");
        assertThat(error("[1, 2]")).isEqualTo(prefix + "array into Go value of type util.SimpleHead");
        assertThat(error("apiVersion: {a: b}\nkind: [a]")).isEqualTo(
                prefix + "object into Go struct field SimpleHead.apiVersion of type string");
        assertThat(error("kind: Job\nmetadata: x")).isEqualTo(prefix + "string into Go struct field SimpleHead.metadata of type "
                + "struct { Name string \"json:\\\"name\\\"\"; Annotations map[string]string \"json:\\\"annotations\\\"\" }");
        assertThat(error("kind: Job\nmetadata:\n  annotations:\n    a: {b: c}")).isEqualTo(
                prefix + "object into Go struct field .metadata.annotations of type string");
        assertThatThrownBy(() -> ManifestHead.read("kind: Job\nmetadata:\n  name: [a]"))
                .hasMessage(prefix + "array into Go struct field .metadata.name of type string");
    }
}
