package io.ccmlint.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.workspace.ParseFailure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs the engine (no rules: what matters is what reading produced) over hostile files. */
final class Hostile {
    static final String POLICY = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\", "
            + "\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}\n  ]\n}\n";

    private Hostile() {
    }

    static LintResult lint(Path dir) throws Exception {
        return lint(dir, ParseLimits.DEFAULT);
    }

    static LintResult lint(Path dir, ParseLimits limits) throws Exception {
        LintResult r = new Linter(RuleRegistry.of(List.of()), LintConfig.defaults(dir), 2, limits, dir).lint(List.of(dir));
        assertThat(r.internalErrors()).isEmpty();
        for (ParseFailure f : r.workspace().parseFailures()) {
            assertThat(f.message()).doesNotContain("Exception").doesNotContain("internal error").doesNotContain("\n");
            assertThat(f.span().start()).isBetween(0, f.span().file().text().length());
        }
        return r;
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
