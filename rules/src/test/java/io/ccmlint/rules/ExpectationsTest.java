package io.ccmlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ccmlint.rules.Expectations.Expected;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotation syntax of the rule examples, read from files as {@link RuleExamplesTest} does. */
class ExpectationsTest {
    @TempDir
    Path dir;

    private void write(String path, String text) throws Exception {
        Files.writeString(dir.resolve(path), text, StandardCharsets.UTF_8);
    }

    @Test
    void severalFindingsOnALineWithQuotesCommasAndAnEnd() throws Exception {
        write("main.tf", """
                a = 1
                b = "x" // expect: CCM108@5 'no Version, so ''2008-10-17''' CCM003@9-12 'rule "x"'
                c = 2   # expect:CCM001@1-3:2 'a # in it'
                """);
        assertThat(Expectations.read(dir)).containsExactly(
                new Expected("main.tf", 2, 5, 0, 0, "CCM108", "no Version, so '2008-10-17'"),
                new Expected("main.tf", 2, 9, 2, 12, "CCM003", "rule \"x\""),
                new Expected("main.tf", 3, 1, 3, 2, "CCM001", "a # in it"));
    }

    @Test
    void aSidecarStatesOneFindingALine() throws Exception {
        write("p.json", "{}\n");
        write("p.json.expect", "1:1 CCM108 'policy has no Version'\n\n2:3-4:1 CCM002 'it''s'\n");
        assertThat(Expectations.read(dir)).containsExactly(
                new Expected("p.json", 1, 1, 0, 0, "CCM108", "policy has no Version"),
                new Expected("p.json", 2, 3, 4, 1, "CCM002", "it's"));
    }

    @Test
    void anExpectationWithoutColumnOrFragmentIsAnError() throws Exception {
        write("a.yaml", "x: 1  # expect: CCM101\n");
        assertThatThrownBy(() -> Expectations.read(dir)).hasMessageContaining("a.yaml:1: cannot read the expectation at \"CCM101\"");
        write("a.yaml", "x: 1  # expect: CCM101@4 'ok' trailing\n");
        assertThatThrownBy(() -> Expectations.read(dir)).hasMessageContaining("at \"trailing\"");
        write("a.yaml", "x: 1  # expect: CCM101@4 ''\n");
        assertThatThrownBy(() -> Expectations.read(dir)).hasMessageContaining("cannot read");
    }

    @Test
    void aSidecarNeedsItsFileAndWellFormedLines() throws Exception {
        write("gone.json.expect", "1:1 CCM108 'x'\n");
        assertThatThrownBy(() -> Expectations.read(dir)).hasMessageContaining("needs its file");
        Files.delete(dir.resolve("gone.json.expect"));
        write("p.json", "{}\n");
        write("p.json.expect", "1:CCM108\n");
        assertThatThrownBy(() -> Expectations.read(dir)).hasMessageContaining("p.json.expect:1: cannot read \"1:CCM108\"");
    }
}
