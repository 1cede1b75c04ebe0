package io.ccmlint.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {
    @Test
    void linesGiveIdSlugSeverityAndFixKinds() {
        var entries = RuleCatalog.parse("test", """
                # comment
                CCM108 policy-version   warning safe,unsafe
                CCM004 chart-render-error error none
                """);
        assertThat(entries).containsExactly(
                new RuleCatalog.Entry("CCM108", "policy-version", Severity.WARNING, Set.of(FixKind.SAFE, FixKind.UNSAFE)),
                new RuleCatalog.Entry("CCM004", "chart-render-error", Severity.ERROR, Set.of()));
    }

    @Test
    void aMalformedLineNamesItsPlace() {
        assertThatThrownBy(() -> RuleCatalog.parse("catalog.txt", "CCM101 describe-regions-missing error\n"))
                .hasMessageContaining("catalog.txt:1");
        assertThatThrownBy(() -> RuleCatalog.parse("catalog.txt", "\nCCM101 x error risky\n"))
                .hasMessageContaining("catalog.txt:2").hasMessageContaining("risky");
    }
}
