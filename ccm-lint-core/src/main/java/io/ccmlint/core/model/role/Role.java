package io.ccmlint.core.model.role;

import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;
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
 */
public record Role(String name, Span span, String awsName, PolicyDocument trustPolicy, List<PolicyDocument> policies,
                   List<Scalar> managedPolicyArns, List<Scalar> unresolvedPolicies,
                   String connectorUse, Span connectorUseSpan, RoleEditor editor, ServiceAccountTrust serviceAccountTrust,
                   Scalar permissionsBoundary) {
    public Role {
        policies = List.copyOf(policies);
        managedPolicyArns = List.copyOf(managedPolicyArns);
        unresolvedPolicies = List.copyOf(unresolvedPolicies);
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
                serviceAccountTrust, permissionsBoundary);
    }

    public boolean usedByConnector() {
        return connectorUse != null;
    }
}
