package io.ccmlint.rules.trust;

import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.trust.TrustStatements;
import io.ccmlint.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/**
 * CCM206: a principal of Harness's AWS accounts (or another account the configuration names) may
 * {@code sts:AssumeRole} without an {@code sts:ExternalId} condition. Only accounts known to be
 * third parties are checked: a trust between two of the user's own accounts is not flagged.
 */
public final class ExternalIdMissingRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM206", "external-id-missing", "Cross-account trust without external ID",
            Severity.ERROR, Category.TRUST_POLICY,
            "A role that a third party's account (Harness CCM's 891928451355, EU 783764615875) may assume needs an"
                    + " sts:ExternalId condition, or any customer of that third party could make it act on this"
                    + " account (the confused deputy). Harness gives the external ID harness:<aws account>:<your account>.",
            Sources.CCM_ROLE + "; " + Sources.IAM_TRUST, FixKind.NONE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        List<String> thirdParties = new ArrayList<>(TrustStatements.HARNESS_CCM_ACCOUNTS);
        thirdParties.addAll(context.workspace().config().harness().ccmPrincipalAccounts());
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
