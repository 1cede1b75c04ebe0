package io.ccmlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.ConfigLoader;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.FixRunner;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.config.ConfigLookup;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.LinterFactory;
import io.ccmlint.core.engine.LinterOptions;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.fix.Diffs;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every rule's shipped examples. {@code bad/} must give exactly the findings its annotations
 * state (place, rule and message; all rules run, so examples stay honest), at least one of them of
 * the rule itself; {@code good/} exactly its annotations (usually none). See {@link Expectations}.
 *
 * <p>{@code fixed/} holds what fixing {@code bad/} does, as unified diffs: {@code fixed/<path>.diff}
 * for {@code ccm-lint fix} (safe fixes) and {@code fixed/<path>.unsafe.diff} for {@code ccm-lint fix
 * --unsafe} where that does more. A file without a diff stays unchanged; afterwards nothing is left
 * to fix, and a second fix changes nothing. Run with {@code -Dccmlint.updateExamples} to rewrite the
 * diffs from the fixes (then review them with {@code git diff} and run {@code scripts/index-examples.sh}).
 */
class RuleExamplesTest {
    private static final ClassLoader LOADER = RuleExamplesTest.class.getClassLoader();
    private static final String DIFF = ".diff";
    private static final String UNSAFE_DIFF = ".unsafe.diff";
    /** Where the shipped examples are, for {@code -Dccmlint.updateExamples}. */
    private static final Path SOURCES = Path.of("src/main/resources").resolve(RuleExamples.ROOT);
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
                    List<Expectations.Expected> expected = Expectations.read(dir);
                    if (set.equals("bad")) {
                        assertThat(expected).as("bad examples of " + id + " expect a finding of " + id)
                                .anyMatch(e -> e.ruleId().equals(id));
                    }
                    Expectations.Comparison c = Expectations.compare(expected, lint(dir).findings(), dir);
                    assertThat(String.join("\n", c.actual())).as(id + " " + set + ": " + c.describe())
                            .isEqualTo(String.join("\n", c.expected()));
                }));
            }
            if (rule.metadata().fixable() || !examples.set("fixed").isEmpty()) {
                tests.add(DynamicTest.dynamicTest("fix gives the .diff files, and a second fix is a no-op",
                        () -> fixes(examples, false)));
                tests.add(DynamicTest.dynamicTest("fix --unsafe gives the .unsafe.diff (else .diff) files, and a second is a no-op",
                        () -> fixes(examples, true)));
            }
            return DynamicContainer.dynamicContainer(id + " " + rule.metadata().slug(), tests);
        });
    }

    private static void fixes(RuleExamples examples, boolean unsafe) throws Exception {
        Map<String, String> diffs = new TreeMap<>();
        examples.set("fixed").forEach(f -> diffs.put(f.path(), f.content()));
        List<String> sources = examples.set("bad").stream().map(RuleExamples.ExampleFile::path)
                .filter(p -> !p.endsWith(Expectations.SIDECAR)).toList();
        for (String name : diffs.keySet()) {
            assertThat(name).as("fixed/ holds only diffs").endsWith(DIFF);
            String source = name.substring(0, name.length() - (name.endsWith(UNSAFE_DIFF) ? UNSAFE_DIFF : DIFF).length());
            assertThat(sources).as("fixed/" + name + " is the diff of a file of bad/").contains(source);
            if (name.endsWith(UNSAFE_DIFF)) {
                assertThat(diffs.get(name)).as(name + " differs from the safe diff").isNotEqualTo(diffs.get(source + DIFF));
            }
        }
        Path dir = materialize(examples, "bad");
        List<String> filesBefore = files(dir);
        long parseErrorsBefore = lint(dir).findings().stream().filter(f -> f.ruleId().equals("CCM001")).count();
        FixRunner.Outcome first = FixRunner.fix(linter(dir), List.of(dir), unsafe);
        if (unsafe) {
            assertThat(first.fixed()).as("fix --unsafe fixes something").isNotEmpty();
        }
        assertThat(first.after().findings()).noneMatch(f -> f.fixable() && (unsafe || f.fix().safe()));
        assertThat(first.after().findings().stream().filter(f -> f.ruleId().equals("CCM001")).count())
                .as("fixed files still parse").isEqualTo(parseErrorsBefore);
        assertThat(files(dir)).as("fixing adds or removes no file").isEqualTo(filesBefore);
        for (RuleExamples.ExampleFile bad : examples.set("bad")) {
            if (!sources.contains(bad.path())) {
                continue;
            }
            String after = Files.readString(dir.resolve(bad.path()), StandardCharsets.UTF_8);
            String diff = Diffs.unified(bad.path(), bad.content(), after);
            String name = bad.path() + (unsafe && diffs.containsKey(bad.path() + UNSAFE_DIFF) ? UNSAFE_DIFF : DIFF);
            if (Boolean.getBoolean("ccmlint.updateExamples")) {
                update(examples.ruleId(), bad.path(), unsafe, diff);
            } else {
                assertThat(diff).as("fixed/" + name + (unsafe ? " (fix --unsafe)" : " (fix)"))
                        .isEqualTo(diffs.getOrDefault(name, ""));
            }
        }
        FixRunner.Outcome second = FixRunner.fix(linter(dir), List.of(dir), unsafe);
        assertThat(second.fixed()).isEmpty();
        assertThat(second.filesChanged()).isEmpty();
    }

    /** {@code -Dccmlint.updateExamples}: writes the diff (an unsafe one only where it differs from the safe one). */
    private static void update(String id, String path, boolean unsafe, String diff) throws IOException {
        Path fixed = SOURCES.resolve(id).resolve("fixed");
        Path safe = fixed.resolve(path + DIFF);
        Path target = unsafe ? fixed.resolve(path + UNSAFE_DIFF) : safe;
        boolean sameAsSafe = unsafe && diff.equals(Files.exists(safe) ? Files.readString(safe, StandardCharsets.UTF_8) : "");
        if (sameAsSafe || !unsafe && diff.isEmpty()) {
            Files.deleteIfExists(target);
        } else {
            Files.createDirectories(target.getParent());
            Files.writeString(target, diff, StandardCharsets.UTF_8);
        }
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> Paths.relative(dir, p)).sorted().toList();
        }
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
        ExampleBase base = ExampleBase.of(dir);
        if (base == null) {
            return new Linter(RuleRegistry.discover(LOADER), config, 2, ParseLimits.DEFAULT, dir);
        }
        return LinterFactory.create(LinterOptions.builder(RuleRegistry.discover(LOADER)).config(Files.exists(cfg) ? ConfigLookup.file(cfg) : ConfigLookup.nearest(List.of(dir), null))
                .jobs(2).displayBase(dir).baseFiles(base).reportOnlyFiles(base.changed()).build());
    }

    static LintResult lint(Path dir) throws Exception {
        LintResult r = linter(dir).lint(List.of(dir));
        assertThat(r.internalErrors()).isEmpty();
        return r;
    }

    /** Used by the index test: the rules that ship examples. */
    static List<Rule> rules() {
        return RuleRegistry.discover(LOADER).all();
    }
}
