package io.ccmlint.core.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.RuleDoc;
import io.ccmlint.core.rule.RuleExamples;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.SourceLink;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulePagesTest {
    private static final RuleMetadata RULE = new RuleMetadata("CCM108", "policy-version", "Policy version outdated",
            Severity.WARNING, Set.of(FixKind.SAFE), List.of(new SourceLink("AWS: Version", "https://docs.aws.amazon.com/v")),
            new RuleDoc("## What it does\n\nReports old versions.\n\n## Why it matters\n\nVariables.\n"));

    @Test
    void theBuildSetsTheBaseUrlAndAConfigOverridesIt() {
        assertThat(RulePages.defaultBaseUrl()).startsWith("https://").endsWith("/docs/rules/");
        assertThat(RulePages.url(null, RULE)).contains(RulePages.defaultBaseUrl() + "CCM108.md");
        assertThat(RulePages.url("https://lint.example.com/rules", RULE)).contains("https://lint.example.com/rules/CCM108.md");
        RuleMetadata other = new RuleMetadata("ACME001", "house-rule", "t", Severity.ERROR, Set.of(), List.of(), RuleDoc.NONE);
        assertThat(RulePages.url(null, other)).as("rules of other jars have no page among ours").isEmpty();
    }

    @Test
    void aPageShowsTheDeclarationTheTextEveryExampleAndTheSources() {
        RuleExamples examples = new RuleExamples("CCM108", List.of(
                new RuleExamples.ExampleFile("fixed", "p.json", "{\"Version\": \"2012-10-17\"}\n"),
                new RuleExamples.ExampleFile("bad", "p.json", "{\"Version\": \"2008-10-17\"}\n"),
                new RuleExamples.ExampleFile("bad", "p.json.expect", "1:CCM108\n"),
                new RuleExamples.ExampleFile("bad", "main.tf", "# ```\nx = 1\n")));
        String page = RulePage.render(RULE, examples);
        assertThat(page).contains("# CCM108 policy-version", "| CCM108 | policy-version | warning | CCM1xx IAM permission"
                        + " policies | safe |", "## What it does\n\nReports old versions.", "- [AWS: Version](https://docs.aws.amazon.com/v)")
                .doesNotContain("p.json.expect");
        assertThat(page.indexOf("### Bad: `p.json`")).isLessThan(page.indexOf("### Fixed: `p.json`"));
        assertThat(page).as("a fence longer than the backticks inside").contains("````hcl\n# ```\nx = 1\n````\n");
    }

    @Test
    void theReadmeTableGoesBetweenItsMarkers() {
        String readme = "# x\n" + ReadmeRuleTable.START + "\nold\n" + ReadmeRuleTable.END + "\nafter\n";
        String spliced = ReadmeRuleTable.splice(readme, ReadmeRuleTable.render(List.of(RULE), "docs/rules/"));
        assertThat(spliced).contains("| [CCM108](docs/rules/CCM108.md) | policy-version | Policy version outdated | warning | safe |\n"
                + ReadmeRuleTable.END + "\nafter").doesNotContain("old");
        assertThatThrownBy(() -> ReadmeRuleTable.splice("# no markers", "")).hasMessageContaining("markers");
    }
}
