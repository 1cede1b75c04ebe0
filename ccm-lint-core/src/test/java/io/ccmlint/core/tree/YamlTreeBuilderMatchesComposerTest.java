package io.ccmlint.core.tree;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The event-driven reader ({@link YamlTreeBuilder}) gives the trees the composer-based reader it
 * replaced gave ({@link ComposedYamlTreeReader}, kept here as the oracle): on every YAML file of
 * the repository (examples, the real-world corpus, test resources) and on the corners of the
 * language (anchors, aliases, merge keys, local tags, several documents). Files one of them
 * rejects are rejected by both.
 */
class YamlTreeBuilderMatchesComposerTest {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    @Test
    void sameTreesOnEveryYamlFileOfTheRepository() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("examples", "corpus", "ccm-lint-core/src/test/resources", "rules/src/test/resources",
                "ccm-lint-cli/src/test/resources", "schemas")) {
            Path root = REPO.resolve(dir);
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().forEach(files::add);
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(500);
        int parsed = 0;
        for (Path p : files) {
            String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            if (same(REPO.relativize(p).toString(), text)) {
                parsed++;
            }
        }
        assertThat(parsed).isGreaterThan(700); // the rest are Helm templates and deliberately broken files
    }

    @Test
    void sameTreesOnTheCornersOfTheLanguage() {
        for (String text : List.of(
                "a: &x {b: 1, e: 3}\nc:\n  <<: *x\n  d: 2\n  b: 5\n",
                "base: &b [1, 2]\nuse: *b\nname: &n hello\nagain: *n\n",
                "a: &a {x: 1}\nb: &b {y: 2, x: 9}\nc:\n  <<: [*a, *b]\n  z: 3\n",
                "c:\n  <<: {k: v}\n  '<<': literal\n",
                "r: !Ref Role\ns: !Sub [\"${A}\", {A: 1}]\nt: &t !GetAtt X.Arn\nu: *t\nv: !!str 12\nw: !!int '7'\n",
                "? !Ref k\n: 1\n*a: 2\n",
                "k: &k key\n*k : value\n",
                "---\n---\na: 1\n---\n# only a comment\n...\n--- !Foo\n",
                "- &x [1, [2, [3]]]\n- *x\n- {a: *x}\n",
                "Null: {aws:TokenIssueTime: 'true'}\nTrue: 1\n~: 2\n+1: 3\n'null': 4\n0x1F: .inf\n",
                "s: |\n  block\n  text\nf: >-\n  folded\n  text\nq: \"\\u00e9\\t\"\n",
                "emoji: \"\uD83D\uDE00\"\nafter: [\uD83D\uDE00, x]\n",
                "a: {x: 1, x: 2}\n",
                "a: *nope\n",
                "a: &r [*r]\n",
                "? [a]\n: 1\n",
                "a: &s 1\nb:\n  <<: *s\n",
                "a: [1, 2\nb: 3\n")) {
            same("corner", text);
        }
    }

    /** Where two trees first differ, shortly ({@code null}: they are equal). */
    private static String firstDifference(Object expected, Object actual, String path) {
        if (java.util.Objects.equals(expected, actual)) {
            return null;
        }
        if (expected instanceof List<?> e && actual instanceof List<?> a && e.size() == a.size()) {
            for (int i = 0; i < e.size(); i++) {
                String d = firstDifference(e.get(i), a.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
        }
        if (expected instanceof MapNode e && actual instanceof MapNode a) {
            String d = firstDifference(e.entries(), a.entries(), path + "{}");
            if (d != null) {
                return d;
            }
        }
        if (expected instanceof ListNode e && actual instanceof ListNode a) {
            String d = firstDifference(e.items(), a.items(), path);
            if (d != null) {
                return d;
            }
        }
        if (expected instanceof MapNode.Entry e && actual instanceof MapNode.Entry a) {
            if (!e.name().equals(a.name())) {
                return path + ": key " + e.name() + " vs " + a.name();
            }
            String d = firstDifference(e.value(), a.value(), path + "." + e.key());
            if (d != null) {
                return d;
            }
        }
        String e = String.valueOf(expected);
        String a = String.valueOf(actual);
        return path + ": composer " + e.substring(0, Math.min(300, e.length())) + "\n   builder " + a.substring(0, Math.min(300, a.length()));
    }

    /** True when both read the text; asserts they agree. */
    private static boolean same(String name, String text) {
        SourceFile file = SourceFile.of(Path.of(name), name, text);
        List<Node> expected;
        String expectedProblem = null;
        try {
            expected = new ComposedYamlTreeReader().readAll(file);
        } catch (ParseProblem p) {
            expected = null;
            expectedProblem = p.getMessage();
        }
        List<Node> actual;
        String actualProblem = null;
        try {
            actual = new YamlTreeReader().readAll(file);
        } catch (ParseProblem p) {
            actual = null;
            actualProblem = p.getMessage();
        }
        assertThat(actualProblem == null).as("%s: composer %s, builder %s", name, expectedProblem, actualProblem)
                .isEqualTo(expectedProblem == null);
        if (expected != null) {
            assertThat(firstDifference(expected, actual, "")).as(name).isNull();
        }
        return expected != null;
    }
}
