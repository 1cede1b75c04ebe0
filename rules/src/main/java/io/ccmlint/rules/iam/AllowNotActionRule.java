package io.ccmlint.rules.iam;

import com.google.auto.service.AutoService;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;

/** CCM106: {@code Allow} with {@code NotAction} or {@code NotResource}. */
@AutoService(Rule.class)
@RuleInfo(id = "CCM106", slug = "allow-not-action", title = "Allow with NotAction or NotResource",
        severity = Severity.WARNING,
        sources = {
            @Source(title = "AWS IAM User Guide: IAM JSON policy elements: NotAction",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html"),
            @Source(title = "AWS IAM User Guide: IAM JSON policy elements: NotResource",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html")})
public final class AllowNotActionRule implements Rule {
    @Override
    public void check(RuleContext context) {
        IamPolicies.eachStatement(context.workspace(), (p, s) -> {
            if (!s.isAllow()) {
                return;
            }
            if (s.actions() != null && s.actions().negated()) {
                context.report(s.actions().keySpan(), "Allow with " + s.actions().key() + " " + values(s.actions())
                        + " allows every other action of every AWS service, including ones added later; list the"
                        + " actions that are meant, or use NotAction with Deny");
            }
            if (s.resources() != null && s.resources().negated()) {
                context.report(s.resources().keySpan(), "Allow with " + s.resources().key() + " " + values(s.resources())
                        + " allows the actions on every other resource, including ones created later; list the"
                        + " resources that are meant, or use NotResource with Deny");
            }
        });
    }

    private static String values(io.ccmlint.core.model.policy.ValueSet set) {
        return IamPolicies.list(IamPolicies.values(set));
    }
}
