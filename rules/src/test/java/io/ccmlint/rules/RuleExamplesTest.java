package io.ccmlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.ConfigLoader;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.FixRunner;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleExamples;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.workspace.Paths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every rule's shipped examples: {@code bad/} must give exactly the annotated findings (all
 * rules, so examples stay honest), {@code good/} exactly its annotations (usually none), and
 * fixing {@code bad/} must give {@code fixed/} (files absent from fixed/ must stay unchanged),
 * leave nothing fixable, and a second fix must change nothing.
 */
class RuleExamplesTest {
    private static final Pattern INLINE = Pattern.compile("#\\s*expect:\\s*([A-Z0-9, ]+)");
    private static final ClassLoader LOADER = RuleExamplesTest.class.getClassLoader();
    /** Where the examples are written; JUnit deletes it after the class (the system temp folder kept them). */
    @TempDir
    static Path scratch;

    @TestFactory
    Stream<DynamicNode> everyRuleRunsItsExamples() {
        return RuleRegistry.discover(LOADER).all().stream().map(rule -> {
            String id = rule.metadata().id();
            RuleExamples examples = load(id);
            List<DynamicNode> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest("ships bad and good examples, and fixed ones when it fixes", () -> {
                assertThat(examples.set("bad")).as("bad examples of " + id).isNotEmpty();
                assertThat(examples.set("good")).as("good examples of " + id).isNotEmpty();
                if (rule.metadata().fixable()) {
                    assertThat(examples.set("fixed")).as("fixed examples of " + id).isNotEmpty();
                }
            }));
            for (String set : List.of("bad", "good")) {
                tests.add(DynamicTest.dynamicTest(set + " gives exactly the annotated findings", () -> {
                    Path dir = materialize(examples, set);
                    assertThat(actual(lint(dir), dir)).as(id + " " + set).containsExactlyElementsOf(expected(dir));
                }));
            }
            if (!examples.set("fixed").isEmpty()) {
                tests.add(DynamicTest.dynamicTest("fixing bad gives fixed, and a second fix is a no-op", () -> fixes(examples)));
            }
            return DynamicContainer.dynamicContainer(id + " " + rule.metadata().slug(), tests);
        });
    }

    private static void fixes(RuleExamples examples) throws Exception {
        Path dir = materialize(examples, "bad");
        long parseErrorsBefore = lint(dir).findings().stream().filter(f -> f.ruleId().equals("CCM001")).count();
        FixRunner.Outcome first = FixRunner.fix(linter(dir), List.of(dir), true);
        assertThat(first.fixed()).isNotEmpty();
        assertThat(first.after().findings()).noneMatch(Finding::fixable);
        assertThat(first.after().findings().stream().filter(f -> f.ruleId().equals("CCM001")).count())
                .as("fixed files still parse").isEqualTo(parseErrorsBefore);
        for (RuleExamples.ExampleFile bad : examples.set("bad")) {
            if (bad.path().endsWith(".expect")) {
                continue;
            }
            String want = examples.set("fixed").stream().filter(f -> f.path().equals(bad.path()))
                    .map(RuleExamples.ExampleFile::content).findFirst().orElse(bad.content());
            assertThat(Files.readString(dir.resolve(bad.path()), StandardCharsets.UTF_8)).as(bad.path()).isEqualTo(want);
        }
        FixRunner.Outcome second = FixRunner.fix(linter(dir), List.of(dir), true);
        assertThat(second.fixed()).isEmpty();
        assertThat(second.filesChanged()).isEmpty();
    }

    static RuleExamples load(String id) {
        try {
            return RuleExamples.load(LOADER, id);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Path materialize(RuleExamples examples, String set) throws IOException {
        Path dir = Files.createTempDirectory(scratch, examples.ruleId() + "-" + set);
        for (RuleExamples.ExampleFile f : examples.set(set)) {
            Path p = dir.resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.content(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    static Linter linter(Path dir) throws Exception {
        Path cfg = dir.resolve(".ccm-lint.yml");
        LintConfig config = Files.exists(cfg) ? ConfigLoader.load(cfg) : LintConfig.defaults(dir);
        return new Linter(RuleRegistry.discover(LOADER), config, 2, ParseLimits.DEFAULT, dir);
    }

    static LintResult lint(Path dir) throws Exception {
        LintResult r = linter(dir).lint(List.of(dir));
        assertThat(r.internalErrors()).isEmpty();
        return r;
    }

    static List<String> actual(LintResult r, Path dir) {
        return r.findings().stream()
                .map(f -> Paths.relative(dir, f.span().file().path()) + ":" + f.span().startLine() + ":" + f.ruleId())
                .sorted().toList();
    }

    /** Annotations: {@code # expect: ID[, ID]} on the line (YAML, HCL) or a sidecar {@code file.expect} of {@code line:ID}. */
    static List<String> expected(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String rel = Paths.relative(dir, p);
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                if (rel.endsWith(".expect")) {
                    String target = rel.substring(0, rel.length() - ".expect".length());
                    lines.stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> out.add(target + ":" + l));
                } else {
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher m = INLINE.matcher(lines.get(i));
                        if (m.find()) {
                            for (String ruleId : m.group(1).split(",")) {
                                out.add(rel + ":" + (i + 1) + ":" + ruleId.strip());
                            }
                        }
                    }
                }
            }
        }
        return out.stream().sorted().toList();
    }

    /** Used by the index test: the rules that ship examples. */
    static List<Rule> rules() {
        return RuleRegistry.discover(LOADER).all();
    }
}
