package io.ccmlint.rules.input;

import com.google.auto.service.AutoService;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;

/**
 * CCM003: a suppression that names an unknown rule, gives no reason, has passed its {@code until}
 * date, or cannot be read. Suppressions are applied by the engine after every rule has run (rules
 * never see them), so the engine reports these problems with this rule's metadata and configured
 * severity; {@code check} has nothing to do. Turning the rule off hides the warnings, never the
 * effect: a suppression with a problem still does not apply.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM003", slug = "invalid-suppression", title = "Suppression is invalid or expired",
        severity = Severity.WARNING)
public final class InvalidSuppressionRule implements Rule {
    @Override
    public void check(RuleContext context) {
        // reported by the engine's suppression stage (io.ccmlint.core.suppress.Suppressions)
    }
}
