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

/** CCM105: {@code sts:AssumeRole} allowed on {@code "Resource": "*"} (the ArgoCD role of Harness's GitOps cluster guide). */
@AutoService(Rule.class)
@RuleInfo(id = "CCM105", slug = "assumerole-wildcard", title = "sts:AssumeRole on every role",
        severity = Severity.WARNING, fix = FixKind.UNSAFE,
        sources = {
            @Source(title = "Harness: Create a GitOps cluster with IAM role",
                    url = "https://developer.harness.io/docs/continuous-delivery/gitops/create-cluster-with-iam"),
            @Source(title = "AWS IAM User Guide: Security best practices in IAM",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html")})
public final class AssumeRoleWildcardRule implements Rule {
    static final String ASSUME_ROLE = "sts:AssumeRole";

    @Override
    public void check(RuleContext context) {
        IamPolicies.eachGrantOnEveryResource(context.workspace(), ASSUME_ROLE, true,
                (p, s, a, star) -> report(context, p, s, a, star));
    }

    private static void report(RuleContext context, PolicyDocument p, Statement s, Scalar a, Scalar star) {
        String via = a.known().equalsIgnoreCase(ASSUME_ROLE) ? ASSUME_ROLE : "\"" + a.known() + "\" (which includes sts:AssumeRole)";
        String message = via + " on \"Resource\": \"*\" lets this principal assume every role that trusts it or its"
                + " account, including roles created later; list the roles it needs";
        Fix fix = null;
        if (IamPolicies.allowsOnly(s, ASSUME_ROLE)) {
            List<String> owners = WorkspaceRoles.trustedRoleNames(context.workspace()).stream()
                    .filter(n -> WorkspaceRoles.fileBelongsTo(p, n)).toList();
            if (owners.size() == 1) {
                List<String> roles = WorkspaceRoles.rolesTrusting(context.workspace(), owners.get(0));
                if (!roles.isEmpty()) {
                    Optional<List<TextEdit>> edits = IamPolicies.replaceItem(p, s.resources(), star, roles);
                    if (edits.isPresent()) {
                        fix = Fix.unsafe("allow sts:AssumeRole only on the roles that trust " + owners.get(0) + ": "
                                + IamPolicies.sample(roles, 3), edits.get()).within(s.span());
                        message += " (the workspace's roles trusting " + owners.get(0) + ": " + IamPolicies.sample(roles, 3) + ")";
                    }
                }
            }
        }
        context.report(a.span(), message, fix);
    }
}
