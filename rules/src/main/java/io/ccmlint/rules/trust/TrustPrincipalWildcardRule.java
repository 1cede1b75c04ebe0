package io.ccmlint.rules.trust;

import com.google.auto.service.AutoService;
import io.ccmlint.core.model.policy.Condition;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.trust.TrustStatements;
import java.util.List;
import java.util.Locale;

/** CCM208: {@code Principal: "*"} or {@code {"AWS": "*"}} without a condition that pins the caller. */
@AutoService(Rule.class)
@RuleInfo(id = "CCM208", slug = "trust-principal-wildcard", title = "Role anyone can assume",
        severity = Severity.ERROR,
        reportsOn = {WorkspacePart.TRUST_POLICIES},
        sources = {
            @Source(title = "AWS IAM User Guide: AWS JSON policy elements: Principal",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html"),
            @Source(title = "AWS IAM User Guide: The confused deputy problem",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html")})
public final class TrustPrincipalWildcardRule implements Rule {
    /** Condition keys that restrict who the caller is. */
    private static final List<String> PINNING_KEYS = List.of("aws:principalarn", "aws:principalaccount", "aws:principalorgid",
            "aws:principalorgpaths", "aws:sourceaccount", "aws:sourcearn", "aws:sourceorgid", "aws:userid", "aws:username");

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
