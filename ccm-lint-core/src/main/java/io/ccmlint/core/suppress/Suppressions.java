package io.ccmlint.core.suppress;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.hcl.HclFile;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.workspace.KindDetector;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.core.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The suppression stage, run by the engine after every rule: reads the directive comments of the
 * YAML and Terraform files and the config's {@code suppressions:}, hides the findings they cover,
 * and returns the problems (CCM003). Rules never see suppressions. In strict mode nothing is
 * hidden, but problems are still reported.
 */
public final class Suppressions {
    /** The rule that reports suppression problems. */
    public static final String RULE_ID = "CCM003";

    private Suppressions() {
    }

    /** Findings split into the ones that count and the ones a suppression hides, plus suppression problems. */
    public record Outcome(List<Finding> active, List<SuppressedFinding> suppressed, List<SuppressionProblem> problems) {
    }

    /**
     * The config's suppressions resolved once for a run: {@link Prepared#apply} then costs only
     * the matching, however many times the run calls it (once per file checked on its own).
     *
     * @param ruleIds the rule ID for an ID or slug, or null when neither the registry nor the catalog has it
     */
    public static Prepared prepare(LintConfig config, Function<String, String> ruleIds, SuppressionOptions options) {
        LocalDate today = LocalDate.now(options.clock());
        return new Prepared(ruleIds, today, options.strict(), ConfigSuppressions.of(config, ruleIds, today));
    }

    /** The suppression stage of one run. */
    public static final class Prepared {
        private final Function<String, String> ruleIds;
        private final LocalDate today;
        private final boolean strict;
        private final ConfigSuppressions external;

        private Prepared(Function<String, String> ruleIds, LocalDate today, boolean strict, ConfigSuppressions external) {
            this.ruleIds = ruleIds;
            this.today = today;
            this.strict = strict;
            this.external = external;
        }

        /** The day the suppressions' {@code until} dates are judged against. */
        public LocalDate today() {
            return today;
        }

        /**
         * Hides the findings the workspace's directive comments and the config's suppressions
         * cover; the problems are the directives' then the config's.
         */
        public Outcome apply(List<Finding> findings, Workspace ws) {
            List<SuppressionProblem> problems = new ArrayList<>();
            InlineSuppressions inline = new InlineSuppressions(ruleIds, today, problems);
            Map<Path, List<Suppression>> byFile = new HashMap<>();
            for (SourceComments file : commentedFiles(ws)) {
                byFile.put(key(file.file().path()), inline.of(file));
            }
            problems.addAll(external.problems());
            if (strict) {
                return new Outcome(findings, List.of(), problems);
            }
            Map<Path, ParsedFile> trees = new HashMap<>();
            if (external.usesPointers()) {
                ws.files().forEach(p -> trees.put(key(p.file().path()), p));
            }
            List<Finding> active = new ArrayList<>();
            List<SuppressedFinding> suppressed = new ArrayList<>();
            for (Finding f : findings) {
                Path key = key(f.span().file().path());
                Suppression s = first(byFile.getOrDefault(key, List.of()), f);
                SuppressedFinding hidden = s != null ? s.apply(f) : external.hide(f, key, trees);
                if (hidden == null) {
                    active.add(f);
                } else {
                    suppressed.add(hidden);
                }
            }
            return new Outcome(active, suppressed, problems);
        }
    }

    private static Suppression first(List<Suppression> candidates, Finding f) {
        for (Suppression s : candidates) {
            if (s.hides(f)) {
                return s;
            }
        }
        return null;
    }

    /** Every YAML and Terraform (.tf) file of the run that mentions a directive, in path order. */
    static List<SourceComments> commentedFiles(Workspace ws) {
        Map<Path, SourceComments> out = new LinkedHashMap<>();
        for (ParsedFile p : ws.files()) {
            if (isYaml(p.file()) && mentionsDirective(p.file())) {
                List<Span> scalars = new ArrayList<>();
                p.documents().forEach(d -> scalars(d.root(), scalars));
                out.putIfAbsent(key(p.file().path()), SourceComments.yaml(p.file(), scalars));
            }
        }
        for (ParseFailure f : ws.parseFailures()) {
            SourceFile file = f.span().file();
            if (isYaml(file) && mentionsDirective(file)) {
                out.putIfAbsent(key(file.path()), SourceComments.yaml(file, null));
            }
        }
        for (HclFile h : ws.terraformFiles()) {
            if (format(h.source()) == KindDetector.Format.HCL && mentionsDirective(h.source())) {
                out.putIfAbsent(key(h.source().path()), SourceComments.hcl(h));
            }
        }
        for (SourceFile file : ws.relocationTargets()) { // a chart's values files and templates
            if (file.path() != null && isYaml(file) && mentionsDirective(file)) {
                out.putIfAbsent(key(file.path()), SourceComments.yaml(file, null));
            }
        }
        return new ArrayList<>(out.values());
    }

    static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }

    private static boolean mentionsDirective(SourceFile f) {
        return f.text().contains(DirectiveParser.PREFIX);
    }

    private static boolean isYaml(SourceFile f) {
        return format(f) == KindDetector.Format.YAML;
    }

    /** The format the file was read as (by name, as the reader decided it). */
    private static KindDetector.Format format(SourceFile f) {
        return KindDetector.formatOf(f.path().getFileName().toString());
    }

    private static void scalars(Node n, List<Span> out) {
        if (n instanceof MapNode m) {
            m.entries().forEach(e -> {
                out.add(e.keySpan());
                scalars(e.value(), out);
            });
        } else if (n instanceof ListNode l) {
            l.items().forEach(i -> scalars(i, out));
        } else if (n != null) {
            out.add(n.span());
        }
    }
}
