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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An editor's unsaved buffers are linted instead of the files on disk (the language server's hook). */
class OpenTextsTest {
    @TempDir
    Path dir;

    /** Reports each policy's statement count, so a test sees which text was read. */
    @RuleInfo(id = "TST902", slug = "statements", title = "statements", severity = Severity.INFO)
    static final class Statements implements Rule {
        @Override
        public void check(RuleContext context) {
            for (PolicyDocument p : context.workspace().policies()) {
                context.report(p.span(), "statements " + p.statements().size());
            }
        }
    }

    private static final String ONE = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
            + " \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}";
    private static final String TWO = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
            + " \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}, {\"Effect\": \"Deny\", \"Action\": \"s3:*\", \"Resource\": \"*\"}]}";

    private Linter linter() {
        return new Linter(RuleRegistry.of(List.of(new Statements())), LintConfig.defaults(dir), 2, ParseLimits.DEFAULT, dir);
    }

    private static List<String> messages(LintResult r) {
        return r.findings().stream().map(f -> f.span().file().displayPath() + " " + f.message()).toList();
    }

    @Test
    void anOpenTextStandsForTheFileOnDisk() throws Exception {
        Path policy = Files.writeString(dir.resolve("policy.json"), ONE);
        Path trust = Files.writeString(dir.resolve("other.yaml"), "Version: '2012-10-17'\nStatement: []\n");
        assertThat(messages(linter().lint(List.of(dir)))).containsExactly("other.yaml statements 0", "policy.json statements 1");
        LintResult edited = linter().lint(List.of(dir), Map.of(policy.toAbsolutePath().normalize(), TWO,
                trust.toAbsolutePath().normalize(), "Version: '2012-10-17'\nStatement:\n- Effect: Deny\n  Action: '*'\n  Resource: '*'\n"));
        assertThat(messages(edited)).containsExactly("other.yaml statements 1", "policy.json statements 2");
        assertThat(Files.readString(policy)).isEqualTo(ONE); // nothing is written
    }

    @Test
    void anOpenTextThatDoesNotParseIsAParseFailureOfTheRun() throws Exception {
        Path policy = Files.writeString(dir.resolve("policy.json"), ONE);
        LintResult r = linter().lint(List.of(dir), Map.of(policy.toAbsolutePath().normalize(), "{\"Statement\": [}"));
        assertThat(r.findings()).isEmpty();
        assertThat(r.workspace().parseFailures()).extracting(f -> f.span().file().displayPath()).containsExactly("policy.json");
    }

    @Test
    void anOpenTextNotYetOnDiskIsLintedAsIfItWereThere() throws Exception {
        Files.writeString(dir.resolve("policy.json"), ONE);
        Path unsaved = dir.resolve("sub/new.json").toAbsolutePath().normalize();
        Path elsewhere = dir.getParent().resolve("not-below-the-root.json").toAbsolutePath().normalize();
        assertThat(messages(linter().lint(List.of(dir), Map.of(unsaved, TWO, elsewhere, TWO))))
                .containsExactly("policy.json statements 1", "sub/new.json statements 2");
        // named as the root itself: no "no such file" error
        assertThat(messages(linter().lint(List.of(unsaved), Map.of(unsaved, ONE)))).containsExactly("sub/new.json statements 1");
        assertThat(Files.exists(unsaved)).isFalse();
    }
}
