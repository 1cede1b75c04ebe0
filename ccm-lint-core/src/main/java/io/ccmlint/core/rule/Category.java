package io.ccmlint.core.rule;

/** The rule groups of the catalog, one per hundred of the CCM IDs; rules of other jars are OTHER. */
public enum Category {
    INPUT("CCM0xx input"),
    IAM_POLICY("CCM1xx IAM permission policies"),
    TRUST_POLICY("CCM2xx role trust policies"),
    KUBERNETES("CCM3xx Kubernetes"),
    PIPELINE("CCM4xx Harness pipelines and triggers"),
    CONNECTOR("CCM5xx Harness connectors"),
    OTHER("Other rules");

    private static final String PREFIX = "CCM";

    private final String title;

    Category(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The group of an ID: its hundreds digit for {@code CCMnnn} IDs ({@code CCM303} is KUBERNETES). */
    public static Category of(String id) {
        if (id.length() != PREFIX.length() + 3 || !id.startsWith(PREFIX)) {
            return OTHER;
        }
        return switch (id.charAt(PREFIX.length())) {
            case '0' -> INPUT;
            case '1' -> IAM_POLICY;
            case '2' -> TRUST_POLICY;
            case '3' -> KUBERNETES;
            case '4' -> PIPELINE;
            case '5' -> CONNECTOR;
            default -> OTHER;
        };
    }
}
