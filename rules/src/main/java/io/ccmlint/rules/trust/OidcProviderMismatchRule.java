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
import java.util.List;

/**
 * CCM205: conditions naming another provider than the {@code Federated} principal, an OIDC
 * principal allowed an action other than {@code sts:AssumeRoleWithWebIdentity}, or a Harness
 * issuer on an unknown host.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM205", slug = "oidc-provider-mismatch", title = "OIDC trust and its conditions disagree",
        severity = Severity.ERROR, fix = FixKind.SAFE,
        reportsOn = {WorkspacePart.TRUST_POLICIES},
        sources = {
            @Source(title = "Harness: AWS connector settings reference",
                    url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference"),
            @Source(title = "Amazon EKS User Guide: IAM roles for service accounts",
                    url = "https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html"),
            @Source(title = "AWS IAM User Guide: Create a role for OpenID Connect federation",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html")})
public final class OidcProviderMismatchRule implements Rule {
    /** What web identities may be allowed besides assuming the role (session tags, source identity). */
    private static final List<String> WEB_IDENTITY_ACTIONS = List.of("sts:assumerolewithwebidentity", "sts:tagsession",
            "sts:setsourceidentity");

    @Override
    public void check(RuleContext context) {
        List<String> hosts = context.workspace().config().harness().hosts();
        for (WebIdentityTrusts.Trust t : WebIdentityTrusts.of(context.workspace())) {
            OidcProvider p = t.provider();
            if (p.unknownHarnessHost(hosts)) {
                context.report(t.principal().span(), "Harness OIDC issuer host \"" + p.host() + "\" is not a Harness host ("
                        + String.join(", ", OidcProvider.HARNESS_HOSTS) + "); name self-managed hosts in harness.hosts");
            }
            for (Scalar a : t.statement().actions().values()) {
                if (!TrustStatements.hasWildcard(a) && WEB_IDENTITY_ACTIONS.stream().noneMatch(w -> a.couldMatchGlob(w, true))) {
                    context.report(a.span(), "an OIDC principal can only call sts:AssumeRoleWithWebIdentity, not " + a.display());
                }
            }
            boolean onlyProvider = TrustStatements.federated(t.statement()).size() == 1;
            for (Condition c : t.statement().conditions()) {
                String key = c.key().known();
                int colon = key == null ? -1 : key.lastIndexOf(':');
                if (colon <= 0 || !key.contains("/") || key.substring(0, colon).equalsIgnoreCase(p.issuer())) {
                    continue; // not a known issuer-prefixed key (aws:..., sts:...), or the right issuer
                }
                String fixed = p.issuer() + key.substring(colon);
                boolean targetExists = !TrustStatements.conditionsOn(t.statement(), fixed).isEmpty();
                Fix fix = !onlyProvider || targetExists ? null : ValueEdits.replace(c.key(), fixed)
                        .map(e -> Fix.safe("use the principal's issuer", List.of(e)).within(t.statement().span()))
                        .orElse(null);
                context.report(c.key().span(), "condition key \"" + key + "\" names another issuer than the principal's "
                        + p.issuer() + ": it never matches", fix);
            }
        }
    }
}
