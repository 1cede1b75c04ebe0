package io.ccmlint.rules.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.tree.ParseLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CCM308 leaves descriptions alone, also a value that a description (as a YAML alias) repeats further down. */
class PlaceholderValueTest {
    @TempDir
    Path dir;

    @Test
    void descriptionsAreProseEvenWhenTheyRepeatAnEarlierValue() throws Exception {
        Files.writeString(dir.resolve("app.yaml"), """
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w, namespace: n}
                spec:
                  image: &img "<image_name>:<tag>"
                  account: YOUR_ACCOUNT_ID
                  docs:
                    - description: *img
                    - description: "set <namespace> here"
                  after: *img
                """);
        Linter linter = new Linter(RuleRegistry.discover(getClass().getClassLoader()), LintConfig.defaults(dir), 1,
                ParseLimits.DEFAULT, dir);
        LintResult r = linter.lint(List.of(dir));
        List<Finding> placeholders = r.findings().stream().filter(f -> f.ruleId().equals("CCM308")).toList();
        assertThat(placeholders).extracting(f -> f.span().startLine()).containsExactly(6);
    }
}
