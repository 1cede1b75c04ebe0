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
import java.util.List;

/** CCM403: IACMTerraformPlugin steps run Terraform, which IaCM supports only up to 1.5.7 (one finding per stage). */
public final class TerraformLicenseRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM403", "terraform-license", "Terraform plugin instead of OpenTofu",
            Severity.INFO, Category.PIPELINE,
            "Harness IaCM supports Terraform only up to 1.5.7, the last MPL-licensed release (later releases are under"
                    + " the BUSL). New workspaces should use OpenTofu and the IACMOpenTofuPlugin step, which take the"
                    + " same commands.",
            HarnessSources.IACM, FixKind.NONE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

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
