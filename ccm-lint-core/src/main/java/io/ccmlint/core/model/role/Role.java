package io.ccmlint.core.model.role;

import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.principal.PolicyAttachment;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;
import java.util.ArrayList;
import java.util.List;

/**
 * An IAM role (or a set of policies the configuration says belong to one), with everything that
 * decides what it may do and who may assume it.
 *
 * @param name role name, or for a configured policy folder its path
 * @param span where the role is defined (for findings about the whole role)
 * @param awsName the role's name in AWS when known (a Terraform role's evaluated {@code name}), else null
 * @param trustPolicy the assume-role policy when known, else null
 * @param policies inline and attached customer policies
 * @param managedPolicyArns attached AWS managed policy ARNs, as written
 * @param unresolvedPolicies attached policies whose documents are not known here (an ARN of a
 *                           customer policy outside the workspace, an unknown expression)
 * @param connectorUse why a Harness AWS connector uses this role (null when none is known)
 * @param connectorUseSpan where that use is written (a connector's role_arn), or null
 * @param editor adds what no existing policy can take (a new inline policy)
 * @param serviceAccountTrust when a tool generates the role's trust policy for a Kubernetes service
 *                            account instead of the workspace writing it (eksctl), who it admits; else null
 * @param permissionsBoundary the ARN of the role's permissions boundary when one is set, else null: what
 *                            the role may do is then at most what the boundary allows
 * @param attachments the same policies as {@code policies}, {@code managedPolicyArns} and
 *                    {@code unresolvedPolicies}, inline ones first, each with where it is attached
 *                    (for the principal model, {@link io.ccmlint.core.model.principal.Principals})
 * @param boundary the permissions boundary with its document when the workspace or the bundled AWS
 *                 managed policies have it, else null when none is set
 */
public record Role(String name, Span span, String awsName, PolicyDocument trustPolicy, List<PolicyDocument> policies,
                   List<Scalar> managedPolicyArns, List<Scalar> unresolvedPolicies,
                   String connectorUse, Span connectorUseSpan, RoleEditor editor, ServiceAccountTrust serviceAccountTrust,
                   Scalar permissionsBoundary, List<PolicyAttachment> attachments, PolicyAttachment boundary) {
    public Role {
        policies = List.copyOf(policies);
        managedPolicyArns = List.copyOf(managedPolicyArns);
        unresolvedPolicies = List.copyOf(unresolvedPolicies);
        attachments = List.copyOf(attachments);
    }

    /**
     * A role whose policies are listed with where each is attached (Terraform, CloudFormation): the
     * lists rules read ({@code policies}, {@code managedPolicyArns}, {@code unresolvedPolicies},
     * {@code permissionsBoundary}) are taken from them, so the two views never disagree.
     */
    public Role(String name, Span span, String awsName, PolicyDocument trustPolicy, List<PolicyAttachment> attachments,
                PolicyAttachment boundary, RoleEditor editor) {
        this(name, span, awsName, trustPolicy, documents(attachments), managed(attachments), unresolved(attachments),
                null, null, editor, null, boundary == null ? null : boundary.reference(), attachments, boundary);
    }

    /**
     * A role whose policies have no place of attachment apart from their own (eksctl, policy folders):
     * documents inline, ARNs attached where they are written.
     */
    public Role(String name, Span span, String awsName, PolicyDocument trustPolicy, List<PolicyDocument> policies,
                List<Scalar> managedPolicyArns, List<Scalar> unresolvedPolicies,
                String connectorUse, Span connectorUseSpan, RoleEditor editor, ServiceAccountTrust serviceAccountTrust,
                Scalar permissionsBoundary) {
        this(name, span, awsName, trustPolicy, policies, managedPolicyArns, unresolvedPolicies, connectorUse,
                connectorUseSpan, editor, serviceAccountTrust, permissionsBoundary,
                attachmentsOf(policies, managedPolicyArns, unresolvedPolicies),
                permissionsBoundary == null ? null : PolicyAttachment.byArn(permissionsBoundary, permissionsBoundary.span()));
    }

    /** A role whose trust, if any, is the {@code trustPolicy} written in the workspace, and no permissions boundary is known. */
    public Role(String name, Span span, String awsName, PolicyDocument trustPolicy, List<PolicyDocument> policies,
                List<Scalar> managedPolicyArns, List<Scalar> unresolvedPolicies,
                String connectorUse, Span connectorUseSpan, RoleEditor editor) {
        this(name, span, awsName, trustPolicy, policies, managedPolicyArns, unresolvedPolicies, connectorUse,
                connectorUseSpan, editor, null, null);
    }

    /** The same role, marked as used by a connector. */
    public Role usedBy(String use, Span where) {
        return new Role(name, span, awsName, trustPolicy, policies, managedPolicyArns, unresolvedPolicies, use, where, editor,
                serviceAccountTrust, permissionsBoundary, attachments, boundary);
    }

    public boolean usedByConnector() {
        return connectorUse != null;
    }

    private static List<PolicyAttachment> attachmentsOf(List<PolicyDocument> policies, List<Scalar> managed,
                                                        List<Scalar> unresolved) {
        List<PolicyAttachment> out = new ArrayList<>();
        policies.forEach(p -> out.add(PolicyAttachment.inline(p)));
        managed.forEach(arn -> out.add(PolicyAttachment.byArn(arn, arn.span())));
        unresolved.forEach(ref -> out.add(new PolicyAttachment(null, ref.span(), ref, null)));
        return out;
    }

    private static List<PolicyDocument> documents(List<PolicyAttachment> attachments) {
        return attachments.stream().filter(a -> a.readable() && !a.awsManaged()).map(PolicyAttachment::policy).toList();
    }

    private static List<Scalar> managed(List<PolicyAttachment> attachments) {
        return attachments.stream().filter(PolicyAttachment::awsManaged).map(PolicyAttachment::reference).toList();
    }

    private static List<Scalar> unresolved(List<PolicyAttachment> attachments) {
        return attachments.stream().filter(a -> !a.readable() && !a.awsManaged()).map(PolicyAttachment::reference).toList();
    }
}
