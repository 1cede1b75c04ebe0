package io.ccmlint.rules.trust;

import io.ccmlint.core.model.policy.Condition;
import io.ccmlint.core.model.policy.Located;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.trust.TrustStatements;
import io.ccmlint.rules.Sources;
import java.util.List;

/**
 * CCM204: {@code sub} matched with {@code StringLike} and a wildcard (seed 003's
 * {@code system:serviceaccount:argocd:*}), or {@code aud}/{@code sub} under a set qualifier.
 */
public final class OidcSubjectWildcardRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM204", "oidc-subject-wildcard", "OIDC subject matched with a wildcard",
            Severity.WARNING, Category.TRUST_POLICY,
            "A wildcard subject lets every matching identity assume the role: with system:serviceaccount:argocd:* any"
                    + " service account created in the namespace later gets the role too. Seed 003 leaves narrowing it"
                    + " 'as an exercise for the reader'. ForAnyValue/ForAllValues on single-valued keys such as sub and"
                    + " aud are overly permissive (AWS IAM User Guide).",
            Sources.EKS_IRSA, FixKind.NONE);
    // The catalog's unsafe fix (the exact subjects of the service accounts annotated with this role)
    // needs the Kubernetes models of issue #6; until then the rule reports without a fix.

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (WebIdentityTrusts.Trust t : WebIdentityTrusts.of(context.workspace())) {
            for (String key : List.of(t.provider().subKey(), t.provider().audKey())) {
                for (Condition c : TrustStatements.conditionsOn(t.statement(), key)) {
                    if (c.setQualifier() != null) {
                        context.report(c.operator().span(), c.operator().value() + " on the single-valued key \"" + key
                                + "\" is overly permissive: use " + c.baseOperator() + " without a set qualifier");
                        continue;
                    }
                    if (key.endsWith(":sub") && c.baseOperator().equalsIgnoreCase("StringLike")) {
                        for (Located<String> v : c.values()) {
                            if (TrustStatements.hasWildcard(v.value())) {
                                context.report(v.span(), "subject \"" + v.value() + "\" admits every identity it matches;"
                                        + " use StringEquals with the exact subjects");
                            }
                        }
                    }
                }
            }
        }
    }
}
