package io.ccmlint.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.YamlTreeReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {
    private static final String SCHEMA = "iam-policy.schema.json";

    private static List<SchemaViolation> validate(String json) throws Exception {
        return SchemaValidator.validate(SCHEMA, new JsonTreeReader().read(SourceFile.of("p.json", json)));
    }

    private static SchemaViolation only(String json) throws Exception {
        List<SchemaViolation> v = validate(json);
        assertThat(v).as("violations of %s", json).hasSize(1);
        return v.get(0);
    }

    private static void assertAt(SchemaViolation v, String text, int line, int column) {
        assertThat(v.span().text()).isEqualTo(text);
        assertThat(v.span().startLine()).isEqualTo(line);
        assertThat(v.span().startColumn()).isEqualTo(column);
    }

    @Test
    void validIdentityPolicy() throws Exception {
        assertThat(validate("""
                {
                  "Version": "2012-10-17",
                  "Id": "ccm",
                  "Statement": [
                    {
                      "Sid": "CcmRead1",
                      "Effect": "Allow",
                      "Action": ["ce:*", "cur:DescribeReportDefinitions", "s3:Get?bject"],
                      "Resource": "*",
                      "Condition": {
                        "StringEquals": {"aws:RequestedRegion": ["us-east-1", "eu-west-1"]},
                        "Bool": {"aws:SecureTransport": true},
                        "NumericLessThan": {"s3:max-keys": 10},
                        "ForAnyValue:StringLikeIfExists": {"aws:TagKeys": "team*"},
                        "Null": {"aws:TokenIssueTime": "false"}
                      }
                    },
                    {
                      "Effect": "Deny",
                      "NotAction": "iam:*",
                      "NotResource": ["arn:aws:s3:::bucket/*"]
                    }
                  ]
                }
                """)).isEmpty();
    }

    @Test
    void validTrustPolicyWithPrincipalAndNoResource() throws Exception {
        assertThat(validate("""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Effect": "Allow",
                      "Principal": {"AWS": "arn:aws:iam::891928451355:root"},
                      "Action": "sts:AssumeRole",
                      "Condition": {"StringEquals": {"sts:ExternalId": "harness:891928451355:abc"}}
                    },
                    {
                      "Effect": "Allow",
                      "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/app.harness.io/ng/v1/abc"},
                      "Action": "sts:AssumeRoleWithWebIdentity"
                    },
                    {"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"}
                  ]
                }
                """)).isEmpty();
    }

    @Test
    void singleStatementObjectAndScalarActionAreValid() throws Exception {
        assertThat(validate("{\"Statement\": {\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"}}")).isEmpty();
    }

    @Test
    void lowercaseEffectPointsAtTheValue() throws Exception {
        SchemaViolation v = only("""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Effect": "allow",
                      "Action": "s3:GetObject",
                      "Resource": "*"
                    }
                  ]
                }
                """);
        assertAt(v, "\"allow\"", 5, 17);
        assertThat(v.pointer()).isEqualTo("/Statement/0/Effect");
        assertThat(v.message()).isEqualTo("Effect must be \"Allow\" or \"Deny\" (case-sensitive)");
    }

    @Test
    void unknownElementPointsAtItsKey() throws Exception {
        SchemaViolation v = only("""
                {
                  "Statement": [
                    {
                      "Effect": "Allow",
                      "Actions": "s3:GetObject",
                      "Action": "s3:GetObject",
                      "Resource": "*"
                    }
                  ]
                }
                """);
        assertAt(v, "\"Actions\"", 5, 7);
        assertThat(v.message()).startsWith("unknown statement element \"Actions\": IAM knows Sid, Effect");
    }

    @Test
    void unknownTopLevelElementPointsAtItsKey() throws Exception {
        SchemaViolation v = only("{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}, \"Versoin\": \"x\"}");
        assertAt(v, "\"Versoin\"", 1, 68);
        assertThat(v.message()).startsWith("unknown policy element \"Versoin\"");
    }

    @Test
    void actionAndNotActionTogether() throws Exception {
        SchemaViolation v = only("""
                {
                  "Statement": {
                    "Effect": "Allow",
                    "Action": "s3:GetObject",
                    "NotAction": "iam:*",
                    "Resource": "*"
                  }
                }
                """);
        assertAt(v, "{", 2, 16);
        assertThat(v.message()).isEqualTo("a statement cannot have both \"Action\" and \"NotAction\"");
    }

    @Test
    void actionWithoutAServicePrefixPointsAtThatString() throws Exception {
        SchemaViolation v = only("""
                {
                  "Statement": {
                    "Effect": "Allow",
                    "Action": ["s3:GetObject", "GetObject"],
                    "Resource": "*"
                  }
                }
                """);
        assertAt(v, "\"GetObject\"", 4, 32);
        assertThat(v.pointer()).isEqualTo("/Statement/Action/1");
        assertThat(v.message()).startsWith("an action must be \"*\" or \"service:Action\"");
        SchemaViolation scalar = only("{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3\", \"Resource\": \"*\"}}");
        assertAt(scalar, "\"s3\"", 1, 45);
    }

    @Test
    void emptyConditionIsFine() throws Exception {
        assertThat(validate("""
                {
                  "Statement": {
                    "Effect": "Allow",
                    "Action": "s3:GetObject",
                    "Resource": "*",
                    "Condition": {}
                  }
                }
                """)).isEmpty();
    }

    @Test
    void unknownConditionOperatorPointsAtIt() throws Exception {
        SchemaViolation v = only("""
                {
                  "Statement": {
                    "Effect": "Allow",
                    "Action": "s3:GetObject",
                    "Resource": "*",
                    "Condition": {"StringEqualz": {"aws:username": "x"}}
                  }
                }
                """);
        assertAt(v, "\"StringEqualz\"", 6, 19);
        assertThat(v.message()).isEqualTo("unknown condition operator");
    }

    @Test
    void otherSingleMistakesGiveOneViolationEach() throws Exception {
        assertAt(only("{\"Version\": \"2012-10-18\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}}"),
                "\"2012-10-18\"", 1, 13);
        assertAt(only("{\"Statement\": []}"), "[", 1, 15);
        assertAt(only("{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": \"arn:x\", \"Action\": \"sts:AssumeRole\"}}"),
                "\"arn:x\"", 1, 48);
        assertAt(only("{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": {\"Aws\": \"x\"}, \"Action\": \"sts:AssumeRole\"}}"),
                "\"Aws\"", 1, 49);
        assertAt(only("{\"Statement\": {\"Sid\": \"a b\", \"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}}"),
                "\"a b\"", 1, 23);
        assertAt(only("{\"Statement\": {\"Effect\": \"Allow\", \"Action\": [], \"Resource\": \"*\"}}"), "[", 1, 45);
        assertAt(only("{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"\"}}"), "\"\"", 1, 65);
    }

    @Test
    void missingActionOrResourceIsOneViolation() throws Exception {
        SchemaViolation noAction = only("{\"Statement\": {\"Effect\": \"Allow\", \"Resource\": \"*\"}}");
        assertAt(noAction, "{", 1, 15);
        assertThat(noAction.message()).contains("Action");
        SchemaViolation noResource = only("{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\"}}");
        assertAt(noResource, "{", 1, 15);
        assertThat(noResource.message()).contains("Resource");
    }

    @Test
    void yamlTreesValidateWithYamlSpans() throws Exception {
        String yaml = "Statement:\n  - Effect: allow\n    Action: s3:GetObject\n    Resource: '*'\n";
        List<SchemaViolation> v = SchemaValidator.validate(SCHEMA,
                new YamlTreeReader().readAll(SourceFile.of("p.yaml", yaml)).get(0));
        assertThat(v).hasSize(1);
        assertAt(v.get(0), "allow", 2, 13);
    }
}
