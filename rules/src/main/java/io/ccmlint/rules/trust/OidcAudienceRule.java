package io.ccmlint.rules.trust;

import io.ccmlint.core.edit.ValueEdits;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.model.policy.Condition;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.trust.OidcProvider;
import io.ccmlint.core.trust.TrustStatements;
import io.ccmlint.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/** CCM201: a Harness or EKS web-identity trust must pin the audience to {@code sts.amazonaws.com}. */
public final class OidcAudienceRule implements Rule {
    static final String STS = "sts.amazonaws.com";
    static final RuleMetadata META = new RuleMetadata("CCM201", "oidc-audience", "OIDC trust without the right audience",
            Severity.ERROR, Category.TRUST_POLICY,
            "Harness and EKS issue tokens for the audience sts.amazonaws.com, and the role's trust policy should require"
                    + " it (<provider>:aud). Without the condition, a token minted for another audience by the same issuer"
                    + " is accepted; with another value, the role can never be assumed.",
            Sources.HARNESS_OIDC + "; " + Sources.EKS_IRSA, FixKind.SAFE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        List<String> allowed = new ArrayList<>(List.of(STS));
        allowed.addAll(context.workspace().config().harness().audiences());
        for (WebIdentityTrusts.Trust t : WebIdentityTrusts.of(context.workspace())) {
            OidcProvider p = t.provider();
            if (p.kind() == OidcProvider.Kind.OTHER || !TrustStatements.allows(t.statement(), "sts:AssumeRoleWithWebIdentity")) {
                continue;
            }
            List<Condition> auds = TrustStatements.conditionsOn(t.statement(), p.audKey());
            if (auds.isEmpty() && TrustStatements.mayTest(t.statement(), p.audKey())) {
                continue; // a condition key Terraform computes may be the audience's
            }
            if (auds.isEmpty()) {
                // a mis-prefixed aud key is CCM205's to fix (renaming it); adding one here would duplicate it
                Fix fix = WebIdentityTrusts.hasKeyEnding(t.statement(), ":aud") ? null
                        : t.policy().editor().addConditionValues(t.statement(), "StringEquals", p.audKey(), List.of(STS))
                        .map(e -> Fix.safe("require the audience " + STS, e).within(t.statement().span())).orElse(null);
                context.report(t.principal().span(), "web-identity trust for " + WebIdentityTrusts.name(p) + " has no \""
                        + p.audKey() + "\" condition: require the audience " + STS, fix);
                continue;
            }
            for (Condition c : auds) {
                for (Scalar v : c.values()) {
                    if (allowed.stream().noneMatch(v::couldEqual)) { // an audience Terraform computes may be right
                        context.report(v.span(), "audience \"" + v.display() + "\" is not " + STS + ": tokens for AWS"
                                + " carry aud " + STS + ", so this trust never matches", ValueEdits.replace(v, STS)
                                .map(e -> Fix.safe("set the audience to " + STS, List.of(e)).within(t.statement().span()))
                                .orElse(null));
                    }
                }
            }
        }
    }
}
