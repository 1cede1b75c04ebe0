package io.ccmlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code --changed-since REF} and {@code --workspace DIR}: read everything, report on some files. */
class ChangedSinceTest {
    static Path repo;

    @BeforeAll
    static void repositoryWithHistory() throws Exception {
        repo = Cli.copyOfExamples("changed-since");
        git(repo, "init", "-q", "-b", "main");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "examples");
        git(repo, "checkout", "-q", "-b", "feature");
        // a committed change: s3-read's other policy (HarnessDescribeRegions.json, unchanged) still counts for CCM101
        Path s3read = repo.resolve("iam/connector-roles/s3-read/HarnessS3Read.json");
        Files.writeString(s3read, Files.readString(s3read).replace("\"s3:List*\"", "\"s3:List*\", \"s3:GetBucketLocation\""));
        git(repo, "commit", "-q", "-am", "widen");
        // an uncommitted edit, and an untracked new file
        Path ecr = repo.resolve("iam/policies/ecr-pull.json");
        Files.writeString(ecr, Files.readString(ecr) + "\n");
        Files.writeString(repo.resolve("iam/policies/new.json"),
                "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}\n");
    }

    @Test
    void reportsOnlyOnChangedFilesButReadsEveryFile() {
        Cli.Run r = Cli.run("check", "--quiet", "--fail-on", "warning", "--changed-since", "main", repo.toString());
        String p = repo.toString().replace('\\', '/');
        List<String> files = reportedFiles(r.out());
        assertThat(files).containsOnly(p + "/iam/policies/ecr-pull.json", p + "/iam/policies/new.json");
        assertThat(r.out()).contains(p + "/iam/policies/new.json:1:1: warning CCM108 policy-version")
                .doesNotContain("CCM101") // HarnessS3Read.json changed; HarnessDescribeRegions.json (unchanged) was read
                .endsWith("\n3 files, 2 findings (1 error, 1 warning), 1 fixable\n");
        assertThat(r.exit()).isEqualTo(1);
        // the same file read alone (without its folder) does get CCM101: the context is what --changed-since keeps
        assertThat(Cli.run("check", "--quiet", repo.resolve("iam/connector-roles/s3-read/HarnessS3Read.json").toString()).out())
                .contains("CCM101");
    }

    @Test
    void nothingChangedIsClean() {
        Cli.Run r = Cli.run("check", "--changed-since", "HEAD", repo.resolve("k8s").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("0 files, 0 findings (0 errors, 0 warnings), 0 fixable\n");
    }

    @Test
    void unknownReferenceIsAUsageError() {
        Cli.Run r = Cli.run("check", "--changed-since", "no-such-branch", repo.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("ccm-lint: --changed-since: git merge-base failed: no common history of no-such-branch and HEAD");
        assertThat(Cli.run("check", "--changed-since", "--output=x", repo.toString()).exit()).isEqualTo(2);
    }

    @Test
    void workspaceReadsEverythingAndReportsOnTheGivenFiles() {
        Path s3read = repo.resolve("iam/connector-roles/s3-read/HarnessS3Read.json");
        Cli.Run r = Cli.run("check", "--quiet", "--workspace", repo.toString(), s3read.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        Path trust = repo.resolve("iam/trust/ArgoCD.json");
        Cli.Run t = Cli.run("check", "--quiet", "--workspace", repo.toString(), trust.toString());
        assertThat(reportedFiles(t.out())).containsOnly(trust.toString().replace('\\', '/'));
        assertThat(t.out()).contains("CCM204").endsWith("1 file, 2 findings (1 error, 1 warning), 2 fixable\n");
    }

    @Test
    void aChartsTemplateGivenIsReportedOnThoughItIsRenderedNotRead() {
        Path template = repo.resolve("helm/delegate/templates/deployment.yaml");
        Cli.Run r = Cli.run("check", "--quiet", "--workspace", repo.toString(), template.toString());
        assertThat(reportedFiles(r.out())).containsOnly(template.toString().replace('\\', '/'));
        assertThat(r.out()).contains("deployment.yaml:25:5: error CCM303").endsWith("1 file, 1 finding (1 error, 0 warnings), 0 fixable\n");
        Path values = repo.resolve("helm/values-prod.yaml");
        Cli.Run v = Cli.run("check", "--quiet", "--workspace", repo.toString(), values.toString());
        assertThat(reportedFiles(v.out())).containsOnly(values.toString().replace('\\', '/'));
        assertThat(v.out()).contains("values-prod.yaml:21:18: warning CCM306").contains("CCM309");
    }

    private static List<String> reportedFiles(String quietOut) {
        List<String> files = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^(\\S+\\.(?:json|yaml)):\\d+:\\d+: ").matcher(quietOut);
        while (m.find()) {
            files.add(m.group(1));
        }
        return files;
    }

    static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=ccm-lint test", "-c", "user.email=test@example.com",
                "-c", "commit.gpgsign=false", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + out);
        }
    }
}
