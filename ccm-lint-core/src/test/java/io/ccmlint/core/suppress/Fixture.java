package io.ccmlint.core.suppress;

import io.ccmlint.core.config.ConfigLookup;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.LinterFactory;
import io.ccmlint.core.engine.LinterOptions;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleDoc;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.workspace.Paths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test rules that report every occurrence of a word (TST101 "BAD", TST102 "UGLY") in every file of
 * the workspace, a stand-in for CCM003, and a linter over a temporary folder with a fixed clock.
 */
final class Fixture {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private Fixture() {
    }

    static final class WordRule implements Rule {
        private final RuleMetadata meta;
        private final String word;

        WordRule(String id, String slug, String word) {
            this.meta = new RuleMetadata(id, slug, "word " + word, Severity.ERROR, Set.of(), List.of(), RuleDoc.NONE);
            this.word = word;
        }

        @Override
        public RuleMetadata metadata() {
            return meta;
        }

        @Override
        public void check(RuleContext context) {
            Map<Path, SourceFile> files = new LinkedHashMap<>();
            context.workspace().files().forEach(f -> files.put(f.file().path().toAbsolutePath(), f.file()));
            context.workspace().terraformFiles().forEach(f -> files.put(f.source().path().toAbsolutePath(), f.source()));
            for (SourceFile f : files.values()) {
                for (int i = f.text().indexOf(word); i >= 0; i = f.text().indexOf(word, i + 1)) {
                    context.report(f.span(i, i + word.length()), "found " + word);
                }
            }
        }
    }

    @RuleInfo(id = "CCM003", slug = "invalid-suppression", title = "invalid", severity = Severity.WARNING)
    static final class InvalidSuppression implements Rule {
        @Override
        public void check(RuleContext context) {
        }
    }

    static RuleRegistry registry() {
        return RuleRegistry.of(List.of(new WordRule("TST101", "bad-word", "BAD"), new WordRule("TST102", "ugly-word", "UGLY"),
                new InvalidSuppression()));
    }

    static Clock clock(LocalDate day) {
        return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    static Path write(Path dir, String rel, String content) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    /** The test rules, one thread, the clock at {@link #TODAY}; the suppression settings are the tests'. */
    static LinterOptions.Builder options() {
        return LinterOptions.builder(registry()).jobs(1).clock(clock(TODAY));
    }

    /** Lints {@code dir} with its own {@code .ccm-lint.yml}, if any. */
    static LintResult lint(Path dir, LinterOptions.Builder options) throws Exception {
        return LinterFactory.create(options.config(ConfigLookup.nearest(List.of(dir), dir)).displayBase(dir).build())
                .lint(List.of(dir));
    }

    static LintResult lint(Path dir) throws Exception {
        return lint(dir, options());
    }

    /** {@code path:line:rule} of each finding. */
    static List<String> where(Path dir, List<Finding> findings) {
        return findings.stream().map(f -> Paths.relative(dir, f.span().file().path()) + ":" + f.span().startLine() + ":"
                + f.ruleId()).toList();
    }

    static List<String> hidden(Path dir, LintResult r) {
        return where(dir, r.suppressed().stream().map(SuppressedFinding::finding).toList());
    }

    /** A Kubernetes manifest (so the file is read) with {@code body} as the container list. */
    static String manifest(String body) {
        return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: demo\ndata:\n" + body;
    }
}
