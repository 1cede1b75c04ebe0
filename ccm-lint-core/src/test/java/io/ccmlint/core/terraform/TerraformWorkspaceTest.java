package io.ccmlint.core.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.iam.Decision;
import io.ccmlint.core.iam.PolicyEvaluator;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import io.ccmlint.core.value.Template;
import io.ccmlint.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Terraform files become workspace models: the CCM connectors of Harness's guide to creating CCM connectors with Code Repository and IaCM, roles with what is attached. */
class TerraformWorkspaceTest {
    @TempDir
    Path dir;

    private Workspace workspace(Path root) throws Exception {
        return new Linter(RuleRegistry.of(List.of()), LintConfig.defaults(root), 2, ParseLimits.DEFAULT, root)
                .lint(List.of(root)).workspace();
    }

    @Test
    void heredocPolicyJsonIsReadUnderTheRunsLimits() throws Exception {
        String deep = "{\"Bool\": {\"aws:SecureTransport\": \"true\"}}";
        Files.writeString(dir.resolve("main.tf"), "resource \"aws_iam_policy\" \"p\" {\n  policy = <<EOF\n"
                + "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\","
                + " \"Resource\": \"*\", \"Condition\": " + deep + "}]}\nEOF\n}\n");
        assertThat(workspace(dir).policies()).hasSize(1);
        // five levels of JSON; with a limit of four the heredoc is not modelled, as a .json file would not be
        ParseLimits shallow = new ParseLimits(4, 1000, 1_000_000, 10);
        Workspace limited = new Linter(RuleRegistry.of(List.of()), LintConfig.defaults(dir), 2, shallow, dir).lint(List.of(dir))
                .workspace();
        assertThat(limited.policies()).isEmpty();
    }

    @Test
    void ccmConnectorsGuideConnectorsHaveKnownAndUnknownParts() throws Exception {
        Path folder = Path.of("..", "examples", "terraform", "ccm-connectors");
        Workspace ws = workspace(folder);
        assertThat(ws.parseFailures()).isEmpty();
        assertThat(ws.terraformBlocks("provider")).extracting(b -> b.labelValues().get(0)).containsExactly("aws", "harness");
        var required = ws.terraformBlocks("terraform").get(0).body().blocks("required_providers").get(0);
        assertThat(required.body().attribute("harness")).isPresent();
        List<HarnessConnector> connectors = ws.connectors();
        assertThat(connectors).extracting(HarnessConnector::name).containsExactly(
                "harness_platform_connector_awscc.data[\"000000000005\"]",
                "harness_platform_connector_awscc.data[\"000000000006\"]",
                "harness_platform_connector_awscc.data[\"000000000007\"]",
                "harness_platform_connector_awscc.data[\"000000000008\"]");
        HarnessConnector first = connectors.get(0);
        assertThat(first.type()).isEqualTo("CEAws");
        assertThat(first.accountId().value()).isEqualTo("000000000005");
        Scalar arn = first.roleArns().get(0).arn();
        assertThat(arn.known()).isEqualTo("arn:aws:iam::000000000005:role/HarnessCERole");
        assertThat(arn.style()).isEqualTo(ScalarStyle.HCL_EXPRESSION); // each.key filled in: not the literal's own text
        assertThat(arn.span().text()).isEqualTo("\"arn:aws:iam::${each.key}:role/HarnessCERole\"");
        Scalar externalId = first.externalId();
        assertThat(externalId.isPartial()).isTrue();
        assertThat(externalId.template().knownPrefix()).isEqualTo("harness:891928451355:");
        assertThat(externalId.template().parts().get(1)).isEqualTo(new Template.Hole(
                "data.harness_platform_current_account.current.id", "data.harness_platform_current_account.current.id",
                ((Template.Hole) externalId.template().parts().get(1)).span()));
        assertThat(first.settings()).containsKeys("identifier", "name", "account_id", "features_enabled",
                "cross_account_access.role_arn", "cross_account_access.external_id");
        assertThat(first.scalar("identifier").known()).isEqualTo("aws000000000005");
        assertThat(((ListNode) first.setting("features_enabled")).items()).extracting(Node::asText)
                .containsExactly("OPTIMIZATION", "VISIBILITY", "GOVERNANCE");
    }

