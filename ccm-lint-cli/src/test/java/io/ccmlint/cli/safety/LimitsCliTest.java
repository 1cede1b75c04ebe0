package io.ccmlint.cli.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --file-timeout} and the {@code limits:} configuration, end to end: CCM001 findings, and the run goes on. */
class LimitsCliTest {
    static final String POLICY = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}]}\n";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aFileOverTheTimeoutIsACcm001AndTheRunGoesOn() throws Exception {
        Files.writeString(dir.resolve("big.tf"), ("resource \"aws_iam_policy\" \"p\" {\n  policy = <<EOF\n" + POLICY
                + "EOF\n}\n").repeat(200_000)); // 35 MB: 1-2 s to read and evaluate, far over 200 ms
        Files.createDirectories(dir.resolve("ok"));
        Files.writeString(dir.resolve("ok/policy.json"), POLICY);
        // not 1 ms: the small file must not time out while the abandoned read of the big one still runs
        Run r = run("check", "--no-color", "--quiet", "--file-timeout", "200ms", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("big.tf:1:1: error CCM001 parse-error: ")
                .contains("took longer than 200ms (--file-timeout, limits.fileTimeout in the configuration); skipped")
                .contains("ok/policy.json:1:"); // the other file was still checked
        assertThat(r.err()).isEmpty();
        Run generous = run("check", "--no-color", "--quiet", "--file-timeout", "2m", dir.resolve("ok").toString());
        assertThat(generous.out()).doesNotContain("CCM001");
    }

    @Test
    void aBadTimeoutIsAUsageError() {
        Run r = run("check", "--file-timeout", "soon", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("ccm-lint: --file-timeout: not a duration: \"soon\"");
    }

    @Test
    void limitsComeFromTheConfiguration() throws Exception {
        Files.writeString(dir.resolve(".ccm-lint.yml"), "limits:\n  maxNestingDepth: 3\n  maxFileSize: 200\n");
        Files.writeString(dir.resolve("deep.json"), "[[[[[1]]]]]");
        Files.writeString(dir.resolve("big.json"), POLICY + " ".repeat(300));
        Run r = run("check", "--no-color", "--quiet", dir.toString());
        assertThat(r.out())
                .contains("deep.json:1:4: error CCM001 parse-error: JSON nested deeper than 3 levels")
                .contains("big.json:1:1: error CCM001 parse-error: file is larger than 200 bytes (limits.maxFileSize); not read");

        Files.writeString(dir.resolve(".ccm-lint.yml"), "limits:\n  fileTimeout: forever\n");
        Run bad = run("check", dir.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains(".ccm-lint.yml:2:16: invalid configuration");
    }
}
