package io.ccmlint.rules.iam;

import com.google.auto.service.AutoService;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.tree.Syntax;
import io.ccmlint.core.value.Scalar;
import java.util.HashMap;
import java.util.Map;

/** CCM117: two statements of one policy with the same {@code Sid}. */
@AutoService(Rule.class)
@RuleInfo(id = "CCM117", slug = "duplicate-sid", title = "Two statements share a Sid",
        severity = Severity.WARNING,
        sources = {
            @Source(title = "AWS IAM User Guide: IAM JSON policy elements: Sid",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html"),
            @Source(title = "AWS IAM User Guide: IAM Access Analyzer policy check reference",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html")})
public final class DuplicateSidRule implements Rule {
    @Override
    public void check(RuleContext context) {
        for (PolicyDocument p : context.workspace().policies()) {
            Map<String, Scalar> first = new HashMap<>();
            for (Statement s : p.statements()) {
                // A Sid Terraform computes may or may not repeat another: never reported.
                String sid = s.sid() == null ? null : s.sid().known();
                if (sid == null || sid.isEmpty()) {
                    continue;
                }
                Scalar earlier = first.putIfAbsent(sid, s.sid());
                if (earlier != null) {
                    context.report(context.finding(s.sid().span(), "Sid \"" + sid + "\" is already the Sid of the"
                            + " statement at line " + earlier.span().startLine() + "; IAM rejects the policy (statement"
                            + " IDs in a single policy must be unique)" + (s.sid().style().syntax() == Syntax.HCL
                            ? ", and so does Terraform's aws_iam_policy_document" : ""))
                            .related(earlier.span(), "the first statement with Sid \"" + sid + "\""));
                }
            }
        }
    }
}
