package io.ccmlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FixCommandTest {
    @Test
    void diffShowsTheFixesAndWritesNothing() throws Exception {
        Path ex = Cli.copyOfExamples("diff");
        Map<String, String> before = hashes(ex);
        Cli.Run r = Cli.run("fix", "--diff", ex.toString());
        assertThat(r.exit()).as("errors remain in the files as they are").isEqualTo(1);
        String p = ex.toString().replace('\\', '/');
        assertThat(r.out())
                .contains("--- a/" + p + "/iam/connector-roles/s3-write/HarnessS3Write.json")
                .contains("+            \"Sid\": \"HarnessDescribeRegions\",")
                .contains("-\t\"Version\": \"2008-10-17\",\n+\t\"Version\": \"2012-10-17\",")
                .contains("+  \"Version\": \"2012-10-17\",")
                .contains("+resource \"aws_iam_role_policy\" \"harness_s3_artifacts_harness_describe_regions\" {")
                .contains("       serviceAccountName: argocd-application-controller\n+      securityContext:\n+        fsGroup: 999\n")
                .contains("-      apiVersion: client.authentication.k8s.io/v1alpha1\n+      apiVersion: client.authentication.k8s.io/v1beta1")
                .contains("-    executeOnDelegate: false\n+    executeOnDelegate: true");
        assertThat(hashes(ex)).isEqualTo(before);
    }

    @Test
    void diffExitsAsCheckWouldAndTakesNoReportOptions() throws Exception {
        Path dir = Path.of("target", "cli-test", "diff-exit");
        Cli.deleteRecursively(dir);
        Files.createDirectories(dir);
        Path policy = dir.resolve("old-version.json");
        String text = "{\"Version\": \"2008-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\","
                + " \"Resource\": \"arn:aws:s3:::b/*\"}]}\n";
        Files.writeString(policy, text);
        assertThat(Cli.run("check", "--quiet", dir.toString()).out()).contains("warning CCM108").contains("1 finding");

        Cli.Run r = Cli.run("fix", "--diff", dir.toString());
        assertThat(r.exit()).as("only a warning: below the default --fail-on error").isZero();
        assertThat(r.out()).startsWith("--- a/").contains("+{\"Version\": \"2012-10-17\"").doesNotContain("CCM108");
        assertThat(Cli.run("fix", "--diff", "--fail-on", "warning", dir.toString()).exit()).isEqualTo(1);
        assertThat(Cli.run("fix", "--diff", "-f", "text", dir.toString()).exit()).isZero();

        Cli.Run json = Cli.run("fix", "--diff", "-f", "json", dir.toString());
        assertThat(json.exit()).isEqualTo(2);
        assertThat(json.err()).contains("--diff").contains("--format");
        assertThat(json.out()).isEmpty();
        Cli.Run output = Cli.run("fix", "--diff", "-o", dir.resolve("report.txt").toString(), dir.toString());
        assertThat(output.exit()).isEqualTo(2);
        assertThat(dir.resolve("report.txt")).doesNotExist();
        assertThat(Files.readString(policy)).isEqualTo(text);
    }

    @Test
    void quietFixPrintsNothingWhenThereIsNothingToFix() throws Exception {
        Path dir = Path.of("target", "cli-test", "quiet-fix");
        Cli.deleteRecursively(dir);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("p.json"), "{\"Version\": \"2008-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
                + " \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b/*\"}]}\n");
        Cli.Run first = Cli.run("fix", "--quiet", dir.toString());
        assertThat(first.err()).isEqualTo("fixed 1 finding in 1 file\n");
        assertThat(first.out()).isEmpty();
        Cli.Run clean = Cli.run("fix", "--quiet", dir.toString());
        assertThat(clean.exit()).isZero();
        assertThat(clean.err()).isEmpty();
        assertThat(clean.out()).isEmpty();
        assertThat(Cli.run("fix", dir.toString()).err()).isEqualTo("fixed 0 findings in 0 files\n");
    }

    @Test
    void fixThenCheckNoLongerReportsAndASecondFixChangesNothing() throws Exception {
        Path ex = Cli.copyOfExamples("fix");
        Cli.Run fix = Cli.run("fix", "--quiet", ex.toString());
        assertThat(fix.err()).contains("fixed 14 findings in 12 files");
        assertThat(fix.exit()).as("CCM001/CCM002 remain: they have no fix").isEqualTo(1);
        Cli.Run check = Cli.run("check", "--quiet", ex.toString());
        assertThat(check.out()).doesNotContain("CCM101").doesNotContain("CCM108")
                .doesNotContain("CCM313").doesNotContain("CCM501").doesNotContain("CCM110").doesNotContain("CCM314")
                .contains("4 fixable"); // CCM204's narrowing, CCM401's approval step, CCM105's role/Deployer and
                                        // CCM107's ec2:DescribeRegions: unsafe, need --unsafe
        assertThat(check.out().lines().filter(l -> l.contains("CCM303")))
                .as("only the Helm chart's CCM303 is left: a key to add to rendered manifests is not offered as a fix")
                .singleElement().asString().contains("helm/delegate/templates/deployment.yaml:25:5");
        Map<String, String> after = hashes(ex);
        Cli.Run again = Cli.run("fix", ex.toString());
        assertThat(again.err()).contains("fixed 0 findings in 0 files");
        assertThat(hashes(ex)).isEqualTo(after);
    }

    @Test
    void fixKeepsEveryByteItDoesNotEdit() throws Exception {
        Path ex = Cli.copyOfExamples("bytes");
        Path file = ex.resolve("iam/connector-roles/s3-write/HarnessS3Write.json");
        String before = Files.readString(file);
        Cli.run("fix", ex.toString());
        String after = Files.readString(file);
        int insertAt = before.lastIndexOf("}\n    ]");
        assertThat(after).startsWith(before.substring(0, insertAt + 1)).endsWith(before.substring(insertAt + 1));
        assertThat(after.length()).isGreaterThan(before.length());
    }

    @Test
    void unsafeFixNarrowsTheGitOpsGuidesArgoCdTrustToTheTwoAnnotatedServiceAccounts() throws Exception {
        Path ex = Cli.copyOfExamples("unsafe");
        Path trust = ex.resolve("iam/trust/ArgoCD.json");
        assertThat(Files.readString(trust)).contains("\"StringLike\"").contains("system:serviceaccount:argocd:*");
        Cli.run("fix", ex.toString());
        assertThat(Files.readString(trust)).as("safe fixes leave the wildcard").contains("system:serviceaccount:argocd:*");
        Cli.run("fix", "--unsafe", ex.toString());
        String after = Files.readString(trust);
        assertThat(after).doesNotContain("StringLike").doesNotContain("argocd:*")
                .contains("\"system:serviceaccount:argocd:argocd-application-controller\", \"system:serviceaccount:argocd:argocd-server\"")
                .contains(":aud\": \"sts.amazonaws.com\"");
        assertThat(Cli.run("check", "--quiet", ex.toString()).out()).doesNotContain("ArgoCD.json");
    }

    private static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                try {
                    out.put(p.toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }
}
