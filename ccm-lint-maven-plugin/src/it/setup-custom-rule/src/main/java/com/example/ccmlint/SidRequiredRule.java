package com.example.ccmlint;

import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;

/** A house rule: every statement of a permission policy has a Sid. */
@RuleInfo(id = "ACME001", slug = "sid-required", title = "Statements have a Sid", severity = Severity.ERROR)
public final class SidRequiredRule implements Rule {
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
