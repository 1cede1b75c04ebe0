package io.ccmlint.core.model.k8s;

import io.ccmlint.core.workspace.Workspace;
import io.ccmlint.core.workspace.WorkspaceSource;

/**
 * Kubernetes manifests and kubeconfigs, read together once every file is: an object without a
 * namespace takes the single Namespace of its folder's manifests ({@link K8sModel}).
 */
public final class KubernetesSource implements WorkspaceSource {
    @Override
    public void complete(Workspace.Builder ws, Run run) {
        ws.kubernetes(K8sModel.build(ws.files(), ws.serviceAccountRoles()));
    }
}
