package io.ccmlint.core.engine;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.config.ConfigLookup;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.suppress.SuppressedFinding;
import io.ccmlint.core.suppress.SuppressionOptions;
import io.ccmlint.core.suppress.Suppressions;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine: collect files, read them in parallel, build the workspace once (the
 * {@linkplain io.ccmlint.core.workspace.WorkspaceSource sources} make the models), run the rules,
 * and return findings in a deterministic order whatever the number of threads. Made by
 * {@link LinterFactory#create} from a front end's {@link LinterOptions}.
 */
public final class Linter {
    private final LinterOptions options;
    private final LintConfig config;
    private final int jobs;
    private final ParseLimits limits;
    private final SuppressionOptions suppression;
    /**
     * Absolute, normalized paths of the only files reported on ({@code --changed-since}, the
     * pre-commit hook); null: every file read. Every file below the roots is still read, so a role in
     * an unchanged file still informs a changed trust policy, but only findings located in these
     * files (and their suppressed ones) are returned, and only they are counted as checked. The
     * baseline's stale count still considers every file.
     */
    private final Set<Path> reportOnly;

    /**
     * A linter with a configuration in hand and the defaults for everything else (every suppression
     * applies, no baseline, every file reported on): what tests and embedders that load their own
     * configuration need. Front ends use {@link LinterFactory#create}.
     *
     * @param displayBase paths in findings are shown relative to this folder when below it
     */
    public Linter(RuleRegistry registry, LintConfig config, int jobs, ParseLimits limits, Path displayBase) {
        this(LinterOptions.builder(registry).config(ConfigLookup.given(config)).jobs(Math.max(1, jobs)).limits(limits)
                .displayBase(displayBase).build(), config, SuppressionOptions.DEFAULT, null);
    }

    /** What {@link LinterFactory} resolved: the configuration, the baseline read, the files to report on. */
    Linter(LinterOptions options, LintConfig config, SuppressionOptions suppression, Set<Path> reportOnly) {
        this.options = options;
        this.config = config;
        this.jobs = options.jobs() == null ? Runtime.getRuntime().availableProcessors() : options.jobs();
        ParseLimits l = options.limits() == null ? config.limits() : options.limits();
        this.limits = options.fileTimeout() == null ? l : l.withFileTimeout(options.fileTimeout());
        this.suppression = suppression;
        this.reportOnly = reportOnly == null ? null : Set.copyOf(reportOnly);
    }

    public ParseLimits limits() {
        return limits;
    }

    public LintConfig config() {
        return config;
    }

    public RuleRegistry registry() {
        return options.rules();
    }

    /**
     * Lints the given files and folders in two passes. The first reads every file and builds the
     * workspace; a {@code .json} permission policy of its own is only scanned for role ARNs then
     * (see {@link FileReader#read(Path)}). The rules run on the workspace, then
     * each file left aside is read and checked on its own ({@link Workspace#alone}), and only its
     * findings are kept: memory holds the models other files are checked against, not every tree.
     */
    public LintResult lint(List<Path> roots) throws ConfigException {
        return lint(roots, java.util.Map.of());
    }

    /**
     * {@link #lint(List)} with some files' contents given instead of read from disk: an editor's
     * open buffers, unsaved text included (the language server). Keys are absolute, normalized
     * paths; a given file is linted when {@code check} would lint it below {@code roots}, and a given
     * file not yet on disk (a new buffer never saved) is linted as if it were there. Everything else
     * is as in {@link #lint(List)}.
     */
    public LintResult lint(List<Path> roots, java.util.Map<Path, String> openTexts) throws ConfigException {
        return run(roots, openTexts, null);
    }

    /**
     * {@link #lint(List, Map)} re-using what {@code memory} kept from the previous lint with it
     * (the files unchanged since, see {@link LintMemory}): the same result, sooner. Lints with one
     * memory run one at a time.
     */
    public LintResult lint(List<Path> roots, java.util.Map<Path, String> openTexts, LintMemory memory) throws ConfigException {
        synchronized (memory) {
            return run(roots, openTexts, memory);
        }
    }

    private LintResult run(List<Path> roots, java.util.Map<Path, String> openTexts, LintMemory memory) throws ConfigException {
        Timing timing = new Timing();
        List<RuleRegistry.ActiveRule> activated = registry().activate(config);
        List<RuleRegistry.ActiveRule> active = options.runRules() ? activated : List.of();
        Recall recall = memory == null ? Recall.NONE : memory.begin(this, active, openTexts); // what may be re-used
        List<Path> files = recall.collect(roots, config, openTexts.keySet());
        timing.lap("collect " + files.size() + " files");
        FileReader reader = new FileReader(config, limits, options.displayBase(), options.sources(), Map.copyOf(openTexts),
                io.ccmlint.core.workspace.FileAccess.DISK, new AsideBytes(AsideBytes.DEFAULT_BUDGET, this::checkedAlone));
        List<Path> alone = new ArrayList<>();
        Workspace ws = new FirstPass(config, reader, limits, jobs, options.sources(), recall, baseOf(roots))
                .build(files, alone, timing);
        if (FORCE_BASE && ws.base().isPresent()) {
            timing.lap("the base workspace, built whether a rule asks or not (-Dccmlint.forceBase)");
        }
        List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        RuleTimes times = new RuleTimes(active.size(), timing.on());
        RuleScopes scopes = new RuleScopes(active, options.everyRuleEverywhere());
        if (!recall.replayRules(ws, findings, errors)) { // LintMemory: the last lint's workspace, its findings
            runRules(active, scopes.runs(ws), ws, findings, errors, times);
            recall.rulesRan(ws, findings, errors);
        }
        timing.lap(active.size() + " rules on the workspace (" + jobs + " threads)");
        List<Finding> sorted = distinctSorted(findings);
        List<String> sortedErrors = new ArrayList<>(errors);
        Collections.sort(sortedErrors);
        Suppressions.Prepared suppressions = Suppressions.prepare(config, this::ruleId, suppression);
        LintResult result = suppress(suppressions, active, sorted, files.size(), ws, sortedErrors);
        timing.lap("suppressions");
        List<Path> checked = reportedAlone(alone);
        result = withAlone(result, checkAlone(checked, reader, ws, active, scopes, times, suppressions, recall));
        timing.lap(checked.size() + " files checked on their own (" + jobs + " threads)");
        times.print(active, timing);
        result = suppression.baseline() == null || suppression.strict() ? result : result.withBaseline(suppression.baseline());
        timing.lap("baseline");
        recall.done(timing);
        return reportOnly == null ? result : onlyReported(result, files);
    }

    /**
     * The files left aside that need checking: all of them, unless the run reports on some files only
     * ({@code --changed-since}, the pre-commit hook's {@code --workspace}) and no baseline must see
     * every finding to tell its stale entries: a file checked on its own has findings in it alone, so
     * one that is not reported on needs no check (the models of every file were read all the same).
     */
    private List<Path> reportedAlone(List<Path> alone) {
        return alone.stream().filter(this::checkedAlone).toList();
    }

    /** Whether a file left aside is checked ({@link #reportedAlone}). */
    private boolean checkedAlone(Path file) {
        return reportOnly == null || suppression.baseline() != null && !suppression.strict()
                || reportOnly.contains(file.toAbsolutePath().normalize());
    }

    /**
     * {@code -Dccmlint.forceBase}: build the {@linkplain Workspace#base() base workspace} of a run
     * given one even when no rule asks for it, for benchmarks (what a base costs, apart from the rules).
     */
    private static final boolean FORCE_BASE = System.getProperty("ccmlint.forceBase") != null;

    /** What gives the run's workspace its base, when the run has base files: a lazy build of the same roots. */
    private java.util.function.Consumer<Workspace.Builder> baseOf(List<Path> roots) {
        BaseFiles given = options.baseFiles();
        if (given == null) {
            return null;
        }
        Set<Path> changed = new java.util.HashSet<>();
        given.changed().forEach(p -> changed.add(p.toAbsolutePath().normalize()));
        return ws -> ws.base(() -> buildBase(given, changed, List.copyOf(roots)), changed);
    }

    /**
     * The workspace of {@code roots} at the base: the same walk, reading, parsing and sources as the
     * run's, through the base's files ({@link BaseView}); no rule runs on it, and the files a run
     * checks on their own are left out of it as out of the run's.
     */
    private Workspace buildBase(BaseFiles given, Set<Path> changed, List<Path> roots) {
        Timing timing = new Timing("base: ");
        try {
            BaseView files = new BaseView(given, changed);
            List<Path> paths = FileCollector.collect(roots, config, FileCollector.Filter.NONE, files);
            timing.lap("collect " + paths.size() + " files at the base");
            FileReader reader = new FileReader(config, limits, options.displayBase(), options.sources(), Map.of(), files,
                    AsideBytes.NONE);
            return new FirstPass(config, reader, limits, jobs, options.sources(), Recall.NONE)
                    .build(paths, new ArrayList<>(), timing);
        } catch (ConfigException e) {
            throw new IllegalStateException(e); // only a root missing on disk is one; at the base it is skipped
        } finally {
            given.readingDone();
        }
    }

    /**
     * The findings in {@link Finding#ORDER}, each reported once: a rule that reaches the same value
     * along several paths (the copies of a {@code for_each}; a Terraform module read on its own and
     * through each call of it) reports the same place with the same message but for the module
     * address of what it names ({@code aws_iam_role.this}, {@code module.ccm.aws_iam_role.this}).
     * The first in order is kept; the others tell the user nothing new.
     */
    private static List<Finding> distinctSorted(java.util.Collection<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        java.util.Set<List<Object>> seen = new java.util.HashSet<>();
        List<Finding> out = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            String message = f.message().contains("module.") ? MODULE_ADDRESS.matcher(f.message()).replaceAll("") : f.message();
            if (seen.add(List.of(f.ruleId(), f.span().file().displayPath(), f.span().start(), f.span().end(), message))) {
                out.add(f);
            }
        }
        return out;
    }

    /** A Terraform module address in a message: {@code module.ccm.}, {@code module.irsa["a"].}, {@code module.x[0].}. */
    private static final java.util.regex.Pattern MODULE_ADDRESS =
            java.util.regex.Pattern.compile("module\\.[A-Za-z_][A-Za-z0-9_-]*(\\[(\"(\\\\.|[^\"\\\\])*\"|[0-9]+)\\])?\\.");

    /** What checking one file on its own gave: its findings split by its suppressions, its parse failures, rule crashes. */
    record AloneOutcome(List<Finding> findings, List<SuppressedFinding> suppressed, List<ParseFailure> failures,
                        List<String> errors) {
    }

    /**
     * Reads each file left aside (time-limited, as in the first pass) and checks it on its own
     * (not time-limited: rules never are).
     */
    private List<AloneOutcome> checkAlone(List<Path> alone, FileReader reader, Workspace ws,
                                          List<RuleRegistry.ActiveRule> active, RuleScopes scopes, RuleTimes times,
                                          Suppressions.Prepared suppressions, Recall recall) {
        TextBudget budget = new TextBudget(options.textBudget());
        return TimeLimited.map(alone, jobs, limits.fileTimeout(), (p, readingDone) -> {
            FileResult r = recall.readAlone(p, reader);
            readingDone.run();
            return checkAlone(r, ws, active, scopes, times, budget, suppressions, recall.aloneRules(r));
        }, p -> checkAlone(reader.timedOut(p), ws, active, scopes, times, budget, suppressions, null));
    }

    /**
     * Runs every rule on a workspace of this one file, applies its suppressions (the run's own
     * pass reports problems of the configuration's suppressions, once), and packs its text when
     * findings refer to it and the budget is spent: from here on only they do.
     */
    private AloneOutcome checkAlone(FileResult r, Workspace whole, List<RuleRegistry.ActiveRule> active, RuleScopes scopes,
                                    RuleTimes times,
                                    TextBudget budget, Suppressions.Prepared suppressions, AloneRules remembered) {
        Workspace.Builder models = r.models();
        if (models == null || (models.files().isEmpty() && models.parseFailures().isEmpty())) {
            return new AloneOutcome(List.of(), List.of(), List.of(), List.of()); // not a policy: nothing to check
        }
        AloneOutcome unchanged = remembered == null ? null : remembered.unchanged(suppressions.today());
        if (unchanged != null) { // LintMemory: every rule replayed, the same suppressions: the same outcome
            return unchanged;
        }
        boolean[] askedWhole = new boolean[1]; // for LintMemory: did this rule ask across files?
        Workspace one = remembered == null ? Workspace.alone(whole, models) : Workspace.alone(whole, models, () -> askedWhole[0] = true);
        List<Finding> found = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String where = " on " + (!one.files().isEmpty() ? one.files().get(0).file()
                : one.parseFailures().get(0).span().file()).displayPath();
        boolean[] runs = scopes.runs(one);
        for (int i = 0; i < active.size(); i++) {
            if (!runs[i]) { // nothing here of what the rule reports on
                if (remembered != null) {
                    remembered.record(i, List.of(), List.of(), false);
                }
                continue;
            }
            if (remembered != null && remembered.replay(i, found, errors)) { // LintMemory: unchanged since it ran
                continue;
            }
            int foundBefore = found.size();
            int errorsBefore = errors.size();
            askedWhole[0] = false;
            runRule(active.get(i), i, one, where, found, errors, times);
            if (remembered != null) {
                remembered.record(i, found.subList(foundBefore, found.size()), errors.subList(errorsBefore, errors.size()),
                        askedWhole[0]);
            }
        }
        Suppressions.Outcome o = found.isEmpty() ? new Suppressions.Outcome(List.of(), List.of(), List.of())
                : suppressions.apply(distinctSorted(found), one);
        java.util.Set<io.ccmlint.core.source.SourceFile> referred = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (!one.files().isEmpty() && !found.isEmpty()) { // else nothing refers to the file any more
            referred.add(one.files().get(0).file());
        }
        one.parseFailures().forEach(f -> referred.add(f.span().file()));
        referred.forEach(budget::keepOrPack); // once per file: a kept file is charged once
        AloneOutcome outcome = new AloneOutcome(o.active(), o.suppressed(), one.parseFailures(), errors);
        if (remembered != null) {
            remembered.outcome(outcome, suppressions.today());
        }
        return outcome;
    }

    private LintResult withAlone(LintResult r, List<AloneOutcome> alone) {
        if (alone.isEmpty()) {
            return r;
        }
        List<Finding> findings = new ArrayList<>(r.findings());
        List<SuppressedFinding> suppressed = new ArrayList<>(r.suppressed());
        List<String> errors = new ArrayList<>(r.internalErrors());
        List<ParseFailure> failures = new ArrayList<>();
        for (AloneOutcome o : alone) {
            findings.addAll(o.findings());
            suppressed.addAll(o.suppressed());
            errors.addAll(o.errors());
            failures.addAll(o.failures());
        }
        findings.sort(Finding.ORDER);
        suppressed.sort(java.util.Comparator.comparing(SuppressedFinding::finding, Finding.ORDER));
        Collections.sort(errors);
        return new LintResult(findings, r.filesChecked(), r.workspace().withParseFailures(failures), errors, suppressed,
                r.baseline());
    }

    /**
     * Phase and per-rule wall times on standard error when the system property
     * {@code ccmlint.timing} is set ({@code CCM_LINT_JAVA_OPTS=-Dccmlint.timing ./ccm-lint check ...}):
     * where a run's time goes, for docs/performance.md. Off by default; costs nothing then.
     */
    static final class Timing {
        private final boolean on = System.getProperty("ccmlint.timing") != null;
        private final String prefix;
        private long last = System.nanoTime();

        Timing() {
            this("");
        }

        /** @param prefix before each phase's name (the base workspace's phases) */
        Timing(String prefix) {
            this.prefix = prefix;
        }

        void lap(String what) {
            if (on) {
                long now = System.nanoTime();
                System.err.printf(java.util.Locale.ROOT, "ccm-lint timing: %7.1f ms  %s%s%n", (now - last) / 1e6, prefix, what);
                last = now;
            }
        }

        boolean on() {
            return on;
        }
    }

    private LintResult onlyReported(LintResult r, List<Path> files) {
        java.util.function.Predicate<Finding> keep = f -> reportOnly.contains(f.span().file().path().toAbsolutePath().normalize());
        int checked = (int) files.stream().filter(p -> reportOnly.contains(p.toAbsolutePath().normalize())).count()
                + (int) reportOnly.stream().filter(io.ccmlint.core.helm.chart.ChartFolders::isInRenderedContent).count();
        return new LintResult(r.findings().stream().filter(keep).toList(), checked, r.workspace(), r.internalErrors(),
                r.suppressed().stream().filter(s -> keep.test(s.finding())).toList(), r.baseline());
    }

    /** Applies suppressions after the rules ran (rules never see them); problems become CCM003 findings. */
    private LintResult suppress(Suppressions.Prepared suppressions, List<RuleRegistry.ActiveRule> active,
                                List<Finding> findings, int files, Workspace ws, List<String> errors) {
        Suppressions.Outcome o = suppressions.apply(findings, ws);
        List<Finding> kept = new ArrayList<>(o.active());
        active.stream().filter(a -> a.rule().metadata().id().equals(Suppressions.RULE_ID)).findFirst().ifPresent(a ->
                o.problems().forEach(p -> kept.add(new Finding(a.rule().metadata(), a.severity(), p.span(), p.message(),
                        null, List.of(), false))));
        kept.sort(Finding.ORDER);
        return new LintResult(kept, files, ws, errors, o.suppressed(), null);
    }

    /** The rule ID for an ID or slug that a suppression names, or null when no rule (nor the catalog) has it. */
    private String ruleId(String name) {
        return registry().byId(name).map(r -> r.metadata().id())
                .orElse(registry().knows(name.toUpperCase(java.util.Locale.ROOT)) ? name.toUpperCase(java.util.Locale.ROOT) : null);
    }

    /** @param runs which of the active rules the workspace is given ({@link RuleScopes}) */
    private void runRules(List<RuleRegistry.ActiveRule> active, boolean[] runs, Workspace ws, List<Finding> findings,
                          List<String> errors, RuleTimes times) {
        // rules are not time-limited: their input is already bounded by the readers' limits
        List<Integer> indexes = java.util.stream.IntStream.range(0, active.size()).filter(i -> runs[i]).boxed().toList();
        TimeLimited.map(indexes, jobs, java.time.Duration.ofDays(1), i -> {
            runRule(active.get(i), i, ws, "", findings, errors, times);
            return i;
        }, i -> i);
    }

    /** @param where "" on the run's workspace, " on FILE" on a one-file workspace (for the error message) */
    private static void runRule(RuleRegistry.ActiveRule a, int index, Workspace ws, String where, List<Finding> sink,
                                List<String> errors, RuleTimes times) {
        Rule rule = a.rule();
        long start = times.on ? System.nanoTime() : 0;
        try {
            rule.check(new Context(a, ws, sink));
        } catch (RuntimeException | StackOverflowError e) {
            errors.add("rule " + rule.metadata().id() + " failed" + where + ": " + e);
        }
        if (times.on) {
            times.add(index, System.nanoTime() - start);
        }
    }

    /**
     * Wall time per rule, summed over the workspace and the files checked on their own; kept only
     * with {@code -Dccmlint.timing} (two threads adding to one array for every rule of every file
     * share its cache lines).
     */
    private static final class RuleTimes {
        private final java.util.concurrent.atomic.AtomicLongArray nanos;
        final boolean on;

        RuleTimes(int rules, boolean on) {
            nanos = new java.util.concurrent.atomic.AtomicLongArray(rules);
            this.on = on;
        }

        void add(int rule, long n) {
            nanos.addAndGet(rule, n);
        }

        /** The 8 slowest rules, with {@code -Dccmlint.timing}. */
        void print(List<RuleRegistry.ActiveRule> active, Timing timing) {
            if (!timing.on()) {
                return;
            }
            List<Integer> slowest = new ArrayList<>();
            for (int i = 0; i < active.size(); i++) {
                slowest.add(i);
            }
            slowest.sort((x, y) -> Long.compare(nanos.get(y), nanos.get(x)));
            for (int i : slowest.subList(0, Math.min(8, slowest.size()))) {
                System.err.printf(java.util.Locale.ROOT, "ccm-lint timing:          %7.1f ms  rule %s%n",
                        nanos.get(i) / 1e6, active.get(i).rule().metadata().id());
            }
        }
    }

    /** The context one rule reports through. */
    private static final class Context implements RuleContext {
        private final RuleRegistry.ActiveRule active;
        private final Workspace ws;
        private final List<Finding> sink;

        Context(RuleRegistry.ActiveRule active, Workspace ws, List<Finding> sink) {
            this.active = active;
            this.ws = ws;
            this.sink = sink;
        }

        @Override
        public Workspace workspace() {
            return ws;
        }

        @Override
        public void report(Span span, String message, Fix fix) {
            report(finding(span, message).fix(fix));
        }

        @Override
        public void report(Finding.Builder finding) {
            Finding f = finding.build();
            if (active.severityConfigured() && f.severity() != active.severity()) {
                f = new Finding(f.rule(), active.severity(), f.span(), f.message(), f.fix(), f.related(), f.sensitive());
            }
            io.ccmlint.core.workspace.Relocation relocation = ws.relocation(f.span().file());
            if (relocation != null) { // found in a file the user does not edit: reported where the user changes it
                f = relocation.relocate(f);
            }
            String when = ws.onlyWhen(f.span());
            if (when != null && !f.message().contains(when)) { // the text takes effect in some deployments only: say which, once
                f = new Finding(f.rule(), f.severity(), f.span(), f.message() + " (when " + when + ")", f.fix(), f.related(),
                        f.sensitive());
            }
            sink.add(f);
        }

        @Override
        public Finding.Builder finding(Span span, String message) {
            return new Finding.Builder(active.rule().metadata(), active.severity(), span, message);
        }
    }
}
