package io.ccmlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.ConfigLoader;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleExamples;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.tree.ParseLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fix kinds a rule declares are exactly those its bad examples show: a rule that emits a kind it
 * does not declare (once, CCM108 declared safe and emitted unsafe), or declares one no example shows,
 * fails here.
 */
class DeclaredFixKindsTest {
    private static final ClassLoader LOADER = DeclaredFixKindsTest.class.getClassLoader();

    @TempDir
    static Path scratch;

    @TestFactory
    Stream<DynamicTest> declaredFixKindsAreTheOnesTheExamplesEmit() {
        RuleRegistry registry = RuleRegistry.discover(LOADER);
        return registry.all().stream().map(Rule::metadata).map(rule -> DynamicTest.dynamicTest(rule.id() + " "
                + rule.slug(), () -> assertThat(emitted(registry, rule)).as(rule.id() + " fix kinds shown by its bad examples")
                .isEqualTo(rule.fixes())));
    }

    private static Set<FixKind> emitted(RuleRegistry registry, RuleMetadata rule) throws Exception {
        Path dir = Files.createTempDirectory(scratch, rule.id());
        for (RuleExamples.ExampleFile f : RuleExamples.load(LOADER, rule.id()).set("bad")) {
            Path p = dir.resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.content(), StandardCharsets.UTF_8);
        }
        Path cfg = dir.resolve(".ccm-lint.yml");
        LintConfig config = Files.exists(cfg) ? ConfigLoader.load(cfg) : LintConfig.defaults(dir);
        LintResult result = new Linter(registry, config, 1, ParseLimits.DEFAULT, dir).lint(List.of(dir));
        Set<FixKind> kinds = EnumSet.noneOf(FixKind.class);
        result.findings().stream().filter(f -> f.ruleId().equals(rule.id())).filter(Finding::fixable)
                .forEach(f -> kinds.add(FixKind.of(f.fix())));
        return kinds;
    }
}
