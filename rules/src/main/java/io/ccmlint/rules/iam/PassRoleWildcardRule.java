package io.ccmlint.rules.iam;

import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import java.util.List;
import java.util.Optional;

/** CCM104: {@code iam:PassRole} (directly or through a wildcard) allowed on {@code "Resource": "*"}. */
public final class PassRoleWildcardRule implements Rule {
    static final String PASS_ROLE = "iam:PassRole";
    static final RuleMetadata META = new RuleMetadata("CCM104", "passrole-wildcard", "iam:PassRole on every role",
            Severity.ERROR, Category.IAM_POLICY,
            "iam:PassRole on \"*\" lets the principal hand any role of the account, an administrator role included,"
                    + " to a service it controls (an ECS task, a Lambda function, an EC2 instance) and so act with that"
                    + " role's permissions: a privilege escalation. Scope it to the roles the deployments pass (seed"
                    + " 004: \"replace the iam:PassRole resource with your actual task execution role ARN\"). Found"
                    + " directly and through iam:*, iam:Pass*, * and the like. The unsafe fix, for a statement that"
                    + " allows only iam:PassRole, lists the role ARNs the workspace shows being passed: ECS task"
                    + " definitions' executionRoleArn/taskRoleArn, and roles whose trust file admits"
                    + " ecs-tasks.amazonaws.com and whose ARN is written in the workspace.",
            "Harness EC2/ECS guide (seed 004), PassRoleForEcsTasks; AWS IAM User Guide, granting a user permissions to"
                    + " pass a role to an AWS service", FixKind.UNSAFE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        IamPolicies.eachGrantOnEveryResource(context.workspace(), PASS_ROLE, false,
                (p, s, a, star) -> report(context, p, s, a, star));
    }

    private static void report(RuleContext context, PolicyDocument p, Statement s, Scalar a, Scalar star) {
        String via = a.known().equalsIgnoreCase(PASS_ROLE) ? "iam:PassRole" : "\"" + a.known() + "\" (which includes iam:PassRole)";
        String message = via + " on \"Resource\": \"*\" lets this principal pass any role of the account, an"
                + " administrator role included, to a service it controls; list the roles it passes"
                + (s.hasConditions() ? " (the statement's condition does not limit which role)" : "");
        Fix fix = null;
        if (IamPolicies.allowsOnly(s, PASS_ROLE)) {
            List<String> roles = WorkspaceRoles.passedRoles(context.workspace());
            if (!roles.isEmpty()) {
                Optional<List<TextEdit>> edits = IamPolicies.replaceItem(p, s.resources(), star, roles);
                if (edits.isPresent()) {
                    fix = Fix.unsafe("allow iam:PassRole only on " + IamPolicies.sample(roles, 3), edits.get()).within(s.span());
                }
            }
        }
        context.report(a.span(), message, fix);
    }
}
