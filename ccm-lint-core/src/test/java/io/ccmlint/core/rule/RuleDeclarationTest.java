package io.ccmlint.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleDeclarationTest {
    @RuleInfo(id = "CCM303", slug = "declared-rule", title = "A declared rule", severity = Severity.WARNING,
            fix = {FixKind.UNSAFE, FixKind.SAFE},
            sources = @Source(title = "Example: a page", url = "https://example.com/page"))
    static final class Declared implements Rule {
        @Override
        public void check(RuleContext context) {
        }
    }

    static final class Undeclared implements Rule {
        @Override
        public void check(RuleContext context) {
        }
    }

    @Test
    void metadataIsReadFromTheAnnotationWithTheCategoryFromTheId() {
        RuleMetadata m = new Declared().metadata();
        assertThat(m.id()).isEqualTo("CCM303");
        assertThat(m.slug()).isEqualTo("declared-rule");
        assertThat(m.defaultSeverity()).isEqualTo(Severity.WARNING);
        assertThat(m.category()).isEqualTo(Category.KUBERNETES);
        assertThat(m.fixes()).containsExactly(FixKind.SAFE, FixKind.UNSAFE);
        assertThat(m.sources()).containsExactly(new SourceLink("Example: a page", "https://example.com/page"));
        assertThat(m.doc()).isEqualTo(RuleDoc.NONE);
        assertThat(new Declared().metadata()).as("read once per class").isSameAs(m);
    }

    @Test
    void aRuleWithoutDeclarationSaysWhatIsMissing() {
        assertThatThrownBy(() -> new Undeclared().metadata()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Undeclared").hasMessageContaining("@RuleInfo");
    }

    @Test
    void categoryFollowsTheHundredsDigitOfCcmIdsAndOtherJarsAreOther() {
        assertThat(Category.of("CCM001")).isEqualTo(Category.INPUT);
        assertThat(Category.of("CCM110")).isEqualTo(Category.IAM_POLICY);
        assertThat(Category.of("CCM209")).isEqualTo(Category.TRUST_POLICY);
        assertThat(Category.of("CCM407")).isEqualTo(Category.PIPELINE);
        assertThat(Category.of("CCM511")).isEqualTo(Category.CONNECTOR);
        assertThat(Category.of("CCM901")).isEqualTo(Category.OTHER);
        assertThat(Category.of("ACME101")).isEqualTo(Category.OTHER);
    }

    @Test
    void sourcesNeedATitleAndAnAbsoluteWebUrl() {
        assertThatThrownBy(() -> new SourceLink("Guide", "docs/guide.md")).hasMessageContaining("absolute");
        assertThatThrownBy(() -> new SourceLink(" ", "https://example.com")).hasMessageContaining("title");
        assertThat(new SourceLink("A [b]", "https://example.com/x").markdown()).isEqualTo("[A \\[b\\]](https://example.com/x)");
    }

    @Test
    void fixKindsAreShownSortedOrAsNone() {
        assertThat(FixKind.label(Set.of())).isEqualTo("none");
        assertThat(FixKind.label(List.of(FixKind.UNSAFE, FixKind.SAFE))).isEqualTo("safe, unsafe");
    }
}
