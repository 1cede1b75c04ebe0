package io.ccmlint.rules.trust;

import com.google.auto.service.AutoService;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.trust.TrustStatements;
import io.ccmlint.core.value.Scalar;
import java.util.List;

/** CCM209: trusting a whole account ({@code :root} or a bare id) where a specific role would do. */
@AutoService(Rule.class)
@RuleInfo(id = "CCM209", slug = "trust-account-root", title = "Trust of a whole account",
        severity = Severity.INFO,
        reportsOn = {WorkspacePart.TRUST_POLICIES},
        sources = {
            @Source(title = "AWS IAM User Guide: AWS JSON policy elements: Principal",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html"),
            @Source(title = "AWS IAM User Guide: Security best practices in IAM",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html")})
public final class TrustAccountRootRule implements Rule {
    @Override
    public void check(RuleContext context) {
        List<String> harness = TrustStatements.harnessAccounts(context.workspace().config().harness());
        for (Statement s : WebIdentityTrusts.allowStatements(context.workspace())) {
            if (!TrustStatements.allows(s, "sts:AssumeRole")) {
                continue;
            }
            // Harness's CCM setup is its account's root with an external ID, as Harness documents it:
            // the customer cannot name a Harness role, so saying so helps nobody
            boolean externalId = WebIdentityTrusts.hasKeyEnding(s, "sts:externalid");
            for (Scalar p : TrustStatements.aws(s)) {
                if (p.known() != null && TrustStatements.isAccountRoot(p.known())
                        && !(externalId && harness.contains(TrustStatements.accountOf(p)))) {
                    context.report(p.span(), "trusts every principal of account " + TrustStatements.accountOf(p)
                            + " that may call sts:AssumeRole; name the role that needs it");
                }
            }
        }
    }
}
