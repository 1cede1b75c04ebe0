package io.ccmlint.cli;

import static io.ccmlint.cli.ChangedSinceTest.git;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * IAM reasoning from the command line: CCM111 on the examples' split escalation (SARIF related
 * locations), CCM112 in a real pull request (git), CCM113 from the configuration, explain-access.
 */
class IamReasoningCliTest {
    static Path repo;

    private static final String ROLE = """
            resource "aws_iam_role" "ci" {
              name = "ci-deployer"
              assume_role_policy = jsonencode({
                Version = "2012-10-17"
                Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:role/runner" }, Action = "sts:AssumeRole" }]
              })
            }
            """;
    private static final String READ = """
            resource "aws_iam_role_policy" "read" {
              role = aws_iam_role.ci.id
              policy = jsonencode({
                Version = "2012-10-17"
                Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "arn:aws:s3:::acme/*" }]
              })
            }
            """;
    private static final String SHARED = """
            {
              "Version": "2012-10-17",
              "Statement": [{"Sid": "Push", "Effect": "Allow", "Action": ["ecr:PutImage", "ecr:UploadLayerPart"], "Resource": "*"}]
            }
            """;

    @BeforeAll
    static void pullRequest() throws Exception {
        repo = Path.of("target", "cli-test", "iam-pr");
        Cli.deleteRecursively(repo);
        Files.createDirectories(repo.resolve("policies"));
        Files.writeString(repo.resolve("main.tf"), ROLE + READ + """
                resource "aws_iam_policy" "push" {
                  name   = "push"
                  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["ecr:PutImage"], Resource = "*" }] })
                }
                """);
        Files.writeString(repo.resolve("policies/shared.json"), SHARED);
        git(repo, "init", "-q", "-b", "main");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "base");
        git(repo, "checkout", "-q", "-b", "feature");
        // the pull request: widens the inline policy, attaches the (unchanged) push policy, and narrows nothing else
        Files.writeString(repo.resolve("main.tf"), ROLE + READ.replace("[\"s3:GetObject\"]", "[\"s3:GetObject\", \"s3:PutObject\"]") + """
                resource "aws_iam_policy" "push" {
                  name   = "push"
                  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["ecr:PutImage"], Resource = "*" }] })
                }
                """);
        Files.writeString(repo.resolve("attach.tf"), """
                resource "aws_iam_role_policy_attachment" "push" {
                  role       = aws_iam_role.ci.name
                  policy_arn = aws_iam_policy.push.arn
                }
                """);
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "widen");
    }

    @Test
    void aPullRequestReportsEachNewAccessWhereTheChangeIs() throws Exception {
        String statusBefore = status();
        Cli.Run r = Cli.run("check", "--quiet", "--fail-on", "error", "--changed-since", "main", repo.toString());
        String p = repo.toString().replace('\\', '/');
        List<String> ccm112 = lines(r.out(), "CCM112");
        assertThat(ccm112).containsExactlyInAnyOrder(
                p + "/main.tf:12:18: warning CCM112 new-access: role \"aws_iam_role.ci\" gains access it did not have at the base:"
                        + " s3:PutObject on \"arn:aws:s3:::acme/*\" (a new or changed statement)",
                p + "/attach.tf:3:16: warning CCM112 new-access: role \"aws_iam_role.ci\" gains access it did not have at the base:"
                        + " ecr:PutImage on \"*\" (a new attachment)");
        assertThat(status()).as("the working tree is untouched").isEqualTo(statusBefore);
        // without --changed-since there is no base: CCM112 is silent
        assertThat(Cli.run("check", "--quiet", repo.toString()).out()).doesNotContain("CCM112");
    }

    @Test
    void anEscalationCompletedInAnotherFileIsReportedWhereThePullRequestChangedIt() throws Exception {
        Path pr = Path.of("target", "cli-test", "iam-pr-escalation");
        Cli.deleteRecursively(pr);
        Files.createDirectories(pr);
        Path examples = Path.of("..", "examples", "terraform", "autostopping");
        Files.copy(examples.resolve("main.tf"), pr.resolve("main.tf"));
        String policies = Files.readString(examples.resolve("policies.tf"));
        Files.writeString(pr.resolve("policies.tf"), policies.substring(0, policies.indexOf("# Policy two")));
        git(pr, "init", "-q", "-b", "main");
        git(pr, "add", "-A");
        git(pr, "commit", "-q", "-m", "base");
        Files.writeString(pr.resolve("policies.tf"), policies); // the pull request adds the PassRole half
        Cli.Run r = Cli.run("check", "--quiet", "--changed-since", "main", pr.toString());
        String p = pr.toString().replace('\\', '/');
        assertThat(lines(r.out(), "CCM111")).singleElement().asString()
                .startsWith(p + "/policies.tf:26:18: error CCM111 privilege-escalation: role \"aws_iam_role.autostopping\" can escalate");
        assertThat(lines(r.out(), "CCM112")).singleElement().asString().startsWith(p + "/policies.tf:26:18: warning CCM112");
        // the whole repository, without a pull request: at the role, in main.tf
        assertThat(lines(Cli.run("check", "--quiet", pr.toString()).out(), "CCM111")).singleElement().asString()
                .startsWith(p + "/main.tf:5:1: error CCM111");
    }

    @Test
    void removedAccessIsNotReported() throws Exception {
        // main..feature reversed: from feature's point of view, going back to main only removes access
        git(repo, "checkout", "-q", "-b", "revert-check", "feature");
        try {
            Files.writeString(repo.resolve("main.tf"), ROLE + READ + """
                    resource "aws_iam_policy" "push" {
                      name   = "push"
                      policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["ecr:PutImage"], Resource = "*" }] })
                    }
                    """);
            Files.delete(repo.resolve("attach.tf"));
            Cli.Run r = Cli.run("check", "--quiet", "--changed-since", "feature", repo.toString());
            assertThat(r.out()).doesNotContain("CCM112");
        } finally {
            git(repo, "checkout", "-q", "--", ".");
            git(repo, "checkout", "-q", "feature");
            git(repo, "branch", "-q", "-D", "revert-check");
        }
    }

    @Test
    void theExamplesSplitEscalationHasBothStatementsAsRelatedLocations() throws Exception {
        Path examples = Cli.copyOfExamples("iam-reasoning");
        Cli.Run r = Cli.run("check", "--format", "sarif", examples.resolve("terraform/autostopping").toString());
        JsonNode results = new ObjectMapper().readTree(r.out()).path("runs").get(0).path("results");
        List<String> related = new ArrayList<>();
        for (JsonNode result : results) {
            if (result.path("ruleId").asText().equals("CCM111")) {
                for (JsonNode rel : result.path("relatedLocations")) {
                    related.add(rel.path("physicalLocation").path("artifactLocation").path("uri").asText().replaceAll(".*/", "")
                            + ":" + rel.path("physicalLocation").path("region").path("startLine").asInt()
                            + " " + rel.path("message").path("text").asText());
                }
            }
        }
        assertThat(related).containsExactly(
                "policies.tf:26 statement PassAutoStoppingFunctionRole grants iam:PassRole",
                "policies.tf:6 statement DeployAutoStoppingFunction grants lambda:CreateFunction, lambda:InvokeFunction");
    }

    @Test
    void forbiddenAccessAndExplainAccess() throws Exception {
        Path examples = Cli.copyOfExamples("iam-forbidden");
        Cli.Run check = Cli.run("check", "--quiet", examples.toString());
        assertThat(lines(check.out(), "CCM113")).singleElement().asString()
                .contains("harness-ccm-stack.yaml:43:3: error CCM113 forbidden-access: role \"HarnessCERole (when GovernanceEnabled=true)\"")
                .endsWith("which forbiddenAccess forbids: CCM roles read costs and stop instances; IAM changes go through the platform team");

        Cli.Run decision = Cli.run("explain-access", "-C", examples.toString(), "aws_iam_role.autostopping", "lambda:CreateFunction");
        assertThat(decision.exit()).isZero();
        assertThat(decision.out()).startsWith("role \"aws_iam_role.autostopping\": lambda:CreateFunction on \"*\": allowed\n")
                .contains("allowed by statement DeployAutoStoppingFunction at ")
                .contains("on: \"arn:aws:lambda:*:123456789012:function:harness-autostopping-*\"");
        Cli.Run denied = Cli.run("explain-access", "-C", examples.toString(), "aws_iam_role.autostopping", "iam:CreateRole");
        assertThat(denied.out()).startsWith("role \"aws_iam_role.autostopping\": iam:CreateRole on \"*\": not allowed\n");
        Cli.Run listing = Cli.run("explain-access", "-C", examples.toString(), "HarnessAutoStopping");
        assertThat(listing.out()).contains("  allowed (4 catalog actions):\n")
                .contains("on \"arn:aws:iam::123456789012:role/harness-autostopping-*\": iam:PassRole\n");
        Cli.Run none = Cli.run("explain-access", "-C", examples.toString(), "no-such-role");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).startsWith("ccm-lint: no role, user or group matches 'no-such-role'");
    }

    /** {@code git status --porcelain --ignored} and the HEAD commit: what must not change. */
    private static String status() throws Exception {
        Process p = new ProcessBuilder("git", "-C", repo.toString(), "status", "--porcelain", "--ignored").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        Process h = new ProcessBuilder("git", "-C", repo.toString(), "rev-parse", "HEAD").redirectErrorStream(true).start();
        out += new String(h.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        h.waitFor();
        return out;
    }

    private static List<String> lines(String out, String rule) {
        return out.lines().filter(l -> l.contains(" " + rule + " ")).toList();
    }
}
