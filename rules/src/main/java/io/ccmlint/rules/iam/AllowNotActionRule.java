package io.ccmlint.rules.iam;

import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;

/** CCM106: {@code Allow} with {@code NotAction} or {@code NotResource}. */
public final class AllowNotActionRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM106", "allow-not-action", "Allow with NotAction or NotResource",
            Severity.WARNING, Category.IAM_POLICY,
            "\"Effect\": \"Allow\" with NotAction allows every action except the listed ones, across all services,"
                    + " including actions AWS adds later; with NotResource it allows the actions on every resource"
                    + " except the listed ones. Both grant far more than they appear to. Use them with Deny;"
                    + " with Allow, list the actions and resources that are meant.",
            "AWS IAM User Guide, IAM JSON policy elements: NotAction and NotResource", FixKind.NONE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

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
