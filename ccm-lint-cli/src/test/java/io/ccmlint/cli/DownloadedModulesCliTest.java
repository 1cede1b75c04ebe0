package io.ccmlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Terraform root module whose connector uses a role from a registry module that {@code terraform
 * init} downloaded: what is wrong in the download is reported at the call in the user's file, with
 * the place in {@code .terraform} as a related location and no fix; {@code fix} never writes there.
 * Without the download the call is unknown, and the summary says so.
 */
class DownloadedModulesCliTest {
    /** The root module: a call to a registry module, a connector using its role, and a policy with a fixable old Version. */
    private static final String ROOT = """
            module "deploy_role" {
              source            = "acme-platform/harness-deploy-role/aws"
              version           = "2.0.1"
              role_name         = "HarnessEcsDeployer"
              delegate_role_arn = "arn:aws:iam::123456789012:role/harness-delegate"
            }

            resource "harness_platform_connector_aws" "ecs" {
              identifier = "aws_ecs_deploy"
              name       = "aws-ecs-deploy"
              inherit_from_delegate {
                delegate_selectors = ["eks-delegate"]
              }
              cross_account_access {
                role_arn = module.deploy_role.role_arn
              }
            }

            resource "aws_iam_policy" "artifacts" {
              name = "artifacts-read"
              policy = jsonencode({
                Version   = "2008-10-17"
                Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::artifacts/*" }]
              })
            }
            """;

    /** The downloaded module: a role the delegate assumes, its policy lacking ec2:DescribeRegions (its Statement on line 22). */
    private static final String DOWNLOADED = """
            variable "role_name" {
              type = string
            }

            variable "delegate_role_arn" {
              type = string
            }

            resource "aws_iam_role" "this" {
              name = var.role_name
              assume_role_policy = jsonencode({
                Version = "2012-10-17"
                Statement = [{ Effect = "Allow", Principal = { AWS = var.delegate_role_arn }, Action = "sts:AssumeRole" }]
              })
            }

            resource "aws_iam_role_policy" "deploy" {
              name = "HarnessEcsDeploy"
              role = aws_iam_role.this.id
              policy = jsonencode({
                Version = "2012-10-17"
                Statement = [{
                  Effect   = "Allow"
                  Action   = ["ecs:DescribeServices", "ecs:DescribeTaskDefinition", "ecs:ListClusters"]
                  Resource = "*"
                }]
              })
            }

            output "role_arn" {
              value = aws_iam_role.this.arn
            }
            """;

    private static final String MANIFEST = """
            {"Modules":[{"Key":"","Source":"","Dir":"."},
             {"Key":"deploy_role","Source":"registry.terraform.io/acme-platform/harness-deploy-role/aws","Version":"2.0.1",
              "Dir":".terraform/modules/deploy_role"}]}
            """;

    private static Path root(String name, boolean downloaded) throws IOException {
        Path dir = Path.of("target", "cli-test", name);
        Cli.deleteRecursively(dir);
        Files.createDirectories(dir.resolve(".terraform/modules/deploy_role"));
        Files.writeString(dir.resolve("main.tf"), ROOT);
        Files.writeString(dir.resolve(".terraform/modules/deploy_role/main.tf"), DOWNLOADED);
        if (downloaded) {
            Files.writeString(dir.resolve(".terraform/modules/modules.json"), MANIFEST);
        }
        return dir;
    }

    private static JsonNode only(JsonNode findings, String rule) {
        List<JsonNode> of = new ArrayList<>();
        findings.forEach(f -> {
            if (f.path("rule").asText().equals(rule) || f.path("ruleId").asText().equals(rule)) {
                of.add(f);
            }
        });
        assertThat(of).as(rule + " findings in " + findings).hasSize(1);
        return of.get(0);
    }

    @Test
    void aDownloadedModulesFindingIsReportedAtTheCallWithTheDownloadAsRelatedAndNoFix() throws Exception {
        Path dir = root("downloaded-module", true);
        String p = dir.toString().replace('\\', '/');

        Cli.Run text = Cli.run("check", "--no-color", dir.toString());
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).contains(p + "/main.tf:1:1: error CCM101 describe-regions-missing: connector role"
                        + " \"module.deploy_role.aws_iam_role.this\" does not allow ec2:DescribeRegions on \"*\"")
                .doesNotContain("fix (safe): add a statement allowing ec2:DescribeRegions")
                .endsWith("1 file, 2 findings (1 error, 1 warning), 1 fixable\n");

