package io.ccmlint.cli.fuzz;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.workspace.ParseFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fuzz input as one file in a fresh folder: the first byte picks the file name (and so the
 * format), the rest is the content. All rules are on (they come from the rules module).
 */
final class OneFile {
    static final String[] NAMES = {"policy.json", "manifest.yaml", "main.tf", "main.tf.json", "pipeline.yml"};
    private static final RuleRegistry RULES = RuleRegistry.discover(OneFile.class.getClassLoader());
    private static Path base;

    private OneFile() {
    }

    static Path write(byte[] data) {
        try {
            if (base == null) {
                Path created = Files.createTempDirectory("ccm-lint-fuzz");
                base = created;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> { // not left in the system temp folder
                    try {
                        delete(created);
                    } catch (IOException e) {
                        // best effort at exit
                    }
                }));
            }
            Path dir = base.resolve("run");
            delete(dir);
            Files.createDirectories(dir);
            String name = data.length == 0 ? NAMES[0] : NAMES[Math.floorMod(data[0], NAMES.length)];
            Files.write(dir.resolve(name), data.length == 0 ? data : Arrays.copyOfRange(data, 1, data.length));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path tree) throws IOException {
        if (Files.exists(tree)) {
            try (Stream<Path> s = Files.walk(tree)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static Linter linter(Path dir) {
        return new Linter(RULES, LintConfig.defaults(dir), 1, ParseLimits.DEFAULT, dir);
    }

    /** No internal error, no failure that hides one. */
    static LintResult checkClean(LintResult r) {
        if (!r.internalErrors().isEmpty()) {
            throw new AssertionError("internal errors: " + r.internalErrors());
        }
        for (ParseFailure f : r.workspace().parseFailures()) {
            if (f.message().contains("internal error")) {
                throw new AssertionError(f.message());
            }
        }
        return r;
    }
}
