package io.ccmlint.core.hostile;

import static io.ccmlint.core.hostile.Hostile.POLICY;
import static io.ccmlint.core.hostile.Hostile.assertAt;
import static io.ccmlint.core.hostile.Hostile.lint;
import static io.ccmlint.core.hostile.Hostile.onlyFailure;
import static io.ccmlint.core.hostile.Hostile.policies;
import static io.ccmlint.core.hostile.Hostile.policyFiles;
import static io.ccmlint.core.hostile.Hostile.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.FileCollector;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.workspace.ParseFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile file-system objects: links, loops, pipes, devices, unreadable files, folders named like files; and timeouts. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileFilesTest {
    @TempDir
    Path dir;

    @Test
    void aSymlinkToAFileIsReadThroughTheLink() throws Exception {
        Path real = write(dir, "real/policy.json", POLICY);
        Files.createSymbolicLink(dir.resolve("linked.json"), real);
        LintResult r = lint(dir);
        assertThat(r.workspace().parseFailures()).isEmpty();
        assertThat(policyFiles(r))
                .containsExactly("linked.json", "real/policy.json");
    }

    @Test
    void symlinkLoopsInFoldersAreNotFollowed() throws Exception {
        write(dir, "a/policy.json", POLICY);
        Files.createSymbolicLink(dir.resolve("a/loop"), dir);           // a folder containing its ancestor
        Files.createSymbolicLink(dir.resolve("a/self.json"), dir.resolve("a/self.json")); // a link to itself
        Files.createSymbolicLink(dir.resolve("a/ping.yaml"), dir.resolve("a/pong.yaml")); // two links to each other
        Files.createSymbolicLink(dir.resolve("a/pong.yaml"), dir.resolve("a/ping.yaml"));
        Files.createSymbolicLink(dir.resolve("a/dangling.tf"), dir.resolve("nowhere.tf"));
        Files.createSymbolicLink(dir.resolve("a/dir-link.json"), dir.resolve("a")); // a link to a folder, named like a file
        LintResult r = lint(dir);
        assertThat(policies(r)).hasSize(1);
        assertThat(r.workspace().parseFailures()).extracting(f -> f.span().file().displayPath())
                .containsExactly("a/dangling.tf", "a/ping.yaml", "a/pong.yaml", "a/self.json");
        assertThat(r.workspace().parseFailures()).allSatisfy(f -> {
            assertThat(f.message()).isEqualTo("a symbolic link that leads nowhere (a missing target or a loop); not read");
            assertAt(f, 1, 1);
        });
    }

    @Test
    void aFolderNamedLikeAFileKindIsWalked() throws Exception {
        write(dir, "x.json/policy.json", POLICY);
        write(dir, "y.tf/main.tf", "locals {\n  a = 1\n}\n");
        Files.createDirectories(dir.resolve("empty.yaml"));
        LintResult r = lint(dir);
        assertThat(r.workspace().parseFailures()).isEmpty();
        assertThat(policyFiles(r)).containsExactly("x.json/policy.json");
        assertThat(r.filesChecked()).isEqualTo(2);
        // named explicitly, it is still a folder to walk
        assertThat(FileCollector.collect(List.of(dir.resolve("x.json")), LintConfig.defaults(dir))).hasSize(1);
    }

    @Test
    void namedPipesAndDevicesAreNotRead() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
        Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero")); // would never end
        Files.createSymbolicLink(dir.resolve("null.tf"), Path.of("/dev/null"));
        write(dir, "ok.json", POLICY);
        LintResult r = lint(dir);
        assertThat(policies(r)).hasSize(1);
        assertThat(r.workspace().parseFailures()).extracting(f -> f.span().file().displayPath() + ": " + f.message())
                .containsExactly(
                        "null.tf: not a regular file (a named pipe, device or socket); not read",
                        "pipe.json: not a regular file (a named pipe, device or socket); not read",
                        "zero.yaml: not a regular file (a named pipe, device or socket); not read");
        // named explicitly as well
        LintResult explicit = new Linter(RuleRegistry.of(List.of()), LintConfig.defaults(dir), 1, ParseLimits.DEFAULT, dir)
                .lint(List.of(fifo));
        assertThat(explicit.workspace().parseFailures()).hasSize(1);
    }

    @Test
    void unreadableFiles() throws Exception {
        Path p = write(dir, "secret.json", POLICY);
        write(dir, "ok.json", POLICY);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        try {
            // root reads every file whatever its mode: this part cannot be tested as root
            assumeTrue(!Files.isReadable(p), "running as root: file modes do not stop reading (covered by the read-error path below)");
            ParseFailure f = onlyFailure(lint(dir), "secret.json");
            assertThat(f.message()).startsWith("cannot read file: ");
            assertAt(f, 1, 1);
        } finally {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void aFileThatCannotBeReadIsAFindingEvenAsRoot() throws Exception {
        // an I/O error while reading, whoever runs the test: reading a folder through a path ending in a file name
        write(dir, "ok.json", POLICY);
        Path folder = Files.createDirectories(dir.resolve("sub"));
        LintResult r = new Linter(RuleRegistry.of(List.of()), LintConfig.defaults(dir), 1, ParseLimits.DEFAULT, dir)
                .lint(List.of(dir.resolve("ok.json"), folder));
        assertThat(r.workspace().parseFailures()).isEmpty();
        Path unreadable = dir.resolve("proc.json");
        Files.createSymbolicLink(unreadable, Path.of("/proc/self/mem")); // a regular file that cannot be read
        assumeTrue(Files.isRegularFile(unreadable), "no /proc");
        ParseFailure f = onlyFailure(lint(dir), "proc.json");
        assertThat(f.message()).startsWith("cannot read file: ");
    }

    // --- --file-timeout ---------------------------------------------------------------------

    @Test
    void aFileTakingLongerThanTheTimeoutIsAFindingAndTheRunGoesOn() throws Exception {
        write(dir, "big.tf", ("resource \"aws_iam_policy\" \"p\" {\n  policy = <<EOF\n" + POLICY + "EOF\n}\n").repeat(200_000));
        write(dir, "small/ok.json", POLICY);
        // 200 ms: the 35 MB file takes 1-2 s to read and evaluate; the small file must not time out
        // while the abandoned read of the big one still competes for the processors (1 ms did, once)
        ParseLimits quick = ParseLimits.DEFAULT.withFileTimeout(Duration.ofMillis(200));
        LintResult r = new Linter(RuleRegistry.of(List.of(new Hostile.EveryPolicy())), LintConfig.defaults(dir), 1, quick, dir)
                .lint(List.of(dir));
        ParseFailure f = r.workspace().parseFailures().get(0);
        assertThat(f.span().file().displayPath()).isEqualTo("big.tf");
        assertThat(f.message()).isIn(
                "reading this file took longer than 200ms (--file-timeout, limits.fileTimeout in the configuration); skipped",
                "evaluating the Terraform files of this folder took longer than 200ms (--file-timeout, limits.fileTimeout in the configuration); skipped");
        assertAt(f, 1, 1);
        assertThat(policyFiles(r)).contains("small/ok.json");
    }

    @Test
    void theDefaultTimeoutIsGenerous() throws Exception {
        assertThat(ParseLimits.DEFAULT.fileTimeout()).isEqualTo(Duration.ofSeconds(30));
        write(dir, "ok.json", POLICY);
        assertThat(lint(dir).workspace().parseFailures()).isEmpty();
    }

    @Test
    void durations() {
        assertThat(ParseLimits.parseDuration("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(ParseLimits.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(ParseLimits.parseDuration("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(ParseLimits.parseDuration("7")).isEqualTo(Duration.ofSeconds(7));
        assertThat(ParseLimits.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(ParseLimits.format(Duration.ofSeconds(30))).isEqualTo("30s");
        for (String bad : List.of("0s", "-1s", "1h", "fast", "")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ParseLimits.parseDuration(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
