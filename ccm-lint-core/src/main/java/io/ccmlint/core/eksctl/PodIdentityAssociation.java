package io.ccmlint.core.eksctl;

import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.value.Scalar;

/**
 * One entry of {@code iam.podIdentityAssociations}: EKS Pod Identity gives the service account's
 * pods the role {@code roleARN}, or one eksctl creates (trusting {@code pods.eks.amazonaws.com}).
 *
 * @param node the entry
 * @param namespace {@code namespace}
 * @param serviceAccountName {@code serviceAccountName}
 * @param roleArn {@code roleARN}, or null (eksctl then creates the role)
 * @param policies {@code permissionPolicyARNs}, {@code permissionPolicy}, {@code wellKnownPolicies}
 * @param roleName {@code roleName}, or null
 * @param permissionsBoundary {@code permissionsBoundaryARN}, or null
 */
public record PodIdentityAssociation(MapNode node, Scalar namespace, Scalar serviceAccountName, Scalar roleArn,
                                     AttachedPolicies policies, Scalar roleName, Scalar permissionsBoundary) {
    /** {@code namespace/serviceAccountName}. */
    public String serviceAccount() {
        return namespace.known() + "/" + serviceAccountName.known();
    }
}
