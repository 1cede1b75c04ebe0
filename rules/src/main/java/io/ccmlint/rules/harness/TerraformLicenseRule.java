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
import java.util.List;

/** CCM403: IACMTerraformPlugin steps run Terraform, which IaCM supports only up to 1.5.7 (one finding per stage). */
@AutoService(Rule.class)
@RuleInfo(id = "CCM403", slug = "terraform-license", title = "Terraform plugin instead of OpenTofu",
        severity = Severity.INFO,
        reportsOn = {WorkspacePart.HARNESS_PIPELINES},
        sources = {
            @Source(title = "Harness: Infrastructure as Code Management (IaCM) overview",
                    url = "https://developer.harness.io/docs/infra-as-code-management/get-started/overview"),
            @Source(title = "Harness: Harness Modules Code Repo & IaCM for Automatic Creation of CCM Cloud Connectors",
                    url = "https://developer.harness.io/cloud-cost-management/3.0/knowledge-base-and-reference-architecture/patterns/ccm-connectors-via-code-repo-and-iacm")})
public final class TerraformLicenseRule implements Rule {
    @Override
    public void check(RuleContext context) {
        for (Pipeline p : context.workspace().harness().pipelines()) {
            for (Stage stage : p.stages()) {
                List<Step> terraform = stage.steps().stream()
                        .filter(s -> !s.group() && "IACMTerraformPlugin".equals(s.type())).toList();
                if (!terraform.isEmpty()) { // once per stage, at its first Terraform step
                    Step s = terraform.get(0);
                    context.report(s.node().get("type").span(), "stage " + stage.identifierText() + " runs "
                            + terraform.size() + " IACMTerraformPlugin step(s), from " + s.identifierText() + ": IaCM"
                            + " supports Terraform only up to 1.5.7; prefer OpenTofu (IACMOpenTofuPlugin)");
                }
            }
        }
    }
}
