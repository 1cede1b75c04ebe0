package io.ccmlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.rule.RuleDoc;
import io.ccmlint.core.rule.RuleExamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each rule's {@code index.txt} (what {@code explain} and the runner read from the jar) lists
 * exactly the example files in the source tree (the rule's {@code rule.md} is its text, not an example).
 * Regenerate with {@code scripts/index-examples.sh}.
 */
class ExamplesIndexTest {
    private static final Path ROOT = Path.of("src/main/resources").resolve(RuleExamples.ROOT);

    @Test
    void indexesListExactlyTheFilesOnDisk() throws IOException {
        List<Path> ruleDirs;
        try (Stream<Path> s = Files.list(ROOT)) {
            ruleDirs = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(ruleDirs).isNotEmpty();
        for (Path dir : ruleDirs) {
            List<String> onDisk;
            try (Stream<Path> s = Files.walk(dir)) {
                onDisk = s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                        .filter(p -> !p.equals("index.txt") && !p.equals(RuleDoc.FILE)).sorted().toList();
            }
            List<String> indexed = Files.readAllLines(dir.resolve("index.txt"), StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
            assertThat(indexed).as("index of " + dir.getFileName()).isEqualTo(onDisk);
        }
    }

    @Test
    void everyImplementedRuleHasAnExamplesFolder() {
        for (var rule : RuleExamplesTest.rules()) {
            assertThat(ROOT.resolve(rule.metadata().id()).resolve("index.txt")).exists();
        }
    }
}
