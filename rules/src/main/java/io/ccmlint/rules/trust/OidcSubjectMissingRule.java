package io.ccmlint.rules.trust;

import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.trust.TrustStatements;
import io.ccmlint.rules.Sources;

/** CCM202: a web-identity trust with no {@code sub} condition admits every identity of the provider. */
public final class OidcSubjectMissingRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM202", "oidc-subject-missing", "OIDC trust without a subject",
            Severity.ERROR, Category.TRUST_POLICY,
            "Without a <provider>:sub condition, every identity of the provider can assume the role: every pod of every"
                    + " namespace of the EKS cluster, or every pipeline and connector of the Harness account. Name the"
                    + " subject (system:serviceaccount:<ns>:<name>, or the Harness scope).",
            Sources.HARNESS_OIDC + "; " + Sources.EKS_IRSA, FixKind.NONE);
    // The catalog's unsafe fix (the exact subjects of the service accounts annotated with this role)
    // needs the Kubernetes models of issue #6; until then the rule reports without a fix.

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (WebIdentityTrusts.Trust t : WebIdentityTrusts.of(context.workspace())) {
            if (TrustStatements.allows(t.statement(), "sts:AssumeRoleWithWebIdentity")
                    && TrustStatements.conditionsOn(t.statement(), t.provider().subKey()).isEmpty()) {
                context.report(t.principal().span(), "web-identity trust for " + WebIdentityTrusts.name(t.provider())
                        + " has no \"" + t.provider().subKey() + "\" condition: every identity of that provider may assume the role");
            }
        }
    }
}
