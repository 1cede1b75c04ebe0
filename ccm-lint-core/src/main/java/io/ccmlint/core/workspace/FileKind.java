package io.ccmlint.core.workspace;

/** What a file (or one YAML document) is, as far as ccm-lint is concerned. */
public enum FileKind {
    IAM_POLICY,
    KUBERNETES,
    KUBECONFIG,
    HARNESS_PIPELINE,
    HARNESS_TRIGGER,
    HARNESS_CONNECTOR,
    CCM_LINT_CONFIG,
    UNKNOWN
}
