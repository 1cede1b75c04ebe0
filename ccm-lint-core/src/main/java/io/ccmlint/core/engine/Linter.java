package io.ccmlint.core.engine;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.suppress.SuppressionOptions;
import io.ccmlint.core.suppress.Suppressions;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.core.workspace.Paths;
import io.ccmlint.core.workspace.Workspace;
import io.ccmlint.core.hcl.HclFile;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.terraform.ConnectorLinker;
import io.ccmlint.core.terraform.TerraformExtractor;
import io.ccmlint.core.terraform.eval.TerraformModule;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The engine: collect files, read them in parallel, build the workspace once, run the rules, and
 * return findings in a deterministic order whatever the number of threads.
 */
public final class Linter {
    private final RuleRegistry registry;
    private final LintConfig config;
    private final int jobs;
    private final ParseLimits limits;
    private final Path displayBase;
    private final SuppressionOptions suppression;
    /** Absolute, normalized paths of the only files reported on; null: every file read. */
    private final java.util.Set<Path> reportOnly;
    /** False: read and model every file, run no rule ({@code check --no-rules}, the benchmark's parse-only run). */
    private final boolean runRules;

    /** A linter with the configuration's reader limits ({@code limits:}). */
    public Linter(RuleRegistry registry, LintConfig config, int jobs) {
        this(registry, config, jobs, config.limits(), Path.of("").toAbsolutePath());
    }

    /**
     * @param displayBase paths in findings are shown relative to this folder when below it
     *                    (the working directory for the command line, the project for Maven)
     */
    public Linter(RuleRegistry registry, LintConfig config, int jobs, ParseLimits limits, Path displayBase) {
        this(registry, config, jobs, limits, displayBase, SuppressionOptions.DEFAULT);
    }

    private Linter(RuleRegistry registry, LintConfig config, int jobs, ParseLimits limits, Path displayBase,
                   SuppressionOptions suppression) {
        this(registry, config, jobs, limits, displayBase, suppression, null, true);
    }

    private Linter(RuleRegistry registry, LintConfig config, int jobs, ParseLimits limits, Path displayBase,
                   SuppressionOptions suppression, java.util.Set<Path> reportOnly, boolean runRules) {
        this.runRules = runRules;
        this.reportOnly = reportOnly;
        this.suppression = suppression;
        this.registry = registry;
        this.config = config;
        this.jobs = Math.max(1, jobs);
        this.limits = limits;
        this.displayBase = displayBase.toAbsolutePath().normalize();
    }

    /** The same linter with these suppression options (strict mode, a baseline, the clock for {@code until}). */
    public Linter withSuppressions(SuppressionOptions options) {
        return new Linter(registry, config, jobs, limits, displayBase, options, reportOnly, runRules);
    }

    /**
     * The same linter reporting only on these files ({@code --changed-since}, the pre-commit hook):
     * every file below the roots is still read, so a role in an unchanged file still informs a
     * changed trust policy, but only findings located in these files (and their suppressed ones)
     * are returned, and only they are counted as checked. The baseline's stale count still
     * considers every file.
     */
    public Linter reportingOnly(java.util.Collection<Path> files) {
        java.util.Set<Path> set = new java.util.HashSet<>();
        files.forEach(f -> set.add(f.toAbsolutePath().normalize()));
        return new Linter(registry, config, jobs, limits, displayBase, suppression, set, runRules);
    }

    /** The same linter with other reader limits (e.g. {@code --file-timeout}). */
    public Linter withLimits(ParseLimits newLimits) {
        return new Linter(registry, config, jobs, newLimits, displayBase, suppression, reportOnly, runRules);
    }

    /**
     * The same linter running no rule: files are still found, read, parsed and modelled (the
     * workspace is built), and the result has no finding. What {@code check --no-rules} and the
     * benchmark's parse-only run measure.
     */
    public Linter withoutRules() {
        return new Linter(registry, config, jobs, limits, displayBase, suppression, reportOnly, false);
    }

    public ParseLimits limits() {
        return limits;
    }

    public LintConfig config() {
        return config;
    }

    public RuleRegistry registry() {
        return registry;
    }

