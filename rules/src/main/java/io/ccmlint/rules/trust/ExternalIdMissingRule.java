package io.ccmlint.rules.trust;

import com.google.auto.service.AutoService;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.trust.TrustStatements;
import java.util.List;

/**
 * CCM206: a principal of Harness's AWS accounts (or another account the configuration names) may
 * {@code sts:AssumeRole} without an {@code sts:ExternalId} condition. Only accounts known to be
 * third parties are checked: a trust between two of the user's own accounts is not flagged.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM206", slug = "external-id-missing", title = "Cross-account trust without external ID",
        severity = Severity.ERROR,
        reportsOn = {WorkspacePart.TRUST_POLICIES},
        sources = {
            @Source(title = "Harness: Set up CCM for AWS",
                    url = "https://developer.harness.io/docs/cloud-cost-management/get-started/onboarding-guide/set-up-cost-visibility-for-aws"),
            @Source(title = "AWS IAM User Guide: The confused deputy problem",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html"),
            @Source(title = "AWS IAM User Guide: Access to AWS accounts owned by third parties",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_third-party.html")})
public final class ExternalIdMissingRule implements Rule {
    @Override
    public void check(RuleContext context) {
        List<String> thirdParties = TrustStatements.harnessAccounts(context.workspace().config().harness());
        for (Statement s : WebIdentityTrusts.allowStatements(context.workspace())) {
            if (!TrustStatements.allows(s, "sts:AssumeRole") || TrustStatements.mayTest(s, "sts:ExternalId")) {
                continue;
            }
            for (Scalar p : TrustStatements.aws(s)) {
                String account = TrustStatements.accountOf(p);
                if (account != null && thirdParties.contains(account)) {
                    context.report(p.span(), "account " + account + " may assume this role without an sts:ExternalId"
                            + " condition; add the external ID Harness gives (harness:" + account + ":<harness account id>)");
                }
            }
        }
    }
}
