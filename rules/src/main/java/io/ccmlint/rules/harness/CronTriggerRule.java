package io.ccmlint.rules.harness;

import io.ccmlint.core.model.harness.Trigger;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.tree.Node;

/** CCM405: a cron trigger's expression must be valid for its type (UNIX or QUARTZ). */
public final class CronTriggerRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM405", "cron-trigger", "Invalid cron expression",
            Severity.ERROR, Category.PIPELINE,
            "A scheduled trigger whose expression does not parse for its type never fires. UNIX expressions have five"
                    + " fields (minute hour day-of-month month day-of-week); QUARTZ ones six or seven (seconds first,"
                    + " an optional year last) and need \"?\" in exactly one of the day fields. Pasting a Quartz"
                    + " expression into a UNIX trigger, or the reverse, is the usual mistake.",
            HarnessSources.TRIGGERS, FixKind.NONE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (Trigger t : context.workspace().harness().triggers()) {
            Node expression = t.cronExpression();
            String text = expression == null ? null : expression.asText();
            String type = t.cronType();
            if (text == null || text.contains("<+") || !(type.equals("UNIX") || type.equals("QUARTZ"))) {
                continue; // a missing expression or an unknown type is the schema's business (CCM002)
            }
            String problem = Cron.problem(type, text);
            if (problem != null) {
                context.report(expression.span(), "trigger " + (t.identifier() == null ? "" : t.identifier().asText()) + ": " + type + " cron \"" + text
                        + "\" is invalid: " + problem);
            }
        }
    }
}