    /** Lints the given files and folders. */
    public LintResult lint(List<Path> roots) throws ConfigException {
        Timing timing = new Timing();
        List<RuleRegistry.ActiveRule> active = registry.activate(config);
        if (!runRules) {
            active = List.of();
        }
        List<Path> files = FileCollector.collect(roots, config);
        timing.lap("collect " + files.size() + " files");
        Workspace ws = buildWorkspace(files, timing);
        List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        runRules(active, ws, findings, errors, timing);
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        List<String> sortedErrors = new ArrayList<>(errors);
        Collections.sort(sortedErrors);
        LintResult result = suppress(active, sorted, files.size(), ws, sortedErrors);
        result = suppression.baseline() == null || suppression.strict() ? result : result.withBaseline(suppression.baseline());
        timing.lap("suppressions and baseline");
        return reportOnly == null ? result : onlyReported(result, files);
    }

    /**
     * Phase and per-rule wall times on standard error when the system property
     * {@code ccmlint.timing} is set ({@code CCM_LINT_JAVA_OPTS=-Dccmlint.timing ./ccm-lint check ...}):
     * where a run's time goes, for docs/performance.md. Off by default; costs nothing then.
     */
    static final class Timing {
        private final boolean on = System.getProperty("ccmlint.timing") != null;
        private long last = System.nanoTime();

        void lap(String what) {
            if (on) {
                long now = System.nanoTime();
                System.err.printf(java.util.Locale.ROOT, "ccm-lint timing: %7.1f ms  %s%n", (now - last) / 1e6, what);
                last = now;
            }
        }

        boolean on() {
            return on;
        }
    }

    private LintResult onlyReported(LintResult r, List<Path> files) {
        java.util.function.Predicate<Finding> keep = f -> reportOnly.contains(f.span().file().path().toAbsolutePath().normalize());
        int checked = (int) files.stream().filter(p -> reportOnly.contains(p.toAbsolutePath().normalize())).count();
        return new LintResult(r.findings().stream().filter(keep).toList(), checked, r.workspace(), r.internalErrors(),
                r.suppressed().stream().filter(s -> keep.test(s.finding())).toList(), r.baseline());
    }

    /** Applies suppressions after the rules ran (rules never see them); problems become CCM003 findings. */
    private LintResult suppress(List<RuleRegistry.ActiveRule> active, List<Finding> findings, int files, Workspace ws,
                                List<String> errors) {
        Suppressions.Outcome o = Suppressions.apply(findings, ws, config, this::ruleId, suppression);
        List<Finding> kept = new ArrayList<>(o.active());
        active.stream().filter(a -> a.rule().metadata().id().equals(Suppressions.RULE_ID)).findFirst().ifPresent(a ->
                o.problems().forEach(p -> kept.add(new Finding(a.rule().metadata(), a.severity(), p.span(), p.message(),
                        null, List.of(), false))));
        kept.sort(Finding.ORDER);
        return new LintResult(kept, files, ws, errors, o.suppressed(), null);
    }

    /** The rule ID for an ID or slug that a suppression names, or null when no rule (nor the catalog) has it. */
    private String ruleId(String name) {
        return registry.byId(name).map(r -> r.metadata().id())
                .orElse(registry.knows(name.toUpperCase(java.util.Locale.ROOT)) ? name.toUpperCase(java.util.Locale.ROOT) : null);
    }

