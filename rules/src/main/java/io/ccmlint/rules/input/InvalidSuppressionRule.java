package io.ccmlint.rules.input;

import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.rules.Sources;

/**
 * CCM003: a suppression that names an unknown rule, gives no reason, has passed its {@code until}
 * date, or cannot be read. Suppressions are applied by the engine after every rule has run (rules
 * never see them), so the engine reports these problems with this rule's metadata and configured
 * severity; {@code check} has nothing to do. Turning the rule off hides the warnings, never the
 * effect: a suppression with a problem still does not apply.
 */
public final class InvalidSuppressionRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM003", "invalid-suppression", "Suppression is invalid or expired",
            Severity.WARNING, Category.INPUT,
            "A suppression hides a finding only while it is valid: it must name a known rule, say why"
                    + " (reason=\"...\"), and not be past its until date. A suppression that silently does nothing, or"
                    + " that nobody can explain a year later, is how accepted risks become forgotten ones. A"
                    + " suppression with a problem does not apply (for an unknown rule ID, only that ID is dropped),"
                    + " so its findings are reported again next to this warning.",
            Sources.CCM_LINT, FixKind.NONE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        // reported by the engine's suppression stage (io.ccmlint.core.suppress.Suppressions)
    }
}
