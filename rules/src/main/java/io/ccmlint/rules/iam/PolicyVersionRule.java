package io.ccmlint.rules.iam;

import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.iam.PolicyVariables;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.source.Span;
import io.ccmlint.rules.Sources;
import java.util.List;
import java.util.Optional;

/** CCM108: a policy without {@code Version}, or with the old {@code 2008-10-17}. */
public final class PolicyVersionRule implements Rule {
    static final String CURRENT = "2012-10-17";
    static final RuleMetadata META = new RuleMetadata("CCM108", "policy-version", "Policy version missing or outdated",
            Severity.WARNING, Category.IAM_POLICY,
            "Without Version, or with 2008-10-17, IAM evaluates the policy with the old language: policy variables"
                    + " such as ${aws:username} are not substituted and newer features are unavailable. Always"
                    + " write \"Version\": \"2012-10-17\".",
            Sources.IAM_VERSION, FixKind.SAFE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (PolicyDocument p : context.workspace().policies()) {
            if (p.version() == null) {
                Span at = p.span().file().span(p.span().start(), Math.min(p.span().end(), p.span().start() + 1));
                context.report(at, "policy has no Version: IAM then uses the 2008-10-17 language, in which policy"
                        + " variables do not work; add \"Version\": \"" + CURRENT + "\"", fix(p));
            } else if ("2008-10-17".equals(p.version().known())) {
                context.report(p.version().span(), "policy Version 2008-10-17 is outdated: policy variables do not"
                        + " work in it; use " + CURRENT, fix(p));
            }
        }
    }

    /**
     * Safe unless the policy holds an IAM policy variable ({@link PolicyVariables}): under
     * 2008-10-17 that is literal text, under 2012-10-17 it is substituted, so the change would alter
     * what the policy matches. What Terraform interpolates is no policy variable: IAM never sees it.
     */
    private static Fix fix(PolicyDocument p) {
        Optional<List<TextEdit>> edits = p.editor().setVersion(CURRENT);
        if (edits.isEmpty()) {
            return null;
        }
        boolean hasVariables = PolicyVariables.present(p);
        String what = "set Version to " + CURRENT;
        return hasVariables ? Fix.unsafe(what + " (policy variables will start to be substituted)", edits.get())
                : Fix.safe(what, edits.get());
    }
}
