package io.ccmlint.rules.iam;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.aws.ManagedPolicies;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.tree.ParseLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AWS's own policies are the reference: the rules of {@link #CHECKED} find nothing wrong in any of
 * them (no schema violation, no unknown action, no grant on resources the action does not act on,
 * no condition key their actions do not support, no operator or value of the wrong type, no set
 * operator on a single-valued key).
 */
class ManagedPoliciesRulesTest {
    /** Rules that must find nothing wrong in AWS's own policies. */
    private static final java.util.Set<String> CHECKED = java.util.Set.of("CCM002", "CCM107", "CCM110", "CCM114",
            "CCM115", "CCM116", "CCM118");

    @TempDir
    Path dir;

    @Test
    void theCheckedRulesReportNothingOnAnyBundledAwsManagedPolicy() throws Exception {
        ManagedPolicies bundle = ManagedPolicies.get();
        int n = 0;
        for (String arn : bundle.arns()) {
            String text = bundle.tree(arn).orElseThrow().span().text();
            assertThat(bundle.byArn(arn)).as(arn).isPresent();
            String name = arn.substring(arn.indexOf(":policy/") + 8).replace('/', '_');
            Files.writeString(dir.resolve(name + ".json"), text, StandardCharsets.UTF_8);
            n++;
        }
        assertThat(n).isGreaterThan(1500);
        Linter linter = new Linter(RuleRegistry.discover(getClass().getClassLoader()), LintConfig.defaults(dir), 2,
                ParseLimits.DEFAULT, dir);
        LintResult r = linter.lint(List.of(dir));
        assertThat(r.internalErrors()).isEmpty();
        List<String> problems = r.findings().stream().filter(f -> CHECKED.contains(f.ruleId()))
                .map(f -> f.span().file().path().getFileName() + ":" + f.span().startLine() + " " + f.ruleId() + " " + f.message())
                .toList();
        assertThat(problems).isEmpty();
    }
}
