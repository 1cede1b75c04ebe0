package io.ccmlint.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.ccmlint.core.engine.FixRunner;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.fix.FixPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The fixer on a fuzzed file, every fix applied (safe and unsafe): a file that parsed still
 * parses, the fixer converges (nothing left to fix), and a second run changes nothing.
 */
class FixerFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void fixTwice(byte[] data) throws Exception {
        Path dir = OneFile.write(data);
        Linter linter = OneFile.linter(dir);
        int failuresBefore = OneFile.checkClean(linter.lint(List.of(dir))).workspace().parseFailures().size();
        FixRunner.Outcome first = FixRunner.fix(linter, List.of(dir), true);
        if (!first.writeErrors().isEmpty()) {
            throw new AssertionError("write errors: " + first.writeErrors());
        }
        OneFile.checkClean(first.after());
        if (first.after().workspace().parseFailures().size() > failuresBefore) {
            throw new AssertionError("a fix broke the file: " + first.after().workspace().parseFailures()
                    + " after fixing " + first.fixed());
        }
        if (!FixPlan.of(first.after().findings(), true, f -> true).isEmpty()) {
            throw new AssertionError("fix did not converge: still fixable " + first.after().findings());
        }
        Map<Path, byte[]> afterFirst = snapshot(dir);
        FixRunner.Outcome second = FixRunner.fix(linter, List.of(dir), true);
        if (!second.fixed().isEmpty() || !second.filesChanged().isEmpty()) {
            throw new AssertionError("the second fix run changed " + second.filesChanged() + ": " + second.fixed());
        }
        Map<Path, byte[]> afterSecond = snapshot(dir);
        if (!afterFirst.keySet().equals(afterSecond.keySet())
                || afterFirst.entrySet().stream().anyMatch(e -> !java.util.Arrays.equals(e.getValue(), afterSecond.get(e.getKey())))) {
            throw new AssertionError("the second fix run changed the files");
        }
    }

    private static Map<Path, byte[]> snapshot(Path dir) throws Exception {
        Map<Path, byte[]> out = new HashMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(p, Files.readAllBytes(p));
            }
        }
        return out;
    }
}
