package io.ccmlint.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleDocTest {
    private static final RuleDoc DOC = new RuleDoc("""
            ## What it does

            Reports a policy
            without `Version`.

            A second paragraph.

            ## Why it matters

            Variables do not work.
            """);

    @Test
    void sectionsAreTheLevelTwoHeadingsWithTheirText() {
        assertThat(DOC.sections()).extracting(RuleDoc.Section::heading).containsExactly(RuleDoc.WHAT, RuleDoc.WHY);
        assertThat(DOC.section(RuleDoc.WHY)).contains("Variables do not work.");
        assertThat(DOC.section(RuleDoc.OPTIONS)).isEmpty();
    }

    @Test
    void summaryIsTheFirstParagraphOfWhatItDoesOnOneLine() {
        assertThat(DOC.summary()).isEqualTo("Reports a policy without `Version`.");
        assertThat(RuleDoc.NONE.summary()).isEmpty();
    }

    @Test
    void aRuleWithoutRuleMdHasAnEmptyDoc() {
        assertThat(RuleDoc.load(getClass().getClassLoader(), "CCM999")).isEqualTo(RuleDoc.NONE);
    }
}
