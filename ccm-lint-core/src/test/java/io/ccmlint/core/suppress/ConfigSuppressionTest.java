package io.ccmlint.core.suppress;

import static io.ccmlint.core.suppress.Fixture.hidden;
import static io.ccmlint.core.suppress.Fixture.lint;
import static io.ccmlint.core.suppress.Fixture.where;
import static io.ccmlint.core.suppress.Fixture.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.config.ConfigLoader;
import io.ccmlint.core.engine.LintResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSuppressionTest {
    private static final String POLICY = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {"Effect": "Allow", "Action": "s3:BAD", "Resource": "*"},
                {"Effect": "Allow", "Action": "ec2:BAD", "Resource": "*"}
              ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aPathGlobHidesTheRuleInEveryMatchingFile() throws Exception {
        write(dir, "iam/a.json", POLICY);
        write(dir, "iam/b.json", POLICY);
        write(dir, "other/c.json", POLICY);
        write(dir, ".ccm-lint.yml", """
                suppressions:
                  - path: "iam/*.json"
                    rule: TST101
                    reason: "legacy policies, replaced by the iam-v2 module"
                    until: "2026-12-31"
                """);
        LintResult r = lint(dir);
        assertThat(where(dir, r.findings())).containsExactly("other/c.json:4:TST101", "other/c.json:5:TST101");
        assertThat(hidden(dir, r)).containsExactly("iam/a.json:4:TST101", "iam/a.json:5:TST101", "iam/b.json:4:TST101",
                "iam/b.json:5:TST101");
        assertThat(r.suppressed()).allSatisfy(s -> {
            assertThat(s.source()).isEqualTo(SuppressionSource.CONFIG);
            assertThat(s.source().sarifKind()).isEqualTo("external");
            assertThat(s.justification()).isEqualTo("legacy policies, replaced by the iam-v2 module");
        });
    }

    @Test
    void aPointerNarrowsToOneValue() throws Exception {
        write(dir, "iam/a.json", POLICY);
        write(dir, ".ccm-lint.yml", """
                suppressions:
                  - path: iam/a.json
                    rule: TST101
                    pointer: /Statement/1/Action
                    reason: "ec2 access is reviewed separately"
                """);
        LintResult r = lint(dir);
        assertThat(where(dir, r.findings())).containsExactly("iam/a.json:4:TST101");
        assertThat(hidden(dir, r)).containsExactly("iam/a.json:5:TST101");
    }

    @Test
    void expiredOrUnknownConfigSuppressionsAreCcm003InTheConfigFile() throws Exception {
        write(dir, "iam/a.json", POLICY);
        write(dir, ".ccm-lint.yml", """
                suppressions:
                  - path: iam/a.json
                    rule: TST101
                    reason: "until the migration"
                    until: "2026-03-14"
                  - path: iam/a.json
                    rule: TST777
                    reason: "a typo"
                """);
        LintResult r = lint(dir);
        assertThat(where(dir, r.findings())).containsExactly(".ccm-lint.yml:5:CCM003", ".ccm-lint.yml:7:CCM003",
                "iam/a.json:4:TST101", "iam/a.json:5:TST101");
        assertThat(r.findings().get(0).span().text()).isEqualTo("\"2026-03-14\"");
        assertThat(r.findings().get(0).message()).contains("expired on 2026-03-14");
        assertThat(r.findings().get(1).span().text()).isEqualTo("TST777");
        assertThat(r.suppressed()).isEmpty();
    }

    @Test
    void aSuppressionWithoutAReasonIsAConfigErrorWithItsPosition() throws Exception {
        Path cfg = write(dir, ".ccm-lint.yml", "suppressions:\n  - path: iam/a.json\n    rule: CCM101\n");
        assertThatThrownBy(() -> ConfigLoader.load(cfg)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(".ccm-lint.yml:2:").hasMessageContaining("reason");
    }

    @Test
    void theLoaderKeepsEveryField() throws Exception {
        Path cfg = write(dir, ".ccm-lint.yml", """
                suppressions:
                  - path: iam/**
                    rule: CCM108
                    reason: r
                    until: 2027-06-30
                    pointer: /Version
                """);
        ConfigSuppression s = ConfigLoader.load(cfg).suppressions().get(0);
        assertThat(s.path().matches("iam/x/y.json")).isTrue();
        assertThat(s.rule()).isEqualTo("CCM108");
        assertThat(s.reason()).isEqualTo("r");
        assertThat(s.until()).isEqualTo("2027-06-30");
        assertThat(s.pointer()).isEqualTo("/Version");
        assertThat(s.ruleSpan().startLine()).isEqualTo(3);
    }
}