    @Test
    void rolesCollectInlineAttachedAndManagedPoliciesAndKnowTheirConnector() throws Exception {
        Files.writeString(dir.resolve("main.tf"), """
                resource "aws_iam_role" "r" {
                  name               = "HarnessDeploy"
                  assume_role_policy = data.aws_iam_policy_document.trust.json
                  managed_policy_arns = ["arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess"]
                }
                data "aws_iam_policy_document" "trust" {
                  statement {
                    actions = ["sts:AssumeRole"]
                    principals {
                      type        = "AWS"
                      identifiers = ["arn:aws:iam::123456789012:root"]
                    }
                  }
                }
                resource "aws_iam_policy" "ecs" {
                  name   = "ecs"
                  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "ecs:*", Resource = "*" }] })
                }
                resource "aws_iam_role_policy_attachment" "ecs" {
                  role       = aws_iam_role.r.name
                  policy_arn = aws_iam_policy.ecs.arn
                }
                resource "aws_iam_role_policy" "inline" {
                  role   = aws_iam_role.r.id
                  policy = <<-EOT
                    {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "ecs:DeleteCluster", "Resource": "*"}]}
                  EOT
                }
                resource "harness_platform_connector_aws" "c" {
                  identifier = "c"
                  name       = "c"
                  oidc_authentication {
                    iam_role_arn = aws_iam_role.r.arn
                  }
                }
                """);
        Workspace ws = workspace(dir);
        Role role = ws.roles().stream().filter(r -> r.name().equals("aws_iam_role.r")).findFirst().orElseThrow();
        assertThat(role.usedByConnector()).isTrue();
        assertThat(role.connectorUse()).isEqualTo("harness_platform_connector_aws.c oidc_authentication.iam_role_arn");
        assertThat(role.connectorUseSpan().text()).isEqualTo("aws_iam_role.r.arn");
        assertThat(role.trustPolicy()).isNotNull();
        assertThat(role.trustPolicy().isTrustPolicy()).isTrue();
        assertThat(role.policies()).extracting(PolicyDocument::name).containsExactly("aws_iam_role_policy.inline", "aws_iam_policy.ecs");
        assertThat(role.managedPolicyArns()).extracting(l -> l.known()).containsExactly("arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess");
        assertThat(role.unresolvedPolicies()).isEmpty();
        List<PolicyDocument> effective = io.ccmlint.core.model.principal.Principals.ofRole(role).documents();
        assertThat(PolicyEvaluator.decide(effective, "ec2:DescribeRegions", "*")).isEqualTo(Decision.ALLOWED);
        assertThat(PolicyEvaluator.decide(effective, "ecs:UpdateService", "*")).isEqualTo(Decision.ALLOWED);
        assertThat(PolicyEvaluator.decide(effective, "ecs:DeleteCluster", "*")).isEqualTo(Decision.EXPLICITLY_DENIED);
        // the heredoc policy is read in place: its spans are exact in the .tf file
        PolicyDocument inline = role.policies().get(0);
        assertThat(inline.statements().get(0).effect().span().text()).isEqualTo("\"Deny\"");
        assertThat(inline.statements().get(0).effect().span().startLine()).isEqualTo(26); // the heredoc body line
    }

