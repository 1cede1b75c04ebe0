package io.ccmlint.rules.trust;

import io.ccmlint.core.model.policy.Condition;
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
import java.util.List;
import java.util.Locale;

/** CCM208: {@code Principal: "*"} or {@code {"AWS": "*"}} without a condition that pins the caller. */
public final class TrustPrincipalWildcardRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM208", "trust-principal-wildcard", "Role anyone can assume",
            Severity.ERROR, Category.TRUST_POLICY,
            "A trust policy with the principal * and nothing that pins the caller lets every AWS account in the world"
                    + " assume the role. Name the principal, or pin it with aws:PrincipalArn, aws:PrincipalAccount or"
                    + " aws:PrincipalOrgID (as Argo CD's self-assumption statement does).",
            Sources.IAM_TRUST, FixKind.NONE);
    /** Condition keys that restrict who the caller is. */
    private static final List<String> PINNING_KEYS = List.of("aws:principalarn", "aws:principalaccount", "aws:principalorgid",
            "aws:principalorgpaths", "aws:sourceaccount", "aws:sourcearn", "aws:sourceorgid", "aws:userid", "aws:username");

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (Statement s : WebIdentityTrusts.allowStatements(context.workspace())) {
            if (s.principal() == null || s.principal().negated() || pinned(s)) {
                continue;
            }
            if (s.principal().wildcard()) {
                context.report(s.principal().valueSpan(), "anyone may assume this role: Principal \"*\" with no condition"
                        + " that pins the caller");
            }
            for (Scalar p : TrustStatements.aws(s)) {
                if ("*".equals(p.known())) {
                    context.report(p.span(), "any AWS account may assume this role: {\"AWS\": \"*\"} with no condition"
                            + " that pins the caller");
                }
            }
        }
    }

    private static boolean pinned(Statement s) {
        for (Condition c : s.conditions()) {
            if (c.key().known() != null && PINNING_KEYS.contains(c.key().known().toLowerCase(Locale.ROOT)) && !c.baseOperator().startsWith("StringNot")
                    && !c.baseOperator().startsWith("ArnNot") && !c.values().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
