package io.ccmlint.rules;

/** Where the rules' requirements come from: the source documents, cited in rule docs. */
public final class Sources {
    public static final String AWS_CONNECTOR_REFERENCE =
            "Harness docs, AWS connector settings reference (seed 002): \"The DescribeRegions action is required for all AWS connectors\"";
    public static final String IAM_GRAMMAR = "AWS IAM User Guide, IAM JSON policy grammar (reference_policies_grammar)";
    public static final String IAM_VERSION = "AWS IAM User Guide, IAM JSON policy elements: Version (reference_policies_elements_version)";
    public static final String CCM_LINT = "ccm-lint";
    public static final String HARNESS_OIDC = "Harness docs, AWS connector settings reference (seed 002): OIDC provider"
            + " https://app.harness.io/ng/api/oidc/account/<ACCOUNT_ID>, audience sts.amazonaws.com, enhanced subject formats";
    public static final String EKS_IRSA = "AWS EKS user guide, IAM roles for service accounts: trust policy with <provider>:aud"
            + " sts.amazonaws.com and <provider>:sub system:serviceaccount:<namespace>:<name> (seed 003)";
    public static final String CCM_ROLE = "Harness CCM docs and terraform-aws-harness-ccm: the CCM role trusts Harness's AWS"
            + " account with sts:ExternalId harness:<891928451355|783764615875>:<harness account id> (seed 000)";
    public static final String IAM_TRUST = "AWS IAM User Guide, role trust policies and the confused-deputy problem";

    private Sources() {
    }
}
