package io.ccmlint.rules.harness;

import com.google.auto.service.AutoService;
import io.ccmlint.core.model.harness.Trigger;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.tree.Node;

/** CCM405: a cron trigger's expression must be valid for its type (UNIX or QUARTZ). */
@AutoService(Rule.class)
@RuleInfo(id = "CCM405", slug = "cron-trigger", title = "Invalid cron expression",
        severity = Severity.ERROR,
        reportsOn = {WorkspacePart.HARNESS_PIPELINES},
        sources = {
            @Source(title = "Harness: Schedule pipelines using cron triggers",
                    url = "https://developer.harness.io/docs/platform/triggers/schedule-pipelines-using-cron-triggers"),
            @Source(title = "Harness: Harness Modules Code Repo & IaCM for Automatic Creation of CCM Cloud Connectors",
                    url = "https://developer.harness.io/cloud-cost-management/3.0/knowledge-base-and-reference-architecture/patterns/ccm-connectors-via-code-repo-and-iacm")})
public final class CronTriggerRule implements Rule {
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
