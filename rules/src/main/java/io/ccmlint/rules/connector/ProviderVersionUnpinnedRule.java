package io.ccmlint.rules.connector;

import io.ccmlint.core.hcl.HclAttribute;
import io.ccmlint.core.hcl.HclBlock;
import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;

/** CCM509: a {@code required_providers} entry without a {@code version} constraint. */
public final class ProviderVersionUnpinnedRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM509", "provider-version-unpinned", "Provider version not pinned",
            Severity.WARNING, Category.CONNECTOR,
            "Without a version constraint terraform init takes the newest provider release, so the same configuration"
                    + " can plan differently from one run to the next; the harness provider changes resource"
                    + " schemas between minor releases. Pin a range such as version = \"~> 0.37\" (seed 000's"
                    + " harness provider has none).",
            "Terraform docs, provider requirements (required_providers version); seed 000", FixKind.NONE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (HclBlock terraform : context.workspace().terraformBlocks("terraform")) {
            for (HclBlock required : terraform.body().blocks("required_providers")) {
                for (HclAttribute a : required.body().attributes()) {
                    if (a.value() instanceof HclExpression.ObjectCons o
                            && o.items().stream().noneMatch(i -> "version".equals(i.keyName()))) {
                        context.report(a.nameSpan(), "required provider \"" + a.name() + "\" has no version constraint;"
                                + " pin one (e.g. version = \"~> 1.0\")");
                    }
                }
            }
        }
    }
}
