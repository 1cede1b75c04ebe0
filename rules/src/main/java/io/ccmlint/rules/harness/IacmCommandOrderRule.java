package io.ccmlint.rules.harness;

import com.google.auto.service.AutoService;
import io.ccmlint.core.model.harness.Pipeline;
import io.ccmlint.core.model.harness.Stage;
import io.ccmlint.core.model.harness.Step;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;

/**
 * CCM402: IaCM plugin commands in a workable order ({@code plan} after {@code init}, {@code apply}
 * after a plan) and from the documented list.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM402", slug = "iacm-command-order", title = "IaCM commands out of order or unknown",
        severity = Severity.ERROR,
        reportsOn = {WorkspacePart.HARNESS_PIPELINES},
        sources = {
            @Source(title = "Harness: Tofu/Terraform Plugin Commands",
                    url = "https://developer.harness.io/docs/infra-as-code-management/cli-commands/terraform-plugins"),
            @Source(title = "harness/harness-schema: Harness pipeline JSON Schema",
                    url = "https://github.com/harness/harness-schema")})
public final class IacmCommandOrderRule implements Rule {
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