    @Test
    void rolesKnowTheirAwsNameAndAYamlConnectorMarksEachRoleOfThatName() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/main.tf"), """
                locals { role_name = "HarnessCE" }
                resource "aws_iam_role" "ce" {
                  name = local.role_name
                }
                resource "aws_iam_role" "other" {
                  name = "Other"
                }
                """);
        Files.writeString(dir.resolve("b/main.tf"), """
                resource "aws_iam_role" "ce2" {
                  name = "HarnessCE"
                }
                resource "aws_iam_role" "unnamed" {
                  name = var.unknown
                }
                """);
        Files.writeString(dir.resolve("connector.yaml"), """
                connector:
                  name: ce
                  identifier: ce
                  type: CEAws
                  spec:
                    crossAccountAccess:
                      crossAccountRoleArn: arn:aws:iam::123456789012:role/HarnessCE
                      externalId: harness:891928451355:abc
                """);
        Workspace ws = workspace(dir);
        assertThat(ws.roles()).extracting(Role::name, Role::awsName).containsExactly(
                org.assertj.core.groups.Tuple.tuple("aws_iam_role.ce", "HarnessCE"),
                org.assertj.core.groups.Tuple.tuple("aws_iam_role.other", "Other"),
                org.assertj.core.groups.Tuple.tuple("aws_iam_role.ce2", "HarnessCE"),
                org.assertj.core.groups.Tuple.tuple("aws_iam_role.unnamed", null));
        assertThat(ws.roles()).filteredOn(Role::usedByConnector).extracting(Role::name)
                .containsExactly("aws_iam_role.ce", "aws_iam_role.ce2");
        assertThat(ws.connectors()).hasSize(1);
        HarnessConnector yaml = ws.connectors().get(0);
        assertThat(ws.rolesOf(yaml)).extracting(Role::name).containsExactly("aws_iam_role.ce", "aws_iam_role.ce2");
    }

    @Test
    void anAttachmentWeCannotReadIsUnresolvedNotIgnored() throws Exception {
        Files.writeString(dir.resolve("main.tf"), """
                resource "aws_iam_role" "r" {
                  name               = "x"
                  assume_role_policy = "{}"
                }
                resource "aws_iam_role_policy_attachment" "a" {
                  role       = aws_iam_role.r.name
                  policy_arn = var.policy_arn
                }
                """);
        Role role = workspace(dir).roles().get(0);
        assertThat(role.unresolvedPolicies()).hasSize(1);
        assertThat(role.unresolvedPolicies().get(0).isUnknown()).isTrue();
        assertThat(role.unresolvedPolicies().get(0).reference()).isEqualTo("var.policy_arn");
    }

    @Test
    void anInlinePolicyWeCannotReadIsUnresolvedNotIgnored() throws Exception {
        Files.writeString(dir.resolve("main.tf"), """
                resource "aws_iam_role" "r" {
                  name               = "x"
                  assume_role_policy = "{}"
                  inline_policy {
                    name   = "from-a-file"
                    policy = file("${path.module}/policy.json")
                  }
                }
                resource "aws_iam_role_policy" "p" {
                  role   = aws_iam_role.r.id
                  policy = data.aws_iam_policy.elsewhere.policy
                }
                resource "aws_iam_role_policy" "known" {
                  role   = aws_iam_role.r.id
                  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:ListBucket", Resource = "*" }] })
                }
                """);
        Role role = workspace(dir).roles().get(0);
        assertThat(role.policies()).hasSize(1);
        assertThat(role.unresolvedPolicies()).extracting(s -> s.span().text())
                .containsExactly("file(\"${path.module}/policy.json\")", "data.aws_iam_policy.elsewhere.policy");
        assertThat(role.unresolvedPolicies()).allMatch(Scalar::isUnknown);
    }

    @Test
    void aSyntaxErrorIsOneFailureAndTheRestOfTheFileIsStillRead() throws Exception {
        Files.writeString(dir.resolve("main.tf"), """
                resource "aws_iam_policy" "broken" {
                  name = "b"
                  policy = jsonencode({ Statement = [ }
                }

                resource "aws_iam_policy" "fine" {
                  name   = "f"
                  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })
                }
                """);
        Workspace ws = workspace(dir);
        assertThat(ws.parseFailures()).hasSize(1);
        assertThat(ws.parseFailures().get(0).span().startLine()).isEqualTo(3);
        assertThat(ws.parseFailures().get(0).message()).startsWith("invalid HCL: ");
        assertThat(ws.policies()).extracting(PolicyDocument::name).contains("aws_iam_policy.fine");
    }

    @Test
    void tfJsonFilesGoThroughTheJsonReaderIntoTheSameModel() throws Exception {
        Files.writeString(dir.resolve("main.tf.json"), """
                {
                  "//": "generated",
                  "resource": {
                    "aws_iam_role": {
                      "r": {"name": "HarnessS3", "assume_role_policy": "${data.aws_iam_policy_document.trust.json}"}
                    },
                    "aws_iam_role_policy_attachment": {
                      "s3": {"role": "${aws_iam_role.r.name}", "policy_arn": "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"}
                    },
                    "harness_platform_connector_aws": {
                      "c": {"identifier": "c", "name": "c", "cross_account_access": {"role_arn": "${aws_iam_role.r.arn}"}}
                    }
                  },
                  "data": {
                    "aws_iam_policy_document": {
                      "trust": {"statement": [{"actions": ["sts:AssumeRole"],
                        "principals": [{"type": "AWS", "identifiers": ["arn:aws:iam::123456789012:root"]}]}]}
                    }
                  }
                }
                """);
        Workspace ws = workspace(dir);
        assertThat(ws.parseFailures()).isEmpty();
        Role role = ws.roles().get(0);
        assertThat(role.name()).isEqualTo("aws_iam_role.r");
        assertThat(role.usedByConnector()).isTrue();
        assertThat(role.connectorUseSpan().text()).isEqualTo("\"${aws_iam_role.r.arn}\"");
        assertThat(role.trustPolicy().statements()).hasSize(1);
        assertThat(role.managedPolicyArns()).extracting(l -> l.known()).containsExactly("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess");
        assertThat(PolicyEvaluator.decide(io.ccmlint.core.model.principal.Principals.ofRole(role).documents(), "ec2:DescribeRegions", "*")).isEqualTo(Decision.NOT_ALLOWED);
        assertThat(role.editor().addInlinePolicy("x", new io.ccmlint.core.model.policy.StatementSpec(null,
                io.ccmlint.core.model.policy.Effect.ALLOW, List.of("a:b"), List.of("*")))).as("no HCL edits in JSON").isEmpty();
    }

    @Test
    void aMalformedTfJsonFileIsOneParseFailure() throws Exception {
        Files.writeString(dir.resolve("bad.tf.json"), "{\"resource\": {\n  \"x\": 1,\n}\n");
        Workspace ws = workspace(dir);
        assertThat(ws.parseFailures()).hasSize(1);
        assertThat(ws.parseFailures().get(0).span().startLine()).isEqualTo(3);
    }
}
