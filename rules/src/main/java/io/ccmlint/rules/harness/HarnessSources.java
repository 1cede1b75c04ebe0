package io.ccmlint.rules.harness;

/** Where the CCM4xx requirements come from. */
final class HarnessSources {
    static final String IACM = "Harness docs, IaCM (seed 000): init, plan, IACM Approval, apply on a Kubernetes build pod;"
            + " IaCM terraform-plugins command list; harness/harness-schema v0/pipeline.json (IACMStageConfigImpl)";
    static final String IACM_AUTH = "Harness developer hub, IaCM AWS authentication (seed 001): IRSA on the build pod needs a"
            + " service account annotated eks.amazonaws.com/role-arn, set as the stage's serviceAccountName";
    static final String TRIGGERS = "Harness docs, schedule pipelines with cron triggers (seed 000): UNIX (5 fields) or QUARTZ"
            + " (6 or 7 fields) expressions";
    static final String IDENTIFIERS = "harness-core EntityIdentifierValidator (^[a-zA-Z_][0-9a-zA-Z_$]{0,127}$ and reserved"
            + " words), Harness entity identifier reference, harness/harness-schema v0/pipeline.json (no $)";
    static final String SECRETS = "Harness docs, secrets in pipelines: reference secrets with <+secrets.getValue(\"id\")>";

    private HarnessSources() {
    }
}
