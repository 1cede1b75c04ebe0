package io.ccmlint.core.eksctl;

import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.value.Scalar;

/**
 * One entry of {@code iam.serviceAccounts}: eksctl creates an IAM role whose trust admits the
 * service account through the cluster's OIDC provider (IRSA), and the service account annotated
 * with it (unless {@code roleOnly}); with {@code attachRoleARN} it uses that role instead.
 *
 * @param node the entry
 * @param name {@code metadata.name}
 * @param namespace {@code metadata.namespace}, or null when absent ({@link #namespaceText} is then "default", as eksctl sets it)
 * @param namespaceText the namespace the service account is in
 * @param policies {@code attachPolicyARNs}, {@code attachPolicy}, {@code wellKnownPolicies}
 * @param roleName {@code roleName}, or null (CloudFormation then names the role)
 * @param roleOnly {@code roleOnly: true}: eksctl creates the role but neither creates nor annotates the service account
 * @param attachRoleArn {@code attachRoleARN}, or null
 * @param permissionsBoundary {@code permissionsBoundary}, or null
 * @param subjectPattern {@code subjectPattern}, or null
 */
public record IamServiceAccount(MapNode node, Scalar name, Scalar namespace, String namespaceText, AttachedPolicies policies,
                                Scalar roleName, boolean roleOnly, Scalar attachRoleArn, Scalar permissionsBoundary,
                                Scalar subjectPattern) {
    /** {@code namespace/name}. */
    public String serviceAccount() {
        return namespaceText + "/" + name.known();
    }
}
