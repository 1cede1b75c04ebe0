package io.ccmlint.rules.iam;

import com.google.auto.service.AutoService;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import java.util.List;
import java.util.Optional;

/** CCM104: {@code iam:PassRole} (directly or through a wildcard) allowed on {@code "Resource": "*"}. */
@AutoService(Rule.class)
@RuleInfo(id = "CCM104", slug = "passrole-wildcard", title = "iam:PassRole on every role",
        severity = Severity.ERROR, fix = FixKind.UNSAFE,
        sources = {
            @Source(title = "AWS IAM User Guide: Grant a user permissions to pass a role to an AWS service",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html"),
            @Source(title = "Harness: ECS deployments overview",
                    url = "https://developer.harness.io/docs/continuous-delivery/deploy-srv-diff-platforms/aws/ecs/ecs-deployment-tutorial")})
public final class PassRoleWildcardRule implements Rule {
    static final String PASS_ROLE = "iam:PassRole";

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
