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

/** CCM209: trusting a whole account ({@code :root} or a bare id) where a specific role would do. */
public final class TrustAccountRootRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM209", "trust-account-root", "Trust of a whole account",
            Severity.INFO, Category.TRUST_POLICY,
            "Trusting arn:aws:iam::<account>:root delegates the decision to that account's administrators: any of its"
                    + " users or roles allowed sts:AssumeRole may assume this role. Naming the role that needs it (for"
                    + " Harness CCM, the users the Harness CCM module lists) narrows it.",
            Sources.IAM_TRUST, FixKind.NONE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (Statement s : WebIdentityTrusts.allowStatements(context.workspace())) {
            if (!TrustStatements.allows(s, "sts:AssumeRole")) {
                continue;
            }
            for (Scalar p : TrustStatements.aws(s)) {
                if (p.known() != null && TrustStatements.isAccountRoot(p.known())) {
                    context.report(p.span(), "trusts every principal of account " + TrustStatements.accountOf(p)
                            + " that may call sts:AssumeRole; name the role that needs it");
                }
            }
        }
    }
}
