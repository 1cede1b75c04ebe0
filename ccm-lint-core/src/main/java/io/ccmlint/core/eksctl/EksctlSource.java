package io.ccmlint.core.eksctl;

import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.workspace.FileKind;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.core.workspace.Workspace;
import io.ccmlint.core.workspace.WorkspaceSource;

/**
 * eksctl {@code ClusterConfig} files: the cluster model ({@link ClusterConfig}), the roles eksctl
 * creates for IAM service accounts, pod identity associations and node groups ({@link EksctlRoles}),
 * their inline policies, and the service accounts that get a role, which the Kubernetes model
 * answers for ({@link io.ccmlint.core.model.k8s.K8sModel#irsaRole}).
 */
public final class EksctlSource implements WorkspaceSource {
    @Override
    public void read(ParsedFile file, Workspace.Builder out) {
        for (ParsedFile.Document d : file.documents()) {
            if (d.kind() == FileKind.EKSCTL && d.root() instanceof MapNode root) {
                ClusterConfig cluster = ClusterConfigReader.read(file.file(), root);
                out.eksctl(cluster);
                EksctlRoles.add(cluster, out);
            }
        }
    }
}
