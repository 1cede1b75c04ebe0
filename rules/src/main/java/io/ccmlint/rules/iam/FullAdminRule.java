package io.ccmlint.rules.iam;

import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import java.util.List;

/**
 * CCM109: {@code Allow} of {@code *} on {@code *}, or AdministratorAccess / IAMFullAccess attached
 * to a role a Harness connector uses.
 */
public final class FullAdminRule implements Rule {
    static final List<String> ADMIN_POLICIES = List.of("AdministratorAccess", "IAMFullAccess");
    static final RuleMetadata META = new RuleMetadata("CCM109", "full-admin", "Full administrator access",
            Severity.ERROR, Category.IAM_POLICY,
            "\"Action\": \"*\" on \"Resource\": \"*\" is full administrator access: every action on every resource,"
                    + " including changing IAM itself. A Harness connector role with AdministratorAccess or"
                    + " IAMFullAccess gives whoever can use the connector (every pipeline of its scope) the whole"
                    + " account, or the power to grant themselves the whole account. Grant what the connector's"
                    + " deployments need.",
            "AWS IAM User Guide, security best practices (grant least privilege); Harness AWS connector reference"
                    + " (seed 002)", FixKind.NONE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        IamPolicies.eachStatement(context.workspace(), (p, s) -> {
            if (IamPolicies.starResources(s).isEmpty() || s.hasConditions()) {
                return;
            }
            for (Scalar a : IamPolicies.allowedActions(s)) {
                if (a.known().equals("*") || a.known().equals("*:*")) {
                    context.report(a.span(), "\"Action\": \"" + a.known() + "\" on \"Resource\": \"*\" is full"
                            + " administrator access (every action of every service on every resource); grant the"
                            + " actions and resources needed");
                    return;
                }
            }
        });
        for (Role role : context.workspace().connectorRoles()) {
            for (Scalar arn : role.managedPolicyArns()) {
                String v = arn.known(); // managed policy ARNs are known text
                for (String admin : ADMIN_POLICIES) {
                    if (v.startsWith("arn:") && v.endsWith(":iam::aws:policy/" + admin)) {
                        var finding = context.finding(arn.span(), "connector role \"" + role.name() + "\" has the AWS"
                                + " managed policy " + admin + " attached: " + (admin.equals("IAMFullAccess")
                                ? "it can grant itself any permission" : "every action on every resource")
                                + ", for whoever can use the Harness connector; attach only what its deployments need");
                        if (role.connectorUseSpan() != null) {
                            finding.related(role.connectorUseSpan(), "used by " + role.connectorUse());
                        }
                        context.report(finding);
                    }
                }
            }
        }
    }
}
