package io.ccmlint.cli;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.config.ConfigLoader;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.suppress.Baseline;
import io.ccmlint.core.suppress.SuppressionOptions;
import java.time.Clock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by {@code check} and {@code fix}. */
final class LintOptions {
    @Parameters(paramLabel = "PATH", description = "Files and folders to lint (default: the current folder).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: the nearest .ccm-lint.yml from the first PATH upwards,"
                    + " else from the working directory upwards, stopping at the repository root).")
    Path config;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Hide the findings recorded in FILE (see check --write-baseline); only new ones count.")
    Path baseline;

    @Option(names = "--strict", description = "Ignore every suppression and the baseline (an audit run).")
    boolean strict;

    @Option(names = "--jobs", paramLabel = "N", description = "Files read in parallel (default: the number of processors).")
    Integer jobs;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    @Option(names = "--file-timeout", paramLabel = "DURATION",
            description = "A file whose reading takes longer (30s, 500ms, 2m) is a CCM001 finding and the run goes on"
                    + " (default: limits.fileTimeout of the configuration, else 30s).")
    String fileTimeout;

    /** {@code --file-timeout} over the configuration's {@code limits.fileTimeout}. */
    private Linter withFileTimeout(Linter linter) throws ConfigException {
        if (fileTimeout == null) {
            return linter;
        }
        try {
            return linter.withLimits(linter.limits().withFileTimeout(io.ccmlint.core.tree.ParseLimits.parseDuration(fileTimeout)));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--file-timeout: " + e.getMessage());
        }
    }

    @Option(names = "--changed-since", paramLabel = "GIT_REF",
            description = "Report only on the files changed since the merge base of GIT_REF and HEAD (committed,"
                    + " uncommitted and untracked), while still reading every file below PATH for context.")
    String changedSince;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Read every file below DIR for context but report only on the given PATHs"
                    + " (the pre-commit hook: the staged files, with the rest of the repository as context).")
    Path workspace;

    /** The files and folders read: the workspace (when given) and the PATHs. */
    List<Path> roots() {
        List<Path> given = paths.isEmpty() && workspace == null ? List.of(Path.of(".")) : paths;
        if (workspace == null) {
            return given;
        }
        List<Path> all = new ArrayList<>();
        all.add(workspace);
        all.addAll(given);
        return all;
    }

    /** The PATHs (default {@code .}), where the configuration and git are looked for. */
    private Path firstPath() {
        return paths.isEmpty() ? (workspace == null ? Path.of(".") : workspace) : paths.get(0);
    }

    /** The files to report on, or null for every file read. */
    private java.util.Set<Path> reported(LintConfig cfg) throws ConfigException {
        java.util.Set<Path> out = null;
        if (workspace != null && !paths.isEmpty()) {
            out = new java.util.HashSet<>(io.ccmlint.core.engine.FileCollector.collect(paths, cfg));
        }
        if (changedSince != null) {
            java.util.Set<Path> changed = ChangedFiles.since(changedSince, firstPath());
            if (out != null) {
                out.retainAll(changed);
            } else {
                out = changed;
            }
        }
        return out;
    }

    LintConfig loadConfig() throws ConfigException {
        if (config != null) {
            if (!Files.isRegularFile(config)) {
                throw new ConfigException("config file not found: " + config);
            }
            return ConfigLoader.load(config);
        }
        Path start = firstPath();
        Path found = ConfigLoader.find(Files.exists(start) ? start : Path.of("."));
        if (found == null) {
            found = ConfigLoader.find(Path.of("."));
        }
        if (found != null) {
            return ConfigLoader.load(found);
        }
        Path base = start.toAbsolutePath().normalize();
        return LintConfig.defaults(Files.isDirectory(base) ? base : base.getParent());
    }

    Linter linter() throws ConfigException {
        return linter(true);
    }

    /** The linter; with {@code useBaseline} false the {@code --baseline} file is not read (when writing one). */
    Linter linter(boolean useBaseline) throws ConfigException {
        int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (n < 1) {
            throw new ConfigException("--jobs must be at least 1");
        }
        Baseline b = useBaseline && baseline != null && !strict ? Baseline.read(baseline) : null;
        LintConfig cfg = loadConfig();
        Linter linter = new Linter(RuleRegistry.discover(Thread.currentThread().getContextClassLoader()), cfg, n)
                .withSuppressions(new SuppressionOptions(strict, b, Clock.systemDefaultZone()));
        linter = withFileTimeout(linter);
        java.util.Set<Path> reported = reported(cfg);
        return reported == null ? linter : linter.reportingOnly(reported);
    }

    static Severity failOn(String value) throws ConfigException {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--fail-on: " + e.getMessage());
        }
    }
}
