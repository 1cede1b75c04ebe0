package io.ccmlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's first-use build, as a user sees it when stderr is a file or a pipe (CI logs,
 * editors): Maven's output is passed on without ANSI escapes, and a failed build exits 2. A
 * stand-in {@code mvn} on the PATH prints what Maven 3.8 prints in batch mode (a stray
 * {@code ESC[0m}) and fails, so no real build runs.
 */
class LauncherBuildOutputTest {
    @TempDir
    Path dir;

    @Test
    void aBuildWithoutATerminalPrintsNoEscapes() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path launcher = dir.resolve("ccm-lint");
        Files.copy(root.resolve("ccm-lint"), launcher);
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\nprintf '\\033[0m\\033[1m[ERROR] compilation failed\\033[m\\n'\n"
                + "printf '\\033[0m' >&2\nexit 1\n");
        assertThat(mvn.toFile().setExecutable(true)).isTrue();
        Path err = dir.resolve("stderr.txt");

        ProcessBuilder pb = new ProcessBuilder("bash", launcher.toString(), "check", ".")
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(err.toFile());
        pb.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(stderr).contains("[ERROR] compilation failed").contains("the build failed")
                .doesNotContain("\u001b");
    }
}
