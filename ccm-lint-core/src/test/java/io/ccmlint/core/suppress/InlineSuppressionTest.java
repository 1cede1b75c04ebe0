package io.ccmlint.core.suppress;

import static io.ccmlint.core.suppress.Fixture.hidden;
import static io.ccmlint.core.suppress.Fixture.lint;
import static io.ccmlint.core.suppress.Fixture.manifest;
import static io.ccmlint.core.suppress.Fixture.where;
import static io.ccmlint.core.suppress.Fixture.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.rule.Finding;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InlineSuppressionTest {
    @TempDir
    Path dir;

    @Test
    void yamlLineBeforeAndEndOfLine() throws Exception {
        write(dir, "cm.yaml", manifest("""
                  # ccm-lint:disable=TST101 reason="accepted: demo data"
                  a: BAD
                  b: BAD  # ccm-lint:disable=TST101 reason="also accepted"
                  c: BAD
                  d: BAD UGLY  # ccm-lint:disable=TST102 reason="only the other rule"
                """));
        LintResult r = lint(dir);
        assertThat(where(dir, r.findings())).containsExactly("cm.yaml:9:TST101", "cm.yaml:10:TST101");
        assertThat(hidden(dir, r)).containsExactly("cm.yaml:7:TST101", "cm.yaml:8:TST101", "cm.yaml:10:TST102");
        SuppressedFinding first = r.suppressed().get(0);
        assertThat(first.source()).isEqualTo(SuppressionSource.INLINE);
        assertThat(first.justification()).isEqualTo("accepted: demo data");
        assertThat(r.suppressedCount()).isEqualTo(3);
    }

    @Test
    void stackedDirectivesCoverTheNextLineOfContent() throws Exception {
        write(dir, "cm.yaml", manifest("""
                  # ccm-lint:disable=TST101 reason="one"
                  # ccm-lint:disable=ugly-word reason="slugs name rules too"

                  a: BAD UGLY
                  b: BAD UGLY
                """));
        LintResult r = lint(dir);
        assertThat(where(dir, r.findings())).containsExactly("cm.yaml:10:TST101", "cm.yaml:10:TST102");
        assertThat(hidden(dir, r)).containsExactly("cm.yaml:9:TST101", "cm.yaml:9:TST102");
    }

    @Test
    void fileLevelOnlyInTheTopCommentBlock() throws Exception {
        write(dir, "top.yaml", "# vendored chart\n# ccm-lint:disable-file=TST101,TST102 reason=\"upstream, read-only\"\n---\n"
                + manifest("  a: BAD\n  b: UGLY\n"));
        write(dir, "late.yaml", manifest("  # ccm-lint:disable-file=TST101 reason=\"too late\"\n  a: BAD\n"));
        LintResult r = lint(dir);
        assertThat(hidden(dir, r)).containsExactly("top.yaml:9:TST101", "top.yaml:10:TST102");
        assertThat(where(dir, r.findings())).containsExactly("late.yaml:6:CCM003", "late.yaml:7:TST101");
        assertThat(r.findings().get(0).message()).contains("disable-file must be in the comment block at the top");
    }

    @Test
    void hclHashSlashAndBlockComments() throws Exception {
        write(dir, "main.tf", """
                // ccm-lint:disable-file=TST102 reason="generated names"
                locals {
                  # ccm-lint:disable=TST101 reason="hash comment"
                  a = "BAD"
                  // ccm-lint:disable=TST101 reason="slash comment"
                  b = "BAD UGLY"
                  c = "BAD" /* ccm-lint:disable=TST101 reason="block comment" */
                  d = "BAD" # ccm-lint:disable=TST101 reason='end of line'
                  e = "BAD"
                }
                """);
        LintResult r = lint(dir);
        assertThat(where(dir, r.findings())).containsExactly("main.tf:9:TST101");
        assertThat(hidden(dir, r)).containsExactly("main.tf:4:TST101", "main.tf:6:TST101", "main.tf:6:TST102",
                "main.tf:7:TST101", "main.tf:8:TST101");
    }

    @Test
    void aHashInsideAStringIsNotAComment() throws Exception {
        write(dir, "cm.yaml", manifest("""
                  a: "BAD # ccm-lint:disable=TST101 reason=\\"inside a string\\""
                  script: |
                    # ccm-lint:disable=NOPE001 shell text, not YAML
                    echo BAD
                """));
        LintResult r = lint(dir);
        assertThat(where(dir, r.findings())).containsExactly("cm.yaml:6:TST101", "cm.yaml:9:TST101");
        assertThat(r.suppressed()).isEmpty();
    }

    @Test
    void unknownRuleIsReportedAndTheOtherIdsStillApply() throws Exception {
        write(dir, "cm.yaml", manifest("  a: BAD UGLY  # ccm-lint:disable=TST101,TST999 reason=\"x\"\n"));
        LintResult r = lint(dir);
        assertThat(where(dir, r.findings())).containsExactly("cm.yaml:6:TST102", "cm.yaml:6:CCM003");
        Finding problem = r.findings().get(1);
        assertThat(problem.message()).isEqualTo("the suppression names unknown rule \"TST999\" (see `ccm-lint rules`)");
        assertThat(problem.span().text()).isEqualTo("TST999");
        assertThat(problem.severity().label()).isEqualTo("warning");
        assertThat(hidden(dir, r)).containsExactly("cm.yaml:6:TST101");
    }

    @Test
    void missingReasonDoesNotApply() throws Exception {
        write(dir, "cm.yaml", manifest("  a: BAD  # ccm-lint:disable=TST101\n  b: BAD  # ccm-lint:disable=TST101 reason=\"\"\n"));
        LintResult r = lint(dir);
        assertThat(where(dir, r.findings())).containsExactly("cm.yaml:6:TST101", "cm.yaml:6:CCM003", "cm.yaml:7:TST101",
                "cm.yaml:7:CCM003");
        assertThat(r.findings().get(1).message()).contains("has no reason=\"...\"");
        assertThat(r.suppressed()).isEmpty();
    }

    @Test
    void untilIsInclusiveAndAPassedDateBringsTheFindingBack() throws Exception {
        write(dir, "cm.yaml", manifest("  # ccm-lint:disable=TST101 reason=\"sprint 12\" until=2026-03-15\n  a: BAD\n"));
        LintResult onTheDay = lint(dir, Fixture.options().clock(Fixture.clock(LocalDate.of(2026, 3, 15))));
        assertThat(onTheDay.findings()).isEmpty();
        assertThat(onTheDay.suppressed()).singleElement().extracting(SuppressedFinding::until)
                .isEqualTo(LocalDate.of(2026, 3, 15));

        LintResult dayAfter = lint(dir, Fixture.options().clock(Fixture.clock(LocalDate.of(2026, 3, 16))));
        assertThat(where(dir, dayAfter.findings())).containsExactly("cm.yaml:6:CCM003", "cm.yaml:7:TST101");
        Finding expired = dayAfter.findings().get(0);
        assertThat(expired.message()).isEqualTo("the suppression of TST101 expired on 2026-03-15; its findings are reported again");
        assertThat(expired.span().text()).isEqualTo("2026-03-15");
        assertThat(dayAfter.suppressed()).isEmpty();
    }

    @Test
    void malformedDirectivesAreReportedNeverSilentlyIgnored() throws Exception {
        write(dir, "cm.yaml", manifest("""
                  a: BAD  # ccm-lint:disable=TST101 reason="x" until=2026-02-30
                  b: BAD  # ccm-lint:disabled=TST101 reason="x"
                  c: BAD  # ccm-lint:disable reason="x"
                  d: BAD  # ccm-lint:disable=TST101 because="x"
                """));
        LintResult r = lint(dir);
        assertThat(r.suppressed()).isEmpty();
        assertThat(r.findings().stream().filter(f -> f.ruleId().equals("CCM003")).map(Finding::message).toList()).containsExactly(
                "until=2026-02-30 is not a date (YYYY-MM-DD); the suppression does not apply",
                "unknown directive \"ccm-lint:disabled\" (expected ccm-lint:disable=ID or ccm-lint:disable-file=ID)",
                "the suppression names no rule (ccm-lint:disable=ID[,ID])",
                "unexpected \"because=\"x\"\" in the suppression (expected reason=\"...\" or until=YYYY-MM-DD)");
    }

    @Test
    void strictIgnoresSuppressionsButStillReportsTheirProblems() throws Exception {
        write(dir, "cm.yaml", manifest("  a: BAD  # ccm-lint:disable=TST101 reason=\"fine\"\n  b: BAD  # ccm-lint:disable=TST101\n"));
        LintResult r = lint(dir, Fixture.options().strict(true));
        assertThat(where(dir, r.findings())).containsExactly("cm.yaml:6:TST101", "cm.yaml:7:TST101", "cm.yaml:7:CCM003");
        assertThat(r.suppressed()).isEmpty();
    }
}
