package io.ccmlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CheckCommandTest {
    @Test
    void lintsTheExamplesWithPathLineColumnAndFixHints() throws Exception {
        Path ex = Cli.copyOfExamples("check");
        Cli.Run r = Cli.run("check", "--no-color", ex.toString());
        String p = ex.toString().replace('\\', '/');
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out())
                .contains(p + "/iam/connector-roles/s3-write/HarnessS3Write.json:3:5: error CCM101 describe-regions-missing: ")
                .contains(p + "/iam/connector-roles/ecs-deploy/HarnessAWSAccess.json:2:13: warning CCM108 policy-version: ")
                .contains(p + "/iam/policies/ecr-pull.json:6:17: error CCM002 schema-violation: Effect must be \"Allow\" or \"Deny\"")
                .contains(p + "/broken/HarnessECRPush.json:13:7: error CCM001 parse-error: invalid JSON")
                .contains(p + "/broken/aws-ecs-deploy.yaml:4:31: error CCM001 parse-error: invalid YAML")
                .contains("      = fix (safe): add a statement allowing ec2:DescribeRegions on \"*\"")
                .contains("    3 |     \"Statement\": [\n      |     ^^^^^^^^^^^\n")
                .contains(p + "/terraform/s3-artifacts-connector/main.tf:29:1: error CCM101 describe-regions-missing: connector role"
                        + " \"aws_iam_role.harness_s3_artifacts\" does not allow ec2:DescribeRegions on \"*\" (checked AmazonS3ReadOnlyAccess)")
                .contains(p + "/iam/trust/ArgoCD.json:12:87: warning CCM204 oidc-subject-wildcard: subject \"system:serviceaccount:argocd:*\"")
                .contains(p + "/k8s/delegate/harness-delegate.yaml:132:11: error CCM310 dangling-reference: HorizontalPodAutoscaler"
                        + " harness-delegate-ng/eks-test-new-hpa scales Deployment newdel")
                .contains(p + "/k8s/argocd/argocd-application-controller.yaml:20:5: error CCM303 fsgroup-missing: ")
                .contains("      = fix (safe): add fsGroup: 999 to the pod securityContext")
                .contains(p + "/eksctl/cluster.yaml:11:1: error CCM314 eks-oidc-disabled: cluster management declares 2 IAM service accounts")
                .endsWith("files, 80 findings (41 errors, 37 warnings, 2 info), 18 fixable\n");
        assertThat(r.out()).doesNotContain("\u001b[");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void exitCodeFollowsFailOn() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "cli-test", "failon"));
        Files.writeString(dir.resolve("p.json"), "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}");
        assertThat(Cli.run("check", dir.toString()).exit()).as("a warning does not fail by default").isEqualTo(0);
        assertThat(Cli.run("check", "--fail-on", "warning", dir.toString()).exit()).isEqualTo(1);
        assertThat(Cli.run("check", "--fail-on", "bogus", dir.toString()).exit()).isEqualTo(2);
    }

    @Test
    void cleanInputExitsZeroWithASummary() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "cli-test", "clean"));
        Files.writeString(dir.resolve("p.json"),
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}");
        Cli.Run r = Cli.run("check", dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("1 file, 0 findings (0 errors, 0 warnings), 0 fixable\n");
        assertThat(Cli.run("check", "--quiet", dir.toString()).out()).isEmpty();
    }

    @Test
    void usageAndConfigErrorsAreOneLineAndExitTwo() throws Exception {
        Cli.Run missing = Cli.run("check", "no/such/dir");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("ccm-lint: no such file or directory: no/such/dir\n");

        Path dir = Files.createDirectories(Path.of("target", "cli-test", "badconfig"));
        Files.writeString(dir.resolve(".ccm-lint.yml"), "rules:\n  CCM999: off\n");
        Cli.Run unknownRule = Cli.run("check", dir.toString());
        assertThat(unknownRule.exit()).isEqualTo(2);
        assertThat(unknownRule.err()).contains("unknown rule 'CCM999'").doesNotContain("Exception").hasLineCount(1);

        Files.writeString(dir.resolve(".ccm-lint.yml"), "rules:\n  CCM101: loud\n");
        Cli.Run badSeverity = Cli.run("check", dir.toString());
        assertThat(badSeverity.exit()).isEqualTo(2);
        assertThat(badSeverity.err()).contains(".ccm-lint.yml:2:").contains("invalid configuration").hasLineCount(1);

        Cli.Run badOption = Cli.run("check", "--format", "xml", dir.toString());
        assertThat(badOption.exit()).isEqualTo(2);
        assertThat(Cli.run("check", "--no-such-option").exit()).isEqualTo(2);
    }

    @Test
    void configCanTurnARuleOffOrChangeItsSeverity() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "cli-test", "ruleconfig"));
        Files.writeString(dir.resolve("p.json"), "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}");
        Files.writeString(dir.resolve(".ccm-lint.yml"), "rules:\n  CCM108: error\n");
        Cli.Run raised = Cli.run("check", "--quiet", dir.toString());
        assertThat(raised.exit()).isEqualTo(1);
        assertThat(raised.out()).contains("error CCM108");
        Files.writeString(dir.resolve(".ccm-lint.yml"), "rules:\n  CCM108: off\n");
        Cli.Run off = Cli.run("check", "--quiet", dir.toString());
        assertThat(off.exit()).isZero();
        assertThat(off.out()).isEmpty();
    }

    @Test
    void outputIsTheSameWhateverTheNumberOfThreads() throws Exception {
        Path ex = Cli.copyOfExamples("jobs");
        String one = Cli.run("check", "--jobs", "1", "--format", "json", ex.toString()).out();
        String four = Cli.run("check", "--jobs", "4", "--format", "json", ex.toString()).out();
        assertThat(four).isEqualTo(one);
        assertThat(one).contains("\"rule\" : \"CCM101\"");
    }

    @Test
    void noRulesReadsEveryFileAndReportsNothing() throws Exception {
        Path ex = Cli.copyOfExamples("no-rules");
        Cli.Run full = Cli.run("check", "--quiet", ex.toString());
        Cli.Run parseOnly = Cli.run("check", "--no-rules", ex.toString());
        assertThat(full.exit()).isEqualTo(1);
        assertThat(parseOnly.exit()).isZero();
        String files = full.out().lines().reduce((a, b) -> b).orElseThrow().replaceAll(",.*", "");
        assertThat(parseOnly.out().strip()).startsWith(files + ", 0 findings");
    }

    @Test
    void severalFormatsAtOnce() throws Exception {
        Path ex = Cli.copyOfExamples("formats");
        Path sarif = Path.of("target", "cli-test", "formats-out", "out.sarif");
        Cli.Run r = Cli.run("check", "--format", "sarif", "--output", sarif.toString(), "--format", "text", ex.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("error CCM101");
        assertThat(Files.readString(sarif)).contains("\"version\" : \"2.1.0\"");
        Cli.Run twoToStdout = Cli.run("check", "--format", "json", "--format", "text", ex.toString());
        assertThat(twoToStdout.exit()).isEqualTo(2);
        assertThat(twoToStdout.err()).contains("only one format can go to standard output");
    }

    @Test
    void helpListsEveryFormatAndFormatsAreReadInAnyCase() throws Exception {
        String help = Cli.run("check", "--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains(String.join(", ", io.ccmlint.core.report.Reporter.FORMATS));
        Path dir = Files.createDirectories(Path.of("target", "cli-test", "format-case"));
        Files.writeString(dir.resolve("p.json"), "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
                + " \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b/*\"}]}");
        Cli.Run upper = Cli.run("check", "-f", "JSON", dir.toString());
        assertThat(upper.exit()).as(upper.err()).isZero();
        assertThat(upper.out()).startsWith("{").contains("\"files\" : 1");
        assertThat(Cli.run("check", "-f", "Text", "--quiet", dir.toString()).out()).isEmpty();
        assertThat(Cli.run("check", "-f", "xml", dir.toString()).exit()).isEqualTo(2);
    }
}
