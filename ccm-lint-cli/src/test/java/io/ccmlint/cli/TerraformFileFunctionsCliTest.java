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
 * A role whose policies Terraform reads with file() and templatefile(): what is wrong in them is
 * reported once, in the file that says it, at its line; the role's own findings see them; a fix
 * edits the JSON file.
 */
class TerraformFileFunctionsCliTest {
    private static final String MAIN = """
            resource "aws_iam_role" "deploy" {
              name               = "deploy"
              assume_role_policy = file("${path.module}/trust.json")
            }

            resource "aws_iam_policy" "deploy" {
              name   = "deploy"
              policy = file("${path.module}/policies/deploy.json")
            }

            resource "aws_iam_role_policy_attachment" "deploy" {
              role       = aws_iam_role.deploy.name
              policy_arn = aws_iam_policy.deploy.arn
            }

            resource "aws_iam_role_policy" "logs" {
              role   = aws_iam_role.deploy.id
              policy = templatefile("${path.module}/policies/logs.json.tpl", { bucket = "build-logs" })
            }
            """;

    /** Statement on line 4, the wildcard and PassRole on line 6. */
    private static final String DEPLOY = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "Allow",
                  "Action": ["ecs:*", "iam:PassRole", "iam:CreatePolicyVersion"],
                  "Resource": "*"
                }
              ]
            }
            """;

    private static final String TRUST = """
            {
              "Version": "2008-10-17",
              "Statement": [
                {
                  "Effect": "Allow",
                  "Principal": { "Service": "ecs-tasks.amazonaws.com" },
                  "Action": "sts:AssumeRole"
                }
              ]
            }
            """;

    private static final String LOGS = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "Allow",
                  "Action": "s3:*",
                  "Resource": "arn:aws:s3:::${bucket}/*"
                }
              ]
            }
            """;

    private static Path root(String name) throws IOException {
        Path dir = Path.of("target", "cli-test", name);
        Cli.deleteRecursively(dir);
        Files.createDirectories(dir.resolve("policies"));
        Files.writeString(dir.resolve("main.tf"), MAIN);
        Files.writeString(dir.resolve("trust.json"), TRUST);
        Files.writeString(dir.resolve("policies/deploy.json"), DEPLOY);
        Files.writeString(dir.resolve("policies/logs.json.tpl"), LOGS);
        return dir;
    }

    private static List<JsonNode> of(JsonNode findings, String rule) {
        List<JsonNode> out = new ArrayList<>();
        findings.forEach(f -> {
            if (f.path("rule").asText().equals(rule)) {
                out.add(f);
            }
        });
        return out;
    }

    private static String at(JsonNode f) {
        return f.path("path").asText() + ":" + f.path("line").asInt() + ":" + f.path("column").asInt();
    }

    @Test
    void eachFindingOnceInTheFileTerraformReadAtItsLine() throws Exception {
        Path dir = root("tf-file-functions");
        String p = dir.toString().replace('\\', '/');
        JsonNode findings = new ObjectMapper().readTree(Cli.run("check", "--format", "json", dir.toString()).out()).path("findings");

        assertThat(of(findings, "CCM102")).extracting(TerraformFileFunctionsCliTest::at)
                .containsExactlyInAnyOrder(p + "/policies/deploy.json:6:18", p + "/policies/logs.json.tpl:6:17");
        assertThat(of(findings, "CCM104")).extracting(TerraformFileFunctionsCliTest::at)
                .containsExactly(p + "/policies/deploy.json:6:27");
        assertThat(of(findings, "CCM108")).extracting(TerraformFileFunctionsCliTest::at)
                .containsExactly(p + "/trust.json:2:14");

        // the role's permissions are all known: the escalation its file policy allows is found, the statement related
        List<JsonNode> escalation = of(findings, "CCM111");
        assertThat(escalation).hasSize(1);
        assertThat(at(escalation.get(0))).isEqualTo(p + "/main.tf:1:1");
        assertThat(escalation.get(0).path("message").asText()).contains("IAM-CreateNewPolicyVersion");
        JsonNode statement = escalation.get(0).path("related").path(0);
        assertThat(statement.path("path").asText() + ":" + statement.path("line").asInt()).isEqualTo(p + "/policies/deploy.json:4");
    }

    @Test
    void aPullRequestThatWidensTheJsonFileReportsTheNewAccessThere() throws Exception {
        Path repo = Path.of("target", "cli-test", "tf-file-functions-pr");
        Cli.deleteRecursively(repo);
        Files.createDirectories(repo.resolve("policies"));
        String read = """
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Effect": "Allow",
                      "Action": ["s3:GetObject"],
                      "Resource": "arn:aws:s3:::acme/*"
                    }
                  ]
                }
                """;
        Files.writeString(repo.resolve("main.tf"), MAIN.substring(0, MAIN.indexOf("resource \"aws_iam_role_policy\" \"logs\"")));
        Files.writeString(repo.resolve("trust.json"), TRUST.replace("2008-10-17", "2012-10-17"));
        Files.writeString(repo.resolve("policies/deploy.json"), read);
        ChangedSinceTest.git(repo, "init", "-q", "-b", "main");
        ChangedSinceTest.git(repo, "add", "-A");
        ChangedSinceTest.git(repo, "commit", "-q", "-m", "base");
        ChangedSinceTest.git(repo, "checkout", "-q", "-b", "feature");
        Files.writeString(repo.resolve("policies/deploy.json"), read.replace("[\"s3:GetObject\"]", "[\"s3:GetObject\", \"s3:PutObject\"]"));
        ChangedSinceTest.git(repo, "commit", "-q", "-am", "widen");

        String p = repo.toString().replace('\\', '/');
        JsonNode findings = new ObjectMapper().readTree(Cli.run("check", "--format", "json", "--changed-since", "main",
                repo.toString()).out()).path("findings");
        List<JsonNode> ccm112 = of(findings, "CCM112");
        assertThat(ccm112).hasSize(1);
        assertThat(ccm112.get(0).path("path").asText() + ":" + ccm112.get(0).path("line").asInt())
                .isEqualTo(p + "/policies/deploy.json:4"); // the widened statement
        assertThat(ccm112.get(0).path("message").asText()).contains("role \"aws_iam_role.deploy\"").contains("s3:PutObject")
                .doesNotContain("s3:GetObject");
    }

    @Test
    void aFixEditsTheJsonFileTheTerraformReadsOnce() throws Exception {
        Path dir = root("tf-file-functions-fix");
        Cli.Run fix = Cli.run("fix", dir.toString());
        assertThat(fix.err()).isEqualTo("fixed 1 finding in 1 file\n");
        assertThat(Files.readString(dir.resolve("trust.json"))).isEqualTo(TRUST.replace("2008-10-17", "2012-10-17"));
        assertThat(Files.readString(dir.resolve("main.tf"))).isEqualTo(MAIN);
        assertThat(Cli.run("fix", dir.toString()).err()).isEqualTo("fixed 0 findings in 0 files\n");
    }
}
