package io.ccmlint.core.workspace;

/** What a file (or one YAML document) is, as far as ccm-lint is concerned. */
public enum FileKind {
    IAM_POLICY,
    /** An AWS CloudFormation template (YAML or JSON). */
    CLOUDFORMATION,
    /** An eksctl {@code ClusterConfig}. */
    EKSCTL,
    KUBERNETES,
    KUBECONFIG,
    HARNESS_PIPELINE,
    HARNESS_TRIGGER,
    HARNESS_CONNECTOR,
    CCM_LINT_CONFIG,
    /** A Helm chart's {@code Chart.yaml}: the chart is rendered and its manifests are checked. */
    HELM_CHART,
    /** A kustomize {@code kustomization.yaml}: what it includes and the images it sets (Kustomizations). */
    KUSTOMIZATION,
    UNKNOWN
}