        JsonNode ccm101 = only(new ObjectMapper().readTree(Cli.run("check", "--format", "json", dir.toString()).out())
                .path("findings"), "CCM101");
        assertThat(ccm101.path("path").asText()).isEqualTo(p + "/main.tf");
        assertThat(ccm101.path("line").asInt()).isEqualTo(1);
        assertThat(ccm101.path("endColumn").asInt()).as("the call's header, module \"deploy_role\"").isEqualTo(21);
        assertThat(ccm101.has("fix")).as("no fix: the download is not the user's to edit").isFalse();
        JsonNode foundHere = ccm101.path("related").path(0);
        assertThat(foundHere.path("path").asText()).isEqualTo(p + "/.terraform/modules/deploy_role/main.tf");
        assertThat(foundHere.path("line").asInt()).isEqualTo(22);
        assertThat(foundHere.path("message").asText()).isEqualTo("found here, in " + p + "/.terraform/modules/deploy_role/main.tf");

        JsonNode sarif = only(new ObjectMapper().readTree(Cli.run("check", "--format", "sarif", dir.toString()).out())
                .path("runs").path(0).path("results"), "CCM101");
        assertThat(sarif.path("locations").path(0).path("physicalLocation").path("artifactLocation").path("uri").asText())
                .isEqualTo(p + "/main.tf");
        assertThat(sarif.path("relatedLocations").path(0).path("physicalLocation").path("artifactLocation").path("uri")
                .asText()).isEqualTo(p + "/.terraform/modules/deploy_role/main.tf");
        assertThat(sarif.has("fixes")).isFalse();
    }

    @Test
    void fixEditsTheUsersFilesAndLeavesTheDownloadAlone() throws Exception {
        Path dir = root("downloaded-module-fix", true);
        Cli.Run fix = Cli.run("fix", dir.toString());
        assertThat(fix.err()).as("the root's old policy Version, and nothing else").isEqualTo("fixed 1 finding in 1 file\n");
        assertThat(Files.readString(dir.resolve("main.tf"))).contains("Version   = \"2012-10-17\"");
        assertThat(Files.readString(dir.resolve(".terraform/modules/deploy_role/main.tf"))).isEqualTo(DOWNLOADED);
        assertThat(Files.readString(dir.resolve(".terraform/modules/modules.json"))).isEqualTo(MANIFEST);
        Cli.Run unsafe = Cli.run("fix", "--unsafe", dir.toString());
        assertThat(unsafe.err()).isEqualTo("fixed 0 findings in 0 files\n");
        assertThat(Files.readString(dir.resolve(".terraform/modules/deploy_role/main.tf"))).isEqualTo(DOWNLOADED);
        assertThat(Cli.run("check", "--quiet", "--no-color", dir.toString()).out()).contains("main.tf:1:1: error CCM101");
    }

    @Test
    void withoutTheManifestTheCallIsNotFollowedAndTheSummarySaysWhy() throws Exception {
        Path dir = root("not-downloaded-module", false);
        Cli.Run r = Cli.run("check", "--no-color", dir.toString());
        assertThat(r.out()).doesNotContain("CCM101")
                .endsWith("; 1 Terraform module call not followed (what they give is unknown): 1 not downloaded (a registry or"
                        + " git source: run `terraform init` in the root module)\n");
    }

    @Test
    void theConnectorsUseOfTheRoleIsLocatedAtItsRoleArn() throws Exception {
        Path dir = root("downloaded-module-use", true);
        String p = dir.toString().replace('\\', '/');
        JsonNode ccm101 = only(new ObjectMapper().readTree(Cli.run("check", "--format", "json", dir.toString()).out())
                .path("findings"), "CCM101");
        JsonNode usedBy = ccm101.path("related").path(1);
        assertThat(usedBy.path("message").asText()).isEqualTo("used by harness_platform_connector_aws.ecs cross_account_access.role_arn");
        assertThat(usedBy.path("path").asText() + ":" + usedBy.path("line").asInt()).isEqualTo(p + "/main.tf:15");
    }
}
