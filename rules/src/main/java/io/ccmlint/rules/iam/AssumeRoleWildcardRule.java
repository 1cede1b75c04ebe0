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

/** CCM105: {@code sts:AssumeRole} allowed on {@code "Resource": "*"} (seed 003's ArgoCD role). */
public final class AssumeRoleWildcardRule implements Rule {
    static final String ASSUME_ROLE = "sts:AssumeRole";
    static final RuleMetadata META = new RuleMetadata("CCM105", "assumerole-wildcard", "sts:AssumeRole on every role",
            Severity.WARNING, Category.IAM_POLICY,
            "sts:AssumeRole on \"*\" lets the principal assume every role whose trust policy admits it or its"
                    + " account, today's and any created later: the trust policies alone then decide, and a role that"
                    + " trusts the whole account is open to it. Name the roles it needs (seed 003's ArgoCD role only"
                    + " needs role/Deployer). Statements with a Condition are left alone. The unsafe fix, for a"
                    + " statement that allows only sts:AssumeRole in a policy file named after a role (argocd-*.json"
                    + " for role ArgoCD), lists the ARNs of the workspace's roles whose trust file (named after the"
                    + " role) admits that role, as written in the workspace.",
            "Argo CD on EKS with IAM roles (seed 003): the ArgoCD role's AssumeRole policy and the Deployer role's"
                    + " trust; AWS IAM User Guide, grant least privilege", FixKind.UNSAFE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

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
