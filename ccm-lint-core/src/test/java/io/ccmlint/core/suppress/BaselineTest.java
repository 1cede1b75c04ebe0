package io.ccmlint.core.suppress;

import static io.ccmlint.core.suppress.Fixture.lint;
import static io.ccmlint.core.suppress.Fixture.manifest;
import static io.ccmlint.core.suppress.Fixture.where;
import static io.ccmlint.core.suppress.Fixture.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.config.ConfigLookup;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.LinterFactory;
import io.ccmlint.core.engine.LinterOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    private static final String POLICY = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {"Sid": "Read", "Effect": "Allow", "Action": "s3:BAD", "Resource": "*"},
                {"Sid": "Ecr", "Effect": "Allow", "Action": "ecr:BAD", "Resource": "*"}
              ]
            }
            """;

    @TempDir
    Path dir;
    Path baselineFile;

    @BeforeEach
    void adopt() throws Exception {
        write(dir, "iam/policy.json", POLICY);
        write(dir, "k8s/cm.yaml", manifest("  a: BAD\n  b: BAD\n  c: UGLY\n"));
        baselineFile = dir.resolve("ccm-lint-baseline.json");
        Baseline.of(lint(dir).findings(), baselineFile).write();
    }

    private LintResult withBaseline() throws Exception {
        return lint(dir, Fixture.options().baseline(baselineFile));
    }

    @Test
    void theFileIsSortedJsonWithRulePathAndMessage() throws Exception {
        String text = Files.readString(baselineFile);
        assertThat(text).startsWith("{\n  \"version\" : 1,\n  \"tool\" : \"ccm-lint\",\n  \"findings\" : [ {\n")
                .contains("\"rule\" : \"TST101\",\n    \"path\" : \"iam/policy.json\",\n    \"message\" : \"found BAD\",\n"
                        + "    \"fingerprint\" : \"")
                .doesNotContain("\"line\"").endsWith("} ]\n}\n");
        List<Baseline.Entry> entries = Baseline.read(baselineFile).entries();
        assertThat(entries).extracting(Baseline.Entry::path).containsExactly("iam/policy.json", "iam/policy.json",
                "k8s/cm.yaml", "k8s/cm.yaml", "k8s/cm.yaml");
        assertThat(entries).extracting(Baseline.Entry::fingerprint).doesNotHaveDuplicates();
    }

    @Test
    void hidesEveryRecordedFinding() throws Exception {
        LintResult r = withBaseline();
        assertThat(r.findings()).isEmpty();
        assertThat(r.suppressed()).hasSize(5).allSatisfy(s -> assertThat(s.source()).isEqualTo(SuppressionSource.BASELINE));
        assertThat(r.baseline().hidden()).isEqualTo(5);
        assertThat(r.baseline().stale()).isZero();
        assertThat(r.suppressedCount()).as("the baseline is counted apart").isZero();
    }

    @Test
    void survivesInsertedLinesAndReorderedContent() throws Exception {
        write(dir, "iam/policy.json", """


                {
                  "Statement": [
                    {"Sid": "Ecr", "Effect": "Allow", "Action": "ecr:BAD", "Resource": "*"},
                    {"Sid": "New", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*"},
                    {"Sid": "Read", "Effect": "Allow", "Action": "s3:BAD", "Resource": "*"}
                  ],
                  "Version": "2012-10-17"
                }
                """);
        write(dir, "k8s/cm.yaml", "# a comment added at the top\n\n" + manifest("  c: UGLY\n  z: fine\n  b: BAD\n  a: BAD\n"));
        LintResult r = withBaseline();
        assertThat(r.findings()).isEmpty();
        assertThat(r.baseline().hidden()).isEqualTo(5);
        assertThat(r.baseline().stale()).isZero();
    }

    @Test
    void onlyANewMistakeIsReported() throws Exception {
        write(dir, "k8s/cm.yaml", manifest("  a: BAD\n  b: BAD\n  c: UGLY\n  d: UGLY BAD\n"));
        LintResult r = withBaseline();
        assertThat(where(dir, r.findings())).containsExactly("k8s/cm.yaml:9:TST102", "k8s/cm.yaml:9:TST101");
        assertThat(r.baseline().hidden()).isEqualTo(5);
    }

    @Test
    void identicalFindingsGetOccurrenceIndexes() throws Exception {
        write(dir, "k8s/list.yaml", manifest("  l:\n  - BAD\n  - BAD\n"));
        Baseline.of(lint(dir).findings(), baselineFile).write();
        assertThat(Baseline.read(baselineFile).entries()).hasSize(7).extracting(Baseline.Entry::fingerprint).doesNotHaveDuplicates();
        write(dir, "k8s/list.yaml", manifest("  l:\n  - BAD\n  - BAD\n  - BAD\n"));
        LintResult r = withBaseline();
        assertThat(where(dir, r.findings())).as("one of three identical findings is new").hasSize(1);
        assertThat(r.baseline().hidden()).isEqualTo(7);
        assertThat(r.baseline().stale()).isZero();
    }

    @Test
    void fixedFindingsLeaveStaleEntries() throws Exception {
        write(dir, "k8s/cm.yaml", manifest("  a: fixed\n  b: BAD\n  c: fixed too\n"));
        LintResult r = withBaseline();
        assertThat(r.findings()).isEmpty();
        assertThat(r.baseline().hidden()).isEqualTo(3);
        assertThat(r.baseline().stale()).isEqualTo(2);
    }

    @Test
    void theLinterReadsTheBaselineOnceWhenItIsMade() throws Exception {
        Linter linter = LinterFactory.create(inDir().baseline(baselineFile).build());
        Files.delete(baselineFile); // every lint (each pass of fix) uses what was read
        for (int pass = 0; pass < 2; pass++) {
            LintResult r = linter.lint(List.of(dir));
            assertThat(r.findings()).isEmpty();
            assertThat(r.baseline().hidden()).isEqualTo(5);
        }
        assertThatThrownBy(() -> LinterFactory.create(inDir().baseline(baselineFile).build()))
                .isInstanceOf(ConfigException.class).hasMessage("baseline file not found: " + baselineFile);
        // an audit run never reads it
        assertThat(LinterFactory.create(inDir().strict(true).baseline(baselineFile).build()).lint(List.of(dir)).findings())
                .hasSize(5);
    }

    private LinterOptions.Builder inDir() {
        return Fixture.options().config(ConfigLookup.given(LintConfig.defaults(dir))).displayBase(dir);
    }

    @Test
    void strictIgnoresTheBaseline() throws Exception {
        LintResult r = lint(dir, Fixture.options().strict(true).baseline(baselineFile));
        assertThat(r.findings()).hasSize(5);
        assertThat(r.baseline()).isNull();
    }

    @Test
    void pathsAreRelativeToTheBaselineSoItWorksFromAnywhere() throws Exception {
        Path nested = dir.resolve("ci/baseline.json");
        Baseline.of(lint(dir).findings(), nested).write();
        assertThat(Baseline.read(nested).entries()).extracting(Baseline.Entry::path).first().isEqualTo("../iam/policy.json");
        LintResult r = lint(dir, Fixture.options().baseline(nested));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aBrokenBaselineIsAUsageError() throws Exception {
        Path bad = write(dir, "bad.json", "{\"findings\": 3}");
        assertThatThrownBy(() -> Baseline.read(bad)).isInstanceOf(ConfigException.class).hasMessageContaining("not a ccm-lint baseline");
        Path notJson = write(dir, "bad2.json", "{");
        assertThatThrownBy(() -> Baseline.read(notJson)).isInstanceOf(ConfigException.class).hasMessageContaining("invalid JSON");
        assertThatThrownBy(() -> Baseline.read(dir.resolve("missing.json"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("baseline file not found");
    }
}
