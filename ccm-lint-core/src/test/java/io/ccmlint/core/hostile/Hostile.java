package io.ccmlint.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.workspace.ParseFailure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the engine over hostile files with one test rule, {@link EveryPolicy}: what matters is what
 * reading produced, and a policy checked on its own (not kept in the workspace) is seen through it.
 */
final class Hostile {
    static final String POLICY = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\", "
            + "\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}\n  ]\n}\n";

    private Hostile() {
    }

    static LintResult lint(Path dir) throws Exception {
        return lint(dir, ParseLimits.DEFAULT);
    }

    static LintResult lint(Path dir, ParseLimits limits) throws Exception {
        LintResult r = new Linter(RuleRegistry.of(List.of(new EveryPolicy())), LintConfig.defaults(dir), 2, limits, dir)
                .lint(List.of(dir));
        assertThat(r.internalErrors()).isEmpty();
        for (ParseFailure f : r.workspace().parseFailures()) {
            assertThat(f.message()).doesNotContain("Exception").doesNotContain("internal error").doesNotContain("\n");
            assertThat(f.span().start()).isBetween(0, f.span().file().text().length());
        }
        return r;
    }

    /** The policies the run modelled, as "path: N statements", in path order. */
    static List<String> policies(LintResult r) {
        return r.findings().stream().filter(f -> f.rule().id().equals(new EveryPolicy().metadata().id()))
                .map(f -> f.span().file().displayPath() + ": " + f.message()).toList();
    }

    /** The paths of the policies the run modelled, in path order. */
    static List<String> policyFiles(LintResult r) {
        return policies(r).stream().map(p -> p.substring(0, p.indexOf(": "))).toList();
    }

    /** Reports every policy of the workspace with its number of statements. */
    @RuleInfo(id = "TST900", slug = "every-policy", title = "every policy", severity = Severity.INFO)
    static final class EveryPolicy implements Rule {
        @Override
        public void check(RuleContext context) {
            for (PolicyDocument p : context.workspace().policies()) {
                context.report(p.span(), p.statements().size() + " statements");
            }
        }
    }

    static List<ParseFailure> failures(Path dir) throws Exception {
        return lint(dir).workspace().parseFailures();
    }

    /** The only failure of the run, in {@code file}. */
    static ParseFailure onlyFailure(LintResult r, String file) {
        List<ParseFailure> fs = r.workspace().parseFailures();
        assertThat(fs).as("failures").hasSize(1);
        assertThat(fs.get(0).span().file().displayPath()).isEqualTo(file);
        return fs.get(0);
    }

    static void assertAt(ParseFailure f, int line, int column) {
        assertThat(f.span().startLine()).as("line of: %s", f.message()).isEqualTo(line);
        assertThat(f.span().startColumn()).as("column of: %s", f.message()).isEqualTo(column);
    }

    static Path write(Path dir, String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }
}
