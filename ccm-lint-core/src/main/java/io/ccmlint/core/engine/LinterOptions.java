package io.ccmlint.core.engine;

import io.ccmlint.core.config.ConfigLookup;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.workspace.WorkspaceSource;
import io.ccmlint.core.workspace.WorkspaceSources;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a front end (the command line, the Maven plugin, a language server) says about how to
 * lint, as the user gave it; {@link LinterFactory#create} resolves it (finds and loads the
 * configuration, reads the baseline, collects the files to report on) into a {@link Linter}.
 * What to lint is the argument of {@link Linter#lint}. Built with {@link #builder}.
 */
public final class LinterOptions {
    private final RuleRegistry rules;
    private final ConfigLookup config;
    private final Integer jobs;
    private final ParseLimits limits;
    private final Duration fileTimeout;
    private final Path displayBase;
    private final boolean strict;
    private final Path baseline;
    private final Clock clock;
    private final List<Path> reportOn;
    private final Set<Path> reportOnlyFiles;
    private final boolean runRules;
    private final long textBudget;
    private final boolean everyRuleEverywhere;
    private final List<WorkspaceSource> sources;
    private final BaseFiles baseFiles;

    private LinterOptions(Builder b) {
        rules = b.rules;
        config = b.config;
        jobs = b.jobs;
        limits = b.limits;
        fileTimeout = b.fileTimeout;
        displayBase = b.displayBase.toAbsolutePath().normalize();
        strict = b.strict;
        baseline = b.baseline;
        clock = b.clock;
        reportOn = b.reportOn == null ? null : List.copyOf(b.reportOn);
        reportOnlyFiles = b.reportOnlyFiles == null ? null : Set.copyOf(b.reportOnlyFiles);
        runRules = b.runRules;
        textBudget = b.textBudget;
        everyRuleEverywhere = b.everyRuleEverywhere;
        sources = List.copyOf(b.sources);
        baseFiles = b.baseFiles;
    }

    /** Options with the built-in defaults, running these rules. */
    public static Builder builder(RuleRegistry rules) {
        return new Builder(rules);
    }

    public RuleRegistry rules() {
        return rules;
    }

    public ConfigLookup config() {
        return config;
    }

    /** Threads reading files and running rules; null: the number of processors. */
    public Integer jobs() {
        return jobs;
    }

    /** Reader limits; null: the configuration's ({@code limits:}). */
    public ParseLimits limits() {
        return limits;
    }

    /** Overrides the file timeout of {@link #limits()} ({@code --file-timeout}); null: no override. */
    public Duration fileTimeout() {
        return fileTimeout;
    }

    /** Paths in findings are shown relative to this folder when below it. */
    public Path displayBase() {
        return displayBase;
    }

    public boolean strict() {
        return strict;
    }

    /** The baseline file whose findings are hidden, or null. */
    public Path baseline() {
        return baseline;
    }

    public Clock clock() {
        return clock;
    }

    /** Only findings in the files below these paths are reported; null: every file read. */
    public List<Path> reportOn() {
        return reportOn;
    }

    /** Only findings in these files are reported; null: every file read. */
    public Set<Path> reportOnlyFiles() {
        return reportOnlyFiles;
    }

    public boolean runRules() {
        return runRules;
    }

    public long textBudget() {
        return textBudget;
    }

    /** Every rule runs on every workspace, whatever parts it reports on ({@code RuleInfo.reportsOn}). */
    public boolean everyRuleEverywhere() {
        return everyRuleEverywhere;
    }

    public List<WorkspaceSource> sources() {
        return sources;
    }

    /** The files at a pull request's base ({@link io.ccmlint.core.workspace.Workspace#base()}); null: none. */
    public BaseFiles baseFiles() {
        return baseFiles;
    }

    /** Named settings, each with its default. */
    public static final class Builder {
        private final RuleRegistry rules;
        private ConfigLookup config = ConfigLookup.nearest(List.of(Path.of(".")), null);
        private Integer jobs;
        private ParseLimits limits;
        private Duration fileTimeout;
        private Path displayBase = Path.of("");
        private boolean strict;
        private Path baseline;
        private Clock clock = Clock.systemDefaultZone();
        private Collection<Path> reportOn;
        private Collection<Path> reportOnlyFiles;
        private boolean runRules = true;
        private long textBudget = TextBudget.DEFAULT_CHARS;
        private boolean everyRuleEverywhere;
        private List<WorkspaceSource> sources = WorkspaceSources.BUILT_IN;
        private BaseFiles baseFiles;

        private Builder(RuleRegistry rules) {
            this.rules = Objects.requireNonNull(rules);
        }

        /** Which configuration (default: the nearest {@code .ccm-lint.yml} from the working directory upwards). */
        public Builder config(ConfigLookup lookup) {
            config = Objects.requireNonNull(lookup);
            return this;
        }

        /** Threads reading files and running rules; null (the default): the number of processors. At least 1. */
        public Builder jobs(Integer n) {
            jobs = n;
            return this;
        }

        /** Reader limits (default: the configuration's). */
        public Builder limits(ParseLimits l) {
            limits = l;
            return this;
        }

        /** The time one file's reading (or one Terraform folder's evaluation) may take, over the limits' own. */
        public Builder fileTimeout(Duration timeout) {
            fileTimeout = timeout;
            return this;
        }

        /**
         * Paths in findings are shown relative to this folder when below it (default: the working
         * directory; the Maven plugin: the top of the build).
         */
        public Builder displayBase(Path folder) {
            displayBase = Objects.requireNonNull(folder);
            return this;
        }

        /** Ignore every suppression and the baseline (an audit run; then the baseline is not even read). */
        public Builder strict(boolean on) {
            strict = on;
            return this;
        }

        /** A baseline file ({@code check --write-baseline}) whose findings are hidden; null: none. */
        public Builder baseline(Path file) {
            baseline = file;
            return this;
        }

        /** Decides when a suppression's {@code until} date has passed (fixed in tests). */
        public Builder clock(Clock c) {
            clock = Objects.requireNonNull(c);
            return this;
        }

        /**
         * Report only on the files below these paths (collected with the run's configuration), while
         * every file the linter is given is still read: the pre-commit hook's staged files with
         * {@code --workspace}. Null (the default): report on every file read.
         */
        public Builder reportOn(Collection<Path> paths) {
            reportOn = paths;
            return this;
        }

        /**
         * Report only on these files ({@code --changed-since}); with {@link #reportOn} too, only on
         * files in both. Null (the default): no such restriction.
         */
        public Builder reportOnlyFiles(Collection<Path> files) {
            reportOnlyFiles = files;
            return this;
        }

        /**
         * False: read, parse and model every file (the workspace is built) but run no rule
         * ({@code check --no-rules}, the benchmark's parse-only run).
         */
        public Builder runRules(boolean on) {
            runRules = on;
            return this;
        }

        /** Characters of text the findings of files checked on their own may keep unpacked ({@link TextBudget}). */
        public Builder textBudget(long chars) {
            textBudget = chars;
            return this;
        }

        /**
         * Runs every rule on every workspace, whatever parts it declares it reports on: what the
         * test of those declarations compares a run against.
         */
        public Builder everyRuleEverywhere(boolean on) {
            everyRuleEverywhere = on;
            return this;
        }

        /** Where models come from, in completion order (default: {@link WorkspaceSources#BUILT_IN}). */
        public Builder sources(List<WorkspaceSource> list) {
            sources = List.copyOf(list);
            return this;
        }

        /**
         * The files at a pull request's base ({@code --changed-since}): every workspace of a lint
         * then has a {@linkplain io.ccmlint.core.workspace.Workspace#base() base}, built from them
         * when a rule first asks. Null (the default): none.
         */
        public Builder baseFiles(BaseFiles files) {
            baseFiles = files;
            return this;
        }

        public LinterOptions build() {
            return new LinterOptions(this);
        }
    }
}
