package io.ccmlint.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.fix.FileWriter;
import io.ccmlint.core.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fix} is atomic: a process killed (SIGKILL) while it writes a fixed file leaves the
 * original intact, and the only trace is a hidden temporary file next to it.
 */
class FixAtomicityTest {
    @TempDir
    Path dir;

    /** The child: rewrites args[0] with a text of args[1] MB, slowly enough to be killed during the write. */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        SourceFile original = SourceFile.decode(target, target.getFileName().toString(), Files.readAllBytes(target));
        String huge = "{\"Version\": \"2012-10-17\", \"Statement\": [], \"x\": \"" + "y".repeat(Integer.parseInt(args[1]) << 20) + "\"}\n";
        System.out.println("WRITING");
        System.out.flush();
        FileWriter.write(original, huge);
        System.out.println("DONE");
    }

    @Test
    void killedMidWriteLeavesTheOriginalIntact() throws Exception {
        Path log = dir.resolve("child.log");
        dir = Files.createDirectories(dir.resolve("work"));
        Path target = Files.writeString(dir.resolve("policy.json"), Hostile.POLICY);
        byte[] before = Files.readAllBytes(target);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                FixAtomicityTest.class.getName(), target.toString(), "768").redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean killedDuringWrite = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            Path tmp = tempFile();
            if (tmp != null && Files.size(tmp) > 0) {
                p.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook runs
                killedDuringWrite = true;
                break;
            }
            Thread.sleep(1);
        }
        p.waitFor(30, TimeUnit.SECONDS);
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(killedDuringWrite).as("the child was killed while writing: %s", out).isTrue();
        assertThat(out).doesNotContain("DONE");
        assertThat(Files.readAllBytes(target)).as("the original file").isEqualTo(before);
        Path leftover = tempFile();
        assertThat(leftover).isNotNull();
        assertThat(leftover.getFileName().toString()).startsWith(".policy.json.").endsWith(".ccm-lint.tmp");
        // what a second run reads: only the original (the leftover is hidden and has no known extension)
        assertThat(io.ccmlint.core.engine.FileCollector.collect(List.of(dir), io.ccmlint.core.config.LintConfig.defaults(dir)))
                .containsExactly(target.toAbsolutePath().normalize());
    }

    private Path tempFile() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".ccm-lint.tmp")).findFirst().orElse(null);
        }
    }
}
