package io.ccmlint.rules;

/** Where the rules' requirements come from: the source documents, cited in rule docs. */
public final class Sources {
    public static final String AWS_CONNECTOR_REFERENCE =
            "Harness docs, AWS connector settings reference (seed 002): \"The DescribeRegions action is required for all AWS connectors\"";
    public static final String IAM_GRAMMAR = "AWS IAM User Guide, IAM JSON policy grammar (reference_policies_grammar)";
    public static final String IAM_VERSION = "AWS IAM User Guide, IAM JSON policy elements: Version (reference_policies_elements_version)";
    public static final String CCM_LINT = "ccm-lint";

    private Sources() {
    }
}
