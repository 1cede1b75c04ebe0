package io.ccmlint.rules.iam;

import com.google.auto.service.AutoService;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.iam.PolicyVariables;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.source.Span;
import java.util.List;
import java.util.Optional;

/** CCM108: a policy without {@code Version}, or with the old {@code 2008-10-17}. */
@AutoService(Rule.class)
@RuleInfo(id = "CCM108", slug = "policy-version", title = "Policy version missing or outdated",
        severity = Severity.WARNING, fix = {FixKind.SAFE, FixKind.UNSAFE},
        sources = @Source(title = "AWS IAM User Guide: IAM JSON policy elements: Version",
                url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html"))
public final class PolicyVersionRule implements Rule {
    static final String CURRENT = "2012-10-17";

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
