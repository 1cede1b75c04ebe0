package io.ccmlint.core.workspace;

import io.ccmlint.core.cloudformation.CloudFormationSource;
import io.ccmlint.core.eksctl.EksctlSource;
import io.ccmlint.core.helm.release.HelmSource;
import io.ccmlint.core.model.harness.HarnessSource;
import io.ccmlint.core.model.k8s.KubernetesSource;
import io.ccmlint.core.model.policy.PolicyFileSource;
import io.ccmlint.core.model.role.ConfiguredConnectorRoles;
import io.ccmlint.core.model.role.ConnectorPolicyRoles;
import io.ccmlint.core.model.role.HarnessTrustedRoles;
import io.ccmlint.core.terraform.TerraformSource;
import java.util.List;

/** The sources of every run, in the order they complete (each may use what the ones before it added). */
public final class WorkspaceSources {
    public static final List<WorkspaceSource> BUILT_IN = List.of(
            new PolicyFileSource(),          // policies of .json files and YAML documents
            new ConnectorPolicyRoles(),      // connectorPolicies: a role per folder of policy files; listed first
            new CloudFormationSource(),      // per template: policies and roles in every scenario of its conditions
            new TerraformSource(),           // per folder: policies, roles, connectors linked to their roles
            new HarnessSource(),             // pipelines, triggers, connector YAML linked to roles by name
            new EksctlSource(),              // ClusterConfig: roles for IAM service accounts, pod identity, node groups
            new HelmSource(),                // charts rendered: their manifests join the files, before Kubernetes reads them
            new KubernetesSource(),          // objects, pod specs, bindings, kubeconfigs, and eksctl's service accounts
            new HarnessTrustedRoles(),       // roles whose trust admits Harness, after connectors marked theirs
            new ConfiguredConnectorRoles()); // connectorRoles: marks roles of any source, after connectors marked theirs

    private WorkspaceSources() {
    }
}
