package io.ccmlint.rules.iam;

import com.google.auto.service.AutoService;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.model.k8s.K8sModel;
import io.ccmlint.core.model.k8s.ServiceAccountRole;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import java.util.List;

/**
 * CCM109: {@code Allow} of {@code *} on {@code *}, or AdministratorAccess / IAMFullAccess attached
 * to a role a Harness connector uses or a Kubernetes service account assumes (an IRSA annotation
 * naming a role of the workspace, an eksctl IAM service account, a pod identity association).
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM109", slug = "full-admin", title = "Full administrator access",
        severity = Severity.ERROR,
        sources = {
            @Source(title = "AWS Managed Policy Reference: AdministratorAccess",
                    url = "https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html"),
            @Source(title = "AWS IAM User Guide: Security best practices in IAM",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html"),
            @Source(title = "Harness: AWS connector settings reference",
                    url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference")})
public final class FullAdminRule implements Rule {
    static final List<String> ADMIN_POLICIES = List.of("AdministratorAccess", "IAMFullAccess");

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
        K8sModel k8s = context.workspace().kubernetes();
        for (Role role : context.workspace().roles()) {
            for (Scalar arn : role.managedPolicyArns()) {
                String v = arn.known(); // managed policy ARNs are known text
                for (String admin : ADMIN_POLICIES) {
                    // a permissions boundary (not known here) decides what such a role may do: admin within a boundary
                    if (v.startsWith("arn:") && v.endsWith(":iam::aws:policy/" + admin) && role.permissionsBoundary() == null) {
                        report(context, role, arn, admin, role.usedByConnector() ? List.of() : k8s.assuming(role));
                    }
                }
            }
        }
    }

    /**
     * A connector's role, or a role Kubernetes service accounts assume (IRSA annotations, eksctl IAM
     * service accounts, pod identity associations): who gets the whole account through it.
     */
    private static void report(RuleContext context, Role role, Scalar arn, String admin, List<ServiceAccountRole> assumers) {
        String grants = admin.equals("IAMFullAccess") ? "it can grant itself any permission" : "every action on every resource";
        if (role.usedByConnector()) {
            var finding = context.finding(arn.span(), "connector role \"" + role.name() + "\" has the AWS"
                    + " managed policy " + admin + " attached: " + grants
                    + ", for whoever can use the Harness connector; attach only what its deployments need");
            if (role.connectorUseSpan() != null) {
                finding.related(role.connectorUseSpan(), "used by " + role.connectorUse());
            }
            context.report(finding);
            return;
        }
        if (assumers.isEmpty()) {
            return;
        }
        ServiceAccountRole first = assumers.get(0);
        String who = "service account " + first.serviceAccount() + (assumers.size() > 1
                ? " (and " + (assumers.size() - 1) + " more)" : "");
        var finding = context.finding(arn.span(), "role \"" + role.name() + "\" has the AWS managed policy " + admin
                + " attached and " + who + " assumes it (" + how(first) + "): " + grants
                + ", for every pod that runs as that service account; attach only what its workloads need");
        for (ServiceAccountRole sa : assumers) {
            if (!sa.span().equals(role.span())) {
                finding.related(sa.span(), "service account " + sa.serviceAccount() + " gets this role (" + how(sa) + ")");
            }
        }
        context.report(finding);
    }

    private static String how(ServiceAccountRole sa) {
        return (sa.via() == ServiceAccountRole.Via.POD_IDENTITY ? "EKS Pod Identity, " : "IRSA, ") + sa.origin();
    }
}
