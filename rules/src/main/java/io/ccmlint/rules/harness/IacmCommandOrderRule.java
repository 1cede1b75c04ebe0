package io.ccmlint.rules.harness;

import io.ccmlint.core.model.harness.Pipeline;
import io.ccmlint.core.model.harness.Stage;
import io.ccmlint.core.model.harness.Step;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;

/**
 * CCM402: IaCM plugin commands in a workable order ({@code plan} after {@code init}, {@code apply}
 * after a plan) and from the documented list.
 */
public final class IacmCommandOrderRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM402", "iacm-command-order", "IaCM commands out of order or unknown",
            Severity.ERROR, Category.PIPELINE,
            "The IaCM Terraform/OpenTofu plugins run one command per step in a fresh container: plan needs an init"
                    + " before it in the stage, and apply applies the plan made before it (plan, plan-destroy or"
                    + " plan-refresh-only). The plugin schema accepts any string as command, so a typo is found"
                    + " only when the step fails; the documented commands are init, plan, apply, destroy,"
                    + " plan-destroy, plan-refresh-only, apply-refresh-only, detect-drift, import, removed,"
                    + " validate, fmt and migrate-state.",
            HarnessSources.IACM, FixKind.NONE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (Pipeline p : context.workspace().harness().pipelines()) {
            for (Stage stage : p.stages()) {
                if (stage.isIacm() && !stage.isTemplate()) {
                    check(context, stage);
                }
            }
        }
    }

    private void check(RuleContext context, Stage stage) {
        boolean init = false;
        boolean plan = false;
        for (Step s : stage.steps()) {
            String c = IacmSteps.command(s);
            if (c == null) {
                continue;
            }
            String who = "step " + s.identifierText() + " of stage " + stage.identifierText();
            if (!IacmSteps.COMMANDS.contains(c)) {
                context.report(s.command().span(), who + ": \"" + c + "\" is not an IaCM plugin command ("
                        + String.join(", ", IacmSteps.COMMANDS) + ")");
                continue;
            }
            if (IacmSteps.PLANS.contains(c) && !init) {
                context.report(s.command().span(), who + " runs \"" + c + "\" with no init step before it in the stage");
            } else if (c.equals("apply") && !plan) {
                context.report(s.command().span(), who + " runs apply with no plan step before it in the stage;"
                        + " apply applies the plan made earlier in the stage");
            }
            init |= c.equals("init");
            plan |= IacmSteps.PLANS.contains(c);
        }
    }
}
