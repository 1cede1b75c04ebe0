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
import java.util.List;

/**
 * CCM205: conditions naming another provider than the {@code Federated} principal, an OIDC
 * principal allowed an action other than {@code sts:AssumeRoleWithWebIdentity}, or a Harness
 * issuer on an unknown host.
 */
public final class OidcProviderMismatchRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM205", "oidc-provider-mismatch",
            "OIDC trust and its conditions disagree", Severity.ERROR, Category.TRUST_POLICY,
            "Condition keys are prefixed with the issuer of the provider they test. A key for another issuer is never"
                    + " present in the request, so the condition never holds (or, under IfExists, never applies). Web"
                    + " identities can only call sts:AssumeRoleWithWebIdentity, and Harness issues tokens only from its"
                    + " own hosts (or the self-managed hosts named in the configuration).",
            Sources.HARNESS_OIDC + "; " + Sources.EKS_IRSA, FixKind.SAFE);
    /** What web identities may be allowed besides assuming the role (session tags, source identity). */
    private static final List<String> WEB_IDENTITY_ACTIONS = List.of("sts:assumerolewithwebidentity", "sts:tagsession",
            "sts:setsourceidentity");

    @Override
    public RuleMetadata metadata() {
        return META;
    }

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
