package io.ccmlint.core.rule;

import io.ccmlint.core.model.k8s.K8sModel;
import io.ccmlint.core.workspace.Workspace;

/**
 * A part of a workspace a rule can report on ({@link RuleInfo#reportsOn}). A rule that declares
 * some is not run on a workspace that has none of them: most files of a repository of policies are
 * checked on their own, each in a workspace of one policy, and the Kubernetes, Harness and
 * Terraform rules have nothing to find there (their runs were a tenth of such a run's time).
 */
public enum WorkspacePart {
    /** Kubernetes objects (from manifests and rendered charts), kubeconfigs, and service accounts other tools declare. */
    KUBERNETES,
    /** eksctl cluster configs. */
    EKSCTL,
    /** Harness pipelines and triggers. */
    HARNESS_PIPELINES,
    /** Harness AWS and CCM connectors (YAML or Terraform). */
    HARNESS_CONNECTORS,
    /** Terraform files. */
    TERRAFORM,
    /** IAM trust policies (of roles, or written on their own). */
    TRUST_POLICIES;

    /** True when {@code ws} has something of this part. */
    public boolean presentIn(Workspace ws) {
        return switch (this) {
            case KUBERNETES -> {
                K8sModel k8s = ws.kubernetes();
                yield !k8s.objects().isEmpty() || !k8s.kubeconfigs().isEmpty() || !k8s.serviceAccountRoles().isEmpty();
            }
            case EKSCTL -> !ws.eksctlClusters().isEmpty();
            case HARNESS_PIPELINES -> !ws.harness().pipelines().isEmpty() || !ws.harness().triggers().isEmpty();
            case HARNESS_CONNECTORS -> !ws.connectors().isEmpty();
            case TERRAFORM -> !ws.terraformFiles().isEmpty();
            case TRUST_POLICIES -> !ws.trustPolicies().isEmpty();
        };
    }
}
