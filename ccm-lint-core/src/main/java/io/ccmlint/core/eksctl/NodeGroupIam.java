package io.ccmlint.core.eksctl;

import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.value.Scalar;

/**
 * The {@code iam} of an entry of {@code nodeGroups} or {@code managedNodeGroups}: the instance role
 * of its nodes, created by eksctl unless {@code instanceRoleARN} (or {@code instanceProfileARN})
 * names an existing one.
 *
 * @param nodeGroup the node group entry
 * @param managed true for {@code managedNodeGroups}
 * @param name the node group's {@code name}, or null
 * @param iam the {@code iam} entry
 * @param policies {@code attachPolicyARNs}, {@code attachPolicy} and the {@code withAddonPolicies} switched on
 * @param instanceRoleArn {@code instanceRoleARN}, or null
 * @param instanceProfileArn {@code instanceProfileARN}, or null
 * @param instanceRoleName {@code instanceRoleName}, or null
 * @param permissionsBoundary {@code instanceRolePermissionsBoundary}, or null
 */
public record NodeGroupIam(MapNode nodeGroup, boolean managed, Scalar name, MapNode.Entry iam, AttachedPolicies policies,
                           Scalar instanceRoleArn, Scalar instanceProfileArn, Scalar instanceRoleName,
                           Scalar permissionsBoundary) {
    /** True when eksctl creates the instance role (no existing role or instance profile is named). */
    public boolean createsRole() {
        return instanceRoleArn == null && instanceProfileArn == null;
    }
}
