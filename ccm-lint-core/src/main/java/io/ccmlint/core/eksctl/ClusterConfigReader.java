package io.ccmlint.core.eksctl;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;
import io.ccmlint.core.value.Scalar;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the IAM part of an eksctl {@code ClusterConfig} document into {@link ClusterConfig}. Any
 * shape is accepted: a field of the wrong type is read as absent (or, for the permissions of a
 * role, as unreadable), an entry without the names it needs is left out; nothing throws.
 */
public final class ClusterConfigReader {
    private ClusterConfigReader() {
    }

    public static ClusterConfig read(SourceFile file, MapNode root) {
        MapNode meta = Nodes.map(root.get("metadata"));
        Scalar name = meta == null ? null : EksctlValues.string(meta.get("name"));
        Scalar region = meta == null ? null : EksctlValues.string(meta.get("region"));
        MapNode.Entry iam = root.entry("iam");
        MapNode iamMap = iam == null ? null : Nodes.map(iam.value());
        MapNode.Entry withOidc = iamMap == null ? null : iamMap.entry("withOIDC");
        List<IamServiceAccount> serviceAccounts = new ArrayList<>();
        List<PodIdentityAssociation> associations = new ArrayList<>();
        if (iamMap != null) {
            for (MapNode sa : Nodes.maps(iamMap.get("serviceAccounts"))) {
                IamServiceAccount read = serviceAccount(sa);
                if (read != null) {
                    serviceAccounts.add(read);
                }
            }
            for (MapNode pia : Nodes.maps(iamMap.get("podIdentityAssociations"))) {
                PodIdentityAssociation read = podIdentity(pia);
                if (read != null) {
                    associations.add(read);
                }
            }
        }
        List<NodeGroupIam> nodeGroups = new ArrayList<>();
        nodeGroups(root.get("nodeGroups"), false, nodeGroups);
        nodeGroups(root.get("managedNodeGroups"), true, nodeGroups);
        return new ClusterConfig(file, root, name, region, iam, withOidc, serviceAccounts, associations, nodeGroups);
    }

    private static IamServiceAccount serviceAccount(MapNode sa) {
        MapNode meta = Nodes.map(sa.get("metadata"));
        Scalar name = meta == null ? null : EksctlValues.string(meta.get("name"));
        if (name == null) {
            return null; // eksctl requires it
        }
        Node ns = meta.get("namespace");
        Scalar namespace = EksctlValues.string(ns);
        if (namespace == null && ns != null && !(ns instanceof io.ccmlint.core.tree.ScalarNode s && isEmpty(s))) {
            return null; // a namespace that is not a string: eksctl rejects the file
        }
        return new IamServiceAccount(sa, name, namespace, namespace == null ? "default" : namespace.known(),
                AttachedPolicies.read(sa, "attachPolicyARNs", "attachPolicy", "wellKnownPolicies"),
                EksctlValues.string(sa.get("roleName")), EksctlValues.isTrue(sa.get("roleOnly")),
                EksctlValues.string(sa.get("attachRoleARN")), EksctlValues.string(sa.get("permissionsBoundary")),
                EksctlValues.string(sa.get("subjectPattern")));
    }

    private static PodIdentityAssociation podIdentity(MapNode pia) {
        Scalar namespace = EksctlValues.string(pia.get("namespace"));
        Scalar sa = EksctlValues.string(pia.get("serviceAccountName"));
        if (namespace == null || sa == null) {
            return null; // eksctl requires both
        }
        return new PodIdentityAssociation(pia, namespace, sa, EksctlValues.string(pia.get("roleARN")),
                AttachedPolicies.read(pia, "permissionPolicyARNs", "permissionPolicy", "wellKnownPolicies"),
                EksctlValues.string(pia.get("roleName")), EksctlValues.string(pia.get("permissionsBoundaryARN")));
    }

    private static void nodeGroups(Node list, boolean managed, List<NodeGroupIam> out) {
        for (MapNode ng : Nodes.maps(list)) {
            MapNode.Entry iam = ng.entry("iam");
            if (iam == null || !(iam.value() instanceof MapNode m)) {
                continue;
            }
            out.add(new NodeGroupIam(ng, managed, EksctlValues.string(ng.get("name")), iam,
                    AttachedPolicies.read(m, "attachPolicyARNs", "attachPolicy", "withAddonPolicies"),
                    EksctlValues.string(m.get("instanceRoleARN")), EksctlValues.string(m.get("instanceProfileARN")),
                    EksctlValues.string(m.get("instanceRoleName")),
                    EksctlValues.string(m.get("instanceRolePermissionsBoundary"))));
        }
    }

    private static boolean isEmpty(io.ccmlint.core.tree.ScalarNode s) {
        return s.scalar().isKnown() && (s.scalar().value() == null || "".equals(s.scalar().value()));
    }
}
