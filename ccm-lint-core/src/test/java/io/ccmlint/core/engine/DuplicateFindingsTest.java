package io.ccmlint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.tree.ParseLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same finding at the same place is reported once, whether the file is in the run's workspace or checked on its own. */
class DuplicateFindingsTest {
    @TempDir
    Path dir;

    /** Reports each policy three times: twice with the same message, once with another. */
    @RuleInfo(id = "TST902", slug = "repeats", title = "repeats itself", severity = Severity.INFO)
    static final class Repeats implements Rule {
        @Override
        public void check(RuleContext context) {
            for (PolicyDocument p : context.workspace().policies()) {
                context.report(p.span(), "reached along one path");
                context.report(p.span(), "reached along one path");
                context.report(p.span(), "something else");
            }
        }
    }

    @Test
    void aFindingReachedTwiceIsReportedOnce() throws Exception {
        Files.writeString(dir.resolve("permission.json"), "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\","
                + " \"Resource\": \"*\"}]}");
        Files.writeString(dir.resolve("trust.json"), "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"Service\":"
                + " \"ec2.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}");
        for (int jobs : new int[] {1, 3}) {
            LintResult r = new Linter(RuleRegistry.of(List.of(new Repeats())), LintConfig.defaults(dir), jobs, ParseLimits.DEFAULT, dir)
                    .lint(List.of(dir));
            assertThat(r.findings()).extracting(f -> f.span().file().displayPath() + " " + f.message()).containsExactly(
                    "permission.json reached along one path", "permission.json something else",
                    "trust.json reached along one path", "trust.json something else");
        }
    }
}
