package io.ccmlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleCatalog;
import io.ccmlint.core.rule.RuleDoc;
import io.ccmlint.core.rule.RuleExamples;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.SourceLink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each rule's declaration agrees with the hand-kept catalog, ships its text, and cites public pages. */
class DeclarationsTest {
    private static final ClassLoader LOADER = DeclarationsTest.class.getClassLoader();
    private static final List<String> SECTIONS = List.of(RuleDoc.WHAT, RuleDoc.WHY, RuleDoc.HOW_TO_FIX);
    private final RuleRegistry registry = RuleRegistry.discover(LOADER);

    private List<RuleMetadata> rules() {
        return registry.all().stream().map(Rule::metadata).toList();
    }

    @Test
    void everyRegisteredRuleHasItsCatalogLineWithTheSameSlugSeverityAndFixKinds() {
        RuleCatalog catalog = registry.catalog();
        for (RuleMetadata r : rules()) {
            RuleCatalog.Entry e = catalog.byId(r.id()).orElse(null);
            assertThat(e).as(r.id() + " is missing from " + RuleCatalog.RESOURCE).isNotNull();
            assertThat(r.slug()).as(r.id() + " slug").isEqualTo(e.slug());
            assertThat(r.defaultSeverity()).as(r.id() + " severity").isEqualTo(e.severity());
            assertThat(r.fixes()).as(r.id() + " fix kinds").isEqualTo(e.fixes());
        }
    }

    @Test
    void theCatalogListsEachIdOnceAndPlansTheGroupsOfTheRuleBook() {
        List<String> ids = registry.catalog().entries().stream().map(RuleCatalog.Entry::id).toList();
        assertThat(ids).doesNotHaveDuplicates().contains("CCM004", "CCM005", "CCM111", "CCM118", "CCM314", "CCM511");
        assertThat(registry.catalog().entries().stream().map(RuleCatalog.Entry::slug)).doesNotHaveDuplicates();
    }

    /** A rule class without its generated services line would silently never run; its examples folder says it exists. */
    @Test
    void everyExamplesFolderBelongsToARegisteredRule() throws IOException {
        Path root = Path.of("src/main/resources").resolve(RuleExamples.ROOT);
        List<String> folders;
        try (Stream<Path> s = Files.list(root)) {
            folders = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(rules().stream().map(RuleMetadata::id).sorted().toList()).isEqualTo(folders);
    }

    @Test
    void everyRuleShipsARuleMdWithTheSectionsInOrder() {
        for (RuleMetadata r : rules()) {
            List<String> headings = r.doc().sections().stream().map(RuleDoc.Section::heading).toList();
            assertThat(headings).as(r.id() + " rule.md sections").startsWith(SECTIONS.toArray(String[]::new));
            assertThat(headings.subList(SECTIONS.size(), headings.size())).as(r.id() + " optional sections")
                    .isSubsetOf(RuleDoc.OPTIONS);
            assertThat(r.doc().sections()).as(r.id()).allSatisfy(s -> assertThat(s.body()).isNotBlank());
        }
    }

    @Test
    void rulesCiteOnlyPublicPagesEachUrlUnderOneTitle() {
        Map<String, String> titleByUrl = new HashMap<>();
        for (RuleMetadata r : rules()) {
            String text = (r.title() + "\n" + r.doc().markdown()).toLowerCase(Locale.ROOT);
            assertThat(text).as(r.id() + " names an internal source document").doesNotContain("seed");
            for (SourceLink s : r.sources()) {
                assertThat(s.url()).as(r.id()).startsWith("https://");
                String before = titleByUrl.putIfAbsent(s.url(), s.title());
                assertThat(before == null ? s.title() : before).as(s.url() + " cited under two titles").isEqualTo(s.title());
            }
        }
        assertThat(rules().stream().filter(r -> r.sources().isEmpty()).map(RuleMetadata::id))
                .as("rules without a public source (only ccm-lint's own input checks)").containsOnly("CCM001", "CCM003");
    }
}