    private Workspace buildWorkspace(List<Path> files, Timing timing) {
        FileReader reader = new FileReader(limits);
        List<FileResult> results = TimeLimited.map(files, jobs, limits.fileTimeout(),
                p -> reader.read(p, Paths.relative(displayBase, p)),
                p -> FileResult.failed(timedOut(p, "reading this file took longer than ")));
        List<ParsedFile> parsed = new ArrayList<>();
        List<ParseFailure> failures = new ArrayList<>();
        List<PolicyDocument> policies = new ArrayList<>();
        Map<Path, List<HclFile>> modules = new TreeMap<>();
        for (FileResult r : results) { // input order is path order: the workspace is deterministic
            if (r.parsed() != null) {
                parsed.add(r.parsed());
            }
            failures.addAll(r.failures());
            policies.addAll(r.policies());
            if (r.terraform() != null) {
                modules.computeIfAbsent(r.terraform().source().path().toAbsolutePath().getParent(), k -> new ArrayList<>())
                        .add(r.terraform());
            }
        }
        timing.lap("read and parse (" + jobs + " threads)");
        List<Role> roles = new ArrayList<>(RoleGrouping.connectorPolicyRoles(config, policies));
        List<TerraformExtractor.Result> extracted = TimeLimited.map(new ArrayList<>(modules.values()), jobs,
                limits.fileTimeout(), moduleFiles -> TerraformExtractor.extract(TerraformModule.of(moduleFiles)),
                moduleFiles -> {
                    failures.add(timedOut(moduleFiles.get(0).source().path(),
                            "evaluating the Terraform files of this folder took longer than "));
                    return new TerraformExtractor.Result(List.of(), Map.of(), Map.of(), List.of());
                });
        List<HarnessConnector> connectors = new ArrayList<>();
        for (TerraformExtractor.Result m : extracted) {
            policies.addAll(m.policies());
            m.connectors().forEach(c -> connectors.add(c.connector()));
        }
        ConnectorLinker.Links links = ConnectorLinker.link(extracted);
        io.ccmlint.core.model.harness.HarnessModel harness = io.ccmlint.core.model.harness.HarnessModel.build(parsed);
        connectors.addAll(harness.connectors());
        List<Role> terraformRoles = new ArrayList<>(links.roles());
        Map<HarnessConnector, List<Role>> rolesByConnector = new java.util.IdentityHashMap<>(links.rolesByConnector());
        io.ccmlint.core.model.harness.YamlConnectorLinker.link(harness.connectors(), extracted, terraformRoles, rolesByConnector);
        markConfiguredConnectorRoles(extracted, terraformRoles);
        roles.addAll(terraformRoles);
        List<HclFile> terraform = new ArrayList<>();
        modules.values().forEach(terraform::addAll);
        terraform.sort(java.util.Comparator.comparing(f -> f.source().displayPath()));
        Workspace ws = new Workspace(config, parsed, failures, policies, roles, connectors, terraform, rolesByConnector,
                io.ccmlint.core.model.k8s.K8sModel.build(parsed), harness);
        timing.lap("workspace (Terraform evaluation, roles, connectors, Kubernetes and Harness models)");
        return ws;
    }

    /**
     * Roles the configuration names as connector roles ({@code connectorRoles} globs matched
     * against the role's AWS name or Terraform address), for connectors defined elsewhere (in the
     * Harness UI, another repository). {@code roles} is in module order, as {@link ConnectorLinker} built it.
     */
    private void markConfiguredConnectorRoles(List<TerraformExtractor.Result> modules, List<Role> roles) {
        if (config.connectorRoles().isEmpty()) {
            return;
        }
        String why = "its name matches connectorRoles in "
                + (config.file() == null ? "the configuration" : config.file().getFileName());
        int k = 0;
        for (TerraformExtractor.Result m : modules) {
            for (String address : m.rolesByAddress().keySet()) {
                Role r = roles.get(k);
                String awsName = m.roleNames().get(address);
                boolean named = LintConfig.anyMatch(config.connectorRoles(), address)
                        || (awsName != null && LintConfig.anyMatch(config.connectorRoles(), awsName));
                if (named && !r.usedByConnector()) {
                    roles.set(k, r.usedBy(why, r.span()));
                }
                k++;
            }
        }
    }

    /** A CCM001 at the start of a file whose reading or evaluation was abandoned ({@code --file-timeout}). */
    private ParseFailure timedOut(Path file, String what) {
        io.ccmlint.core.source.SourceFile empty = io.ccmlint.core.source.SourceFile.of(file, Paths.relative(displayBase, file), "");
        return new ParseFailure(empty.span(0, 0), what + ParseLimits.format(limits.fileTimeout())
                + " (--file-timeout, limits.fileTimeout in the configuration); skipped");
    }

    private void runRules(List<RuleRegistry.ActiveRule> active, Workspace ws, List<Finding> findings, List<String> errors,
                          Timing timing) {
        // rules are not time-limited: their input is already bounded by the readers' limits
        List<Long> nanos = TimeLimited.map(active, jobs, java.time.Duration.ofDays(1), a -> {
            Rule rule = a.rule();
            long start = System.nanoTime();
            try {
                rule.check(new Context(a, ws, findings));
            } catch (RuntimeException | StackOverflowError e) {
                errors.add("rule " + rule.metadata().id() + " failed: " + e);
            }
            return System.nanoTime() - start;
        }, a -> 0L);
        timing.lap(active.size() + " rules (" + jobs + " threads)");
        if (timing.on()) {
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
            sink.add(f);
        }

        @Override
        public Finding.Builder finding(Span span, String message) {
            return new Finding.Builder(active.rule().metadata(), active.severity(), span, message);
        }
    }
}
