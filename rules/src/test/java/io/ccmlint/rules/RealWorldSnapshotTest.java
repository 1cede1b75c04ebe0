package io.ccmlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.ConfigLoader;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.tree.ParseLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The precision snapshot (issue #24, {@code docs/accuracy.md}): ccm-lint over the real-world corpus
 * {@code corpus/real-world/} must give exactly the findings of {@code expected-findings.tsv}, each
 * reviewed (verdict {@code true} or {@code debatable}, and why a reviewer accepts it). A finding that
 * appears or vanishes fails the test with the difference; so does a finding not yet reviewed
 * (verdict {@code TODO}).
 *
 * <p>{@code -Dccmlint.updateSnapshot} rewrites the file deliberately: findings that stay keep their
 * verdict and reason, vanished ones go, new ones come as {@code TODO} with their message, to be
 * reviewed like code ({@code git diff corpus/real-world/expected-findings.tsv}).
 */
class RealWorldSnapshotTest {
    private static final Path CORPUS = Path.of("..", "corpus", "real-world").toAbsolutePath().normalize();
    private static final Path EXPECTED = CORPUS.resolve("expected-findings.tsv");
    private static final String HEADER = "# rule\tlocation\tverdict\twhy a reviewer accepts it (see docs/accuracy.md)";
    private static final Set<String> VERDICTS = Set.of("true", "debatable");
    private static final String TODO = "TODO";

    /** One reviewed finding: {@code location} is {@code path:line:column}, the path relative to the corpus. */
    record Entry(String rule, String location, String verdict, String why) {
        String key() {
            return location + " " + rule;
        }

        String line() {
            return rule + "\t" + location + "\t" + verdict + "\t" + why;
        }
    }

    @Test
    void theCorpusGivesExactlyTheReviewedFindings() throws Exception {
        if (!Files.isDirectory(CORPUS)) {
            String why = "corpus/real-world is not there: the precision snapshot is skipped";
            System.err.println("WARNING: " + why);
            Assumptions.abort(why);
        }
        LintResult result = new Linter(RuleRegistry.discover(RealWorldSnapshotTest.class.getClassLoader()),
                ConfigLoader.load(CORPUS.resolve(".ccm-lint.yml")), 2, ParseLimits.DEFAULT, CORPUS).lint(List.of(CORPUS));
        assertThat(result.internalErrors()).as("internal errors on the corpus").isEmpty();

        Map<String, Finding> actual = new TreeMap<>();
        for (Finding f : result.findings()) {
            actual.put(location(f) + " " + f.ruleId(), f);
        }
        Map<String, Entry> expected = read();
        if (Boolean.getBoolean("ccmlint.updateSnapshot")) {
            write(actual, expected);
            return;
        }
        List<String> added = new ArrayList<>();
        actual.forEach((key, f) -> {
            if (!expected.containsKey(key)) {
                added.add("  + " + f.ruleId() + " " + location(f) + "  " + f.message());
            }
        });
        List<String> vanished = new ArrayList<>();
        expected.forEach((key, e) -> {
            if (!actual.containsKey(key)) {
                vanished.add("  - " + e.rule() + " " + e.location() + "  (" + e.verdict() + ": " + e.why() + ")");
            }
        });
        List<String> unreviewed = expected.values().stream().filter(e -> !VERDICTS.contains(e.verdict()))
                .map(e -> "  ? " + e.rule() + " " + e.location() + "  " + e.why()).toList();
        StringBuilder difference = new StringBuilder();
        section(difference, "new findings (review them: a true one is added with -Dccmlint.updateSnapshot, a false one is fixed"
                + " in its rule)", added);
        section(difference, "vanished findings (a fixed false alarm, or a lost true finding)", vanished);
        section(difference, "findings not reviewed yet (verdict true or debatable, and why)", unreviewed);
        assertThat(difference.toString()).as("the corpus's findings against " + CORPUS.relativize(EXPECTED)
                + " (update deliberately with -Dccmlint.updateSnapshot, then review the diff)").isEmpty();
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            out.append(lines.size()).append(' ').append(title).append(":\n");
            lines.forEach(l -> out.append(l).append('\n'));
        }
    }

    /** {@code path:line:column} of the finding, the path relative to the corpus with {@code /}. */
    private static String location(Finding f) {
        Path p = f.span().file().path();
        String path = p == null ? f.span().file().displayPath()
                : CORPUS.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
        return path + ":" + f.span().startLine() + ":" + f.span().startColumn();
    }

    private static Map<String, Entry> read() throws IOException {
        Map<String, Entry> out = new LinkedHashMap<>();
        if (!Files.exists(EXPECTED)) {
            return out;
        }
        for (String line : Files.readAllLines(EXPECTED, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", 4);
            assertThat(cols).as("expected-findings.tsv: rule, location, verdict, why: " + line).hasSize(4);
            Entry e = new Entry(cols[0], cols[1], cols[2], cols[3]);
            assertThat(out.put(e.key(), e)).as("listed twice: " + line).isNull();
        }
        return out;
    }

    private static void write(Map<String, Finding> actual, Map<String, Entry> expected) throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        int added = 0;
        for (Map.Entry<String, Finding> a : actual.entrySet()) {
            Entry kept = expected.get(a.getKey());
            Finding f = a.getValue();
            if (kept == null) {
                added++;
                kept = new Entry(f.ruleId(), location(f), TODO, f.message().replace('\t', ' ').replace('\n', ' '));
            }
            lines.add(kept.line());
        }
        Files.write(EXPECTED, lines, StandardCharsets.UTF_8);
        long gone = expected.keySet().stream().filter(k -> !actual.containsKey(k)).count();
        System.err.println("RealWorldSnapshotTest: wrote " + EXPECTED + ": " + actual.size() + " findings, " + added
                + " new (verdict TODO: review them), " + gone + " gone");
    }
}
