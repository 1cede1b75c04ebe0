package io.ccmlint.core.engine;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.suppress.Baseline;
import io.ccmlint.core.suppress.SuppressionOptions;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Turns what a front end says ({@link LinterOptions}) into a {@link Linter}: the one way every front end makes one. */
public final class LinterFactory {
    private LinterFactory() {
    }

    /**
     * Checks the options, reads the baseline (once: every lint of the linter uses it, e.g. each
     * pass of {@code fix}), finds and loads the configuration, and collects the files to report on.
     *
     * @throws ConfigException a setting is invalid, or the configuration or baseline cannot be read
     */
    public static Linter create(LinterOptions options) throws ConfigException {
        if (options.jobs() != null && options.jobs() < 1) {
            throw new ConfigException("jobs must be at least 1");
        }
        Baseline baseline = options.baseline() != null && !options.strict() ? Baseline.read(options.baseline()) : null;
        LintConfig config = options.config().load();
        return new Linter(options, config, new SuppressionOptions(options.strict(), baseline, options.clock()),
                reportOnly(options, config));
    }

    /** The files findings are reported in: those below {@code reportOn} and among {@code reportOnlyFiles}; null: all. */
    private static Set<Path> reportOnly(LinterOptions options, LintConfig config) throws ConfigException {
        Set<Path> out = null;
        if (options.reportOn() != null) {
            out = new HashSet<>(FileCollector.collect(options.reportOn(), config));
            for (Path p : options.reportOn()) { // a chart's template is not linted on its own, but findings land there
                Path abs = p.toAbsolutePath().normalize();
                if (java.nio.file.Files.isRegularFile(abs) && io.ccmlint.core.helm.chart.ChartFolders.isInRenderedContent(abs)) {
                    out.add(abs);
                }
            }
        }
        if (options.reportOnlyFiles() != null) {
            Set<Path> files = new HashSet<>();
            options.reportOnlyFiles().forEach(f -> files.add(f.toAbsolutePath().normalize()));
            if (out == null) {
                out = files;
            } else {
                out.retainAll(files);
            }
        }
        return out;
    }
}
