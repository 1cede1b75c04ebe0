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

    List<Path> roots() {
        return paths.isEmpty() ? List.of(Path.of(".")) : paths;
    }

    LintConfig loadConfig() throws ConfigException {
        if (config != null) {
            if (!Files.isRegularFile(config)) {
                throw new ConfigException("config file not found: " + config);
            }
            return ConfigLoader.load(config);
        }
        Path start = roots().get(0);
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
        return new Linter(RuleRegistry.discover(Thread.currentThread().getContextClassLoader()), loadConfig(), n)
                .withSuppressions(new SuppressionOptions(strict, b, Clock.systemDefaultZone()));
    }

    static Severity failOn(String value) throws ConfigException {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--fail-on: " + e.getMessage());
        }
    }
}
