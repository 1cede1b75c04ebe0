package com.example.ccmlint;

import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;

/** A house rule: every statement of a permission policy has a Sid. */
public final class SidRequiredRule implements Rule {
    private static final RuleMetadata META = new RuleMetadata("ACME001", "sid-required", "Statements have a Sid",
            Severity.ERROR, Category.IAM_POLICY, "Our reviews refer to statements by Sid.", "ACME handbook", FixKind.NONE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (PolicyDocument p : context.workspace().policies()) {
            for (Statement s : p.statements()) {
                if (s.sid() == null) {
                    context.report(s.span(), "statement without a Sid", null);
                }
            }
        }
    }
}
