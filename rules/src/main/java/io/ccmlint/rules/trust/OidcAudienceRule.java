package io.ccmlint.rules.trust;

import com.google.auto.service.AutoService;
import io.ccmlint.core.edit.ValueEdits;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.model.policy.Condition;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.trust.OidcProvider;
import io.ccmlint.core.trust.TrustStatements;
import java.util.ArrayList;
import java.util.List;

/** CCM201: a Harness or EKS web-identity trust must pin the audience to {@code sts.amazonaws.com}. */
@AutoService(Rule.class)
@RuleInfo(id = "CCM201", slug = "oidc-audience", title = "OIDC trust without the right audience",
        severity = Severity.ERROR, fix = FixKind.SAFE,
        reportsOn = {WorkspacePart.TRUST_POLICIES},
        sources = {
            @Source(title = "Harness: AWS connector settings reference",
                    url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference"),
            @Source(title = "Amazon EKS User Guide: IAM roles for service accounts",
                    url = "https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html"),
            @Source(title = "AWS IAM User Guide: Create a role for OpenID Connect federation",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html")})
public final class OidcAudienceRule implements Rule {
    static final String STS = "sts.amazonaws.com";

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
