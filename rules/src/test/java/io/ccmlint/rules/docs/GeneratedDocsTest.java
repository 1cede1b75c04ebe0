package io.ccmlint.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.docs.ReadmeRuleTable;
import io.ccmlint.core.docs.RuleDocsSite;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed rule reference ({@code docs/rules/}) and the README's rule table are what the rules
 * on the class path generate today: a changed declaration, rule.md or example fails here until the
 * docs are regenerated.
 */
class GeneratedDocsTest {
    static final String REGENERATE = "stale: regenerate with `./ccm-lint docs --out docs/rules --readme README.md`";
    private static final Path REPO = Path.of("..");
    private static final Path PAGES = REPO.resolve("docs/rules");
    private static final ClassLoader LOADER = GeneratedDocsTest.class.getClassLoader();

    @Test
    void everyRulePageAndTheIndexAreUpToDate() throws IOException {
        Map<String, String> expected = RuleDocsSite.render(RuleRegistry.discover(LOADER), LOADER);
        for (Map.Entry<String, String> page : expected.entrySet()) {
            Path file = PAGES.resolve(page.getKey());
            assertThat(file).as(REGENERATE).exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(page.getKey() + " " + REGENERATE)
                    .isEqualTo(page.getValue());
        }
        List<String> generatedOnDisk;
        try (Stream<Path> files = Files.list(PAGES)) {
            generatedOnDisk = files.map(p -> p.getFileName().toString()).filter(RuleDocsSite::isGenerated).toList();
        }
        assertThat(generatedOnDisk).as("pages of rules that no longer exist; " + REGENERATE)
                .allMatch(expected::containsKey);
    }

    @Test
    void readmeRuleTableIsUpToDate() throws IOException {
        String readme = Files.readString(REPO.resolve("README.md"), StandardCharsets.UTF_8);
        String table = ReadmeRuleTable.render(RuleRegistry.discover(LOADER).all().stream().map(Rule::metadata).toList(),
                "docs/rules/");
        assertThat(readme).as("README.md rule table " + REGENERATE).isEqualTo(ReadmeRuleTable.splice(readme, table));
    }
}
