package io.ccmlint.core.eksctl;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.value.Scalar;
import java.util.List;

/**
 * An eksctl {@code ClusterConfig} ({@code apiVersion: eksctl.io/v1alpha5}), as far as IAM goes:
 * the cluster's OIDC provider switch, the IAM service accounts and pod identity associations
 * eksctl creates roles for, and the node groups' instance roles. Read from one YAML document by
 * {@link ClusterConfigReader}; values of the wrong type are left out (eksctl rejects such a file).
 *
 * @param file the file
 * @param root the document
 * @param name {@code metadata.name}, or null
 * @param region {@code metadata.region}, or null
 * @param iam the {@code iam} entry, or null
 * @param withOidc the {@code iam.withOIDC} entry, or null when absent
 * @param serviceAccounts {@code iam.serviceAccounts} with a name, in order
 * @param podIdentityAssociations {@code iam.podIdentityAssociations} with a namespace and a service account name, in order
 * @param nodeGroups the {@code iam} of {@code nodeGroups}, then of {@code managedNodeGroups}
 */
public record ClusterConfig(SourceFile file, MapNode root, Scalar name, Scalar region, MapNode.Entry iam,
                            MapNode.Entry withOidc, List<IamServiceAccount> serviceAccounts,
                            List<PodIdentityAssociation> podIdentityAssociations, List<NodeGroupIam> nodeGroups) {
    public ClusterConfig {
        serviceAccounts = List.copyOf(serviceAccounts);
        podIdentityAssociations = List.copyOf(podIdentityAssociations);
        nodeGroups = List.copyOf(nodeGroups);
    }

    /**
     * {@code iam.withOIDC} as eksctl reads it: TRUE, FALSE (also when absent or empty: eksctl's
     * default), or null when its value is not a boolean.
     */
    public Boolean withOidcEnabled() {
        return withOidc == null ? Boolean.FALSE : EksctlValues.bool(withOidc.value());
    }

    /** The cluster's name, or "?" when it has none. */
    public String clusterName() {
        return name == null ? "?" : name.known();
    }

    /**
     * The AWS partition of the cluster's region ({@code aws-cn} for {@code cn-*}, {@code aws-us-gov}
     * for {@code us-gov-*}, else {@code aws}): eksctl writes managed policy ARNs in it.
     */
    public String partition() {
        String r = region == null ? "" : region.known();
        return r.startsWith("cn-") ? "aws-cn" : r.startsWith("us-gov-") ? "aws-us-gov" : "aws";
    }
}
