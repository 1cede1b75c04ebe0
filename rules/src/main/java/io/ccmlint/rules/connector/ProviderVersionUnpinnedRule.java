package io.ccmlint.rules.connector;

import com.google.auto.service.AutoService;
import io.ccmlint.core.hcl.HclAttribute;
import io.ccmlint.core.hcl.HclBlock;
import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;

/** CCM509: a {@code required_providers} entry without a {@code version} constraint. */
@AutoService(Rule.class)
@RuleInfo(id = "CCM509", slug = "provider-version-unpinned", title = "Provider version not pinned",
        severity = Severity.WARNING,
        reportsOn = {WorkspacePart.TERRAFORM},
        sources = {
            @Source(title = "Terraform: Provider Requirements",
                    url = "https://developer.hashicorp.com/terraform/language/providers/requirements"),
            @Source(title = "Harness: Harness Modules Code Repo & IaCM for Automatic Creation of CCM Cloud Connectors",
                    url = "https://developer.harness.io/cloud-cost-management/3.0/knowledge-base-and-reference-architecture/patterns/ccm-connectors-via-code-repo-and-iacm")})
public final class ProviderVersionUnpinnedRule implements Rule {
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
