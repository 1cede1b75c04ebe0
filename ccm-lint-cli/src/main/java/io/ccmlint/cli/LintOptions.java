package io.ccmlint.cli;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.config.ConfigLookup;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.LinterFactory;
import io.ccmlint.core.engine.LinterOptions;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.tree.ParseLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** Options shared by {@code check} and {@code fix}. */
final class LintOptions {
    static final Subcommand.Argument PATHS = Subcommand.Argument.any("PATH", "Files and folders to lint (default: the current folder).");

    List<Path> paths = new ArrayList<>();
    Path config;
    Path baseline;
    boolean strict;
    Integer jobs;
    String fileTimeout;
    String changedSince;
    Path workspace;

    /** Adds these options to a command's. */
    static Options declare(Options options) {
        return options
                .addOption(Args.valued("config", "FILE", "Configuration file (default: the nearest .ccm-lint.yml from the first"
                        + " PATH upwards, else from the working directory upwards, stopping at the repository root)."))
                .addOption(Args.valued("baseline", "FILE",
                        "Hide the findings recorded in FILE (see check --write-baseline); only new ones count."))
                .addOption(Args.flag("strict", "Ignore every suppression and the baseline (an audit run)."))
                .addOption(Args.valued("jobs", "N", "Files read in parallel (default: the number of processors)."))
                .addOption(Args.flag("debug", "Show stack traces of internal errors."))
                .addOption(Args.valued("file-timeout", "DURATION", "A file whose reading takes longer (30s, 500ms, 2m) is a"
                        + " CCM001 finding and the run goes on (default: limits.fileTimeout of the configuration, else 30s)."))
                .addOption(Args.valued("changed-since", "GIT_REF", "Report only on the files changed since the merge base of"
                        + " GIT_REF and HEAD (committed, uncommitted and untracked), while still reading every file below PATH"
                        + " for context. Rules that compare with that merge base read its files from git's objects (nothing"
                        + " is checked out)."))
                .addOption(Args.valued("workspace", "DIR", "Read every file below DIR for context but report only on the"
                        + " given PATHs (the pre-commit hook: the staged files, with the rest of the repository as context)."));
    }

    /** The options given on a parsed command line. */
    static LintOptions of(CommandLine line) throws UsageError {
        LintOptions o = new LintOptions();
        for (String p : line.getArgList()) {
            o.paths.add(Args.path("PATH", p));
        }
        o.config = Args.path(line, "config");
        o.baseline = Args.path(line, "baseline");
        o.strict = Args.isSet(line, "strict");
        Long jobs = Args.number(line, "jobs");
        // below 1 is the engine's error to word (LinterFactory); past int's range, more than any machine runs
        o.jobs = jobs == null ? null : (int) Math.min(Math.max(jobs, 0), Integer.MAX_VALUE);
        o.fileTimeout = Args.single(line, "file-timeout");
        o.changedSince = Args.single(line, "changed-since");
        o.workspace = Args.path(line, "workspace");
        return o;
    }

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

    /**
     * The linter these options describe. The configuration is looked for from the first PATH
     * upwards, then from the working directory upwards; paths are shown relative to the working
     * directory. {@code check} adds its own options before making the linter.
     */
    LinterOptions.Builder options() throws ConfigException {
        ChangedFiles.Since since = changedSince == null ? null : ChangedFiles.since(changedSince, firstPath());
        return LinterOptions.builder(RuleRegistry.discover(Thread.currentThread().getContextClassLoader()))
                .config(config != null ? ConfigLookup.file(config) : ConfigLookup.nearest(List.of(firstPath(), Path.of(".")), null))
                .jobs(jobs)
                .fileTimeout(fileTimeout())
                .strict(strict)
                .baseline(baseline)
                .reportOn(workspace != null && !paths.isEmpty() ? paths : null)
                .reportOnlyFiles(since == null ? null : since.files())
                .baseFiles(since == null ? null : new GitBaseFiles(since)); // read only when a rule asks for the base
    }

    Linter linter() throws ConfigException {
        return LinterFactory.create(options().build());
    }

    private Duration fileTimeout() throws ConfigException {
        try {
            return fileTimeout == null ? null : ParseLimits.parseDuration(fileTimeout);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--file-timeout: " + e.getMessage());
        }
    }

    static Severity failOn(String value) throws ConfigException {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--fail-on: " + e.getMessage());
        }
    }
}
