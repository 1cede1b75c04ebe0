package io.ccmlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.ConfigLookup;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.LinterFactory;
import io.ccmlint.core.engine.LinterOptions;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleExamples;
import io.ccmlint.core.rule.RuleInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule that declares the parts of a workspace it reports on ({@link RuleInfo#reportsOn}) is not
 * run where none of them is present; the declaration must never hide a finding. Each run here is
 * made twice, skipping and with every rule run everywhere, and must find the same: on every rule's
 * examples, on {@code examples/} and on each of its folders and files linted on its own (small
 * workspaces, where most parts are absent).
 */
class RuleReportsOnTest {
    private static final ClassLoader LOADER = RuleReportsOnTest.class.getClassLoader();
    private static final Path EXAMPLES = Path.of("../examples");

    @TempDir
    Path scratch;

    @Test
    void skippingARuleWhereItsPartsAreAbsentHidesNoFindingOfTheExamples() throws Exception {
        List<Path> roots = new ArrayList<>();
        for (Rule r : RuleRegistry.discover(LOADER).all()) {
            RuleExamples examples = RuleExamples.load(LOADER, r.metadata().id());
            for (String set : List.of("bad", "good")) {
                if (!examples.set(set).isEmpty()) {
                    roots.add(materialize(examples, set));
                }
            }
        }
        roots.add(EXAMPLES);
        try (Stream<Path> s = Files.walk(EXAMPLES)) {
            s.filter(p -> !p.equals(EXAMPLES) && !p.getFileName().toString().startsWith(".")).forEach(roots::add);
        }
        int compared = 0;
        for (Path root : roots) {
            assertThat(findings(root, false)).as(root.toString()).isEqualTo(findings(root, true));
            compared++;
        }
        assertThat(compared).as("workspaces compared").isGreaterThan(200);
    }

    @Test
    void mostRulesOfKubernetesHarnessConnectorsAndTrustDeclareWhatTheyReportOn() {
        long declared = RuleRegistry.discover(LOADER).all().stream()
                .map(r -> r.getClass().getAnnotation(RuleInfo.class))
                .filter(i -> i != null && i.reportsOn().length > 0).count();
        assertThat(declared).isGreaterThanOrEqualTo(39);
    }

    private Path materialize(RuleExamples examples, String set) throws Exception {
        Path dir = Files.createTempDirectory(scratch, examples.ruleId() + "-" + set);
        for (RuleExamples.ExampleFile f : examples.set(set)) {
            Path p = dir.resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.content());
        }
        return dir;
    }

    /** Each finding as rule, place and message (what a report shows of it). */
    private static List<String> findings(Path root, boolean everyRuleEverywhere) throws Exception {
        Path dir = Files.isDirectory(root) ? root : root.getParent();
        LintResult r = LinterFactory.create(LinterOptions.builder(RuleRegistry.discover(LOADER))
                .config(ConfigLookup.nearest(List.of(root), null)).jobs(2).displayBase(dir)
                .everyRuleEverywhere(everyRuleEverywhere).build()).lint(List.of(root));
        assertThat(r.internalErrors()).as(root.toString()).isEmpty();
        return r.findings().stream().map(RuleReportsOnTest::describe).toList();
    }

    private static String describe(Finding f) {
        return f.rule().id() + " " + f.span() + " " + f.message();
    }
}
