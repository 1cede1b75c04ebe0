package io.ccmlint.core.rule;

/** The rule groups of the catalog (RULES.md). */
public enum Category {
    INPUT("CCM0xx input"),
    IAM_POLICY("CCM1xx IAM permission policies"),
    TRUST_POLICY("CCM2xx role trust policies"),
    KUBERNETES("CCM3xx Kubernetes"),
    PIPELINE("CCM4xx Harness pipelines and triggers"),
    CONNECTOR("CCM5xx Harness connectors");

    private final String title;

    Category(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
