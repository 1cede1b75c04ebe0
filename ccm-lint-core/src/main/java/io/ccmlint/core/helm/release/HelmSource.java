package io.ccmlint.core.helm.release;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.helm.chart.ChartOutput;
import io.ccmlint.core.helm.chart.ChartRenderer;
import io.ccmlint.core.helm.chart.RenderOptions;
import io.ccmlint.core.helm.chart.RenderProblem;
import io.ccmlint.core.helm.chart.TemplateOutput;
import io.ccmlint.core.model.helm.HelmRelease;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.YamlTreeReader;
import io.ccmlint.core.workspace.FileKind;
import io.ccmlint.core.workspace.KindDetector;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.core.workspace.Workspace;
import io.ccmlint.core.workspace.WorkspaceSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm charts: each release of each chart of the run ({@link ChartRelease}) is rendered in-process,
 * template by template; the manifests join the workspace as files of their own (one per template,
 * in the release's manifest set and namespace), which the Kubernetes model and every rule read as
 * any YAML. Findings on them are reported where the user edits ({@link RenderedTemplate}), and what
 * did not render is a problem of the release ({@link HelmRelease}, reported by CCM004).
 */
public final class HelmSource implements WorkspaceSource {
    @Override
    public void complete(Workspace.Builder ws, Run run) {
        Map<Path, Span> charts = new LinkedHashMap<>();
        for (ParsedFile f : ws.files()) {
            if (f.file().path() != null && f.documents().stream().anyMatch(d -> d.kind() == FileKind.HELM_CHART)) {
                charts.put(f.file().path().toAbsolutePath().normalize().getParent(), f.file().span(0, 0));
            }
        }
        LintConfig config = ws.config();
        if (charts.isEmpty() && config.helm().releases().isEmpty()) {
            return;
        }
        ChartRelease.Releases releases = ChartRelease.of(config, charts);
        for (LintConfig.HelmSettings.Release missing : releases.missing()) {
            ws.helmRelease(new HelmRelease(missing.chart(), missing.name(), missing.namespace(), List.of(new HelmRelease.Problem(
                    missing.at(), "no Helm chart at " + missing.chart() + " (a folder holding Chart.yaml)", List.of()))));
        }
        List<Rendered> rendered = run.inParallel(releases.render(), r -> render(r, run), r -> timedOut(r, run));
        java.util.Map<String, List<String>> missing = new java.util.TreeMap<>();
        java.util.Map<String, List<String>> asking = new java.util.TreeMap<>();
        for (Rendered r : rendered) {
            if (!r.missingDependencies().isEmpty()) {
                missing.putIfAbsent(r.release().chart(), r.missingDependencies());
            }
            if (!r.asksForValues().isEmpty()) {
                asking.putIfAbsent(r.release().chart(), r.asksForValues());
            }
            ws.helmRelease(r.release());
            r.files().forEach(ws::relocationTarget);
            for (Manifests m : r.manifests()) {
                ws.file(m.parsed());
                ws.relocate(m.parsed().file(), m.template());
            }
        }
        if (!missing.isEmpty()) {
            ws.note(missingNote(missing));
        }
        if (!asking.isEmpty()) {
            ws.note(askingNote(asking));
        }
    }

    /**
     * How Helm words a {@code required} or {@code fail} that triggered ("execution error at (LOCATION):
     * MESSAGE"). Rendered with the chart's own values only (no release names it), that is the chart
     * asking for values nobody gave it, not a mistake: a summary note, not a CCM004.
     */
    private static final String ASKS = "execution error at (";

    /** The summary note for charts that, rendered with their own values, stopped at a value they require. */
    static String askingNote(java.util.Map<String, List<String>> asking) {
        List<String> each = new ArrayList<>();
        asking.forEach((chart, messages) -> each.add(chart + " (" + String.join("; ", messages) + ")"));
        return asking.size() + (asking.size() == 1 ? " Helm chart" : " Helm charts") + " rendered with its own values"
                + " stopped where it requires one (required or fail): " + String.join(", ", each)
                + "; its other templates were checked; name a release with values in .ccm-lint.yml (helm: releases) to check it whole";
    }

    /** The summary note for charts rendered without dependencies they declare but do not hold. */
    static String missingNote(java.util.Map<String, List<String>> missing) {
        List<String> each = new ArrayList<>();
        missing.forEach((chart, deps) -> each.add(chart + " (" + String.join(", ", deps) + ")"));
        return missing.size() + (missing.size() == 1 ? " Helm chart" : " Helm charts") + " rendered without dependencies"
                + " missing from charts/: " + String.join(", ", each) + "; run `helm dependency build` to check them too";
    }

    /**
     * A release rendered: its model (with its problems) and the manifests of each template that rendered.
     *
     * @param files the values files and templates findings may be reported in
     * @param asksForValues what a default release's {@code required} or {@code fail} said (not problems: see {@link #ASKS})
     */
    private record Rendered(HelmRelease release, List<Manifests> manifests, List<String> missingDependencies,
                            List<io.ccmlint.core.source.SourceFile> files, List<String> asksForValues) {
    }

    private record Manifests(ParsedFile parsed, RenderedTemplate template) {
    }

    private static Rendered render(ChartRelease r, Run run) {
        RenderOptions options = RenderOptions.defaults().withRelease(r.name(), r.namespace())
                .withValues(r.values(), r.sets(), r.setStrings()).withDisplayPaths(run::displayPath).skippingMissingDependencies();
        ChartOutput out = ChartRenderer.renderEach(r.chart(), options, true);
        String chart = run.displayPath(r.chart());
        List<HelmRelease.Problem> problems = new ArrayList<>();
        List<String> asks = new ArrayList<>();
        List<Manifests> manifests = new ArrayList<>();
        if (out.problem() != null) {
            problems.add(problem(out.problem(), r, List.of()));
        }
        ParsedFile.ManifestSet set = new ParsedFile.ManifestSet("helm release " + r.name() + " of " + chart, r.namespace());
        YamlTreeReader reader = new YamlTreeReader(run.limits()).lastKeyWins(); // as Helm and kubectl read the output
        for (TemplateOutput t : out.templates()) {
            if (!t.ok()) {
                String m = t.problem().message();
                if (r.configured() == null && m.startsWith(ASKS) && m.indexOf("): ") > 0) {
                    asks.add(m.substring(m.indexOf("): ") + 3));
                } else {
                    problems.add(problem(t.problem(), r, ValuesMatch.valuesRead(t.problemReads(), out.origins())));
                }
                continue;
            }
            if (t.text().isBlank()) {
                continue;
            }
            String shown = t.template().displayPath() + " (release " + r.name() + ")";
            try {
                RenderedTemplate rt = RenderedTemplate.parse(t, out.origins(), shown, reader);
                List<ParsedFile.Document> docs = new ArrayList<>();
                String name = t.name().substring(t.name().lastIndexOf('/') + 1);
                for (Node root : rt.documents()) {
                    FileKind kind = KindDetector.detectYaml(name, root);
                    if (kind != FileKind.UNKNOWN) {
                        docs.add(new ParsedFile.Document(kind, root));
                    }
                }
                if (!docs.isEmpty()) {
                    manifests.add(new Manifests(new ParsedFile(rt.file(), docs, set), rt));
                }
            } catch (ParseProblem p) {
                problems.add(new HelmRelease.Problem(p.span(), "YAML parse error on " + t.name() + ": " + p.getMessage(),
                        List.of()));
            }
        }
        List<io.ccmlint.core.source.SourceFile> files = new ArrayList<>(out.valuesFiles());
        out.templates().forEach(t -> files.add(t.template()));
        return new Rendered(new HelmRelease(chart, r.name(), r.namespace(), problems), manifests, out.missingDependencies(),
                files, asks);
    }

    /**
     * A problem of the release, at its place, else at the configuration entry or Chart.yaml, with the
     * values the failing action read (at most three) as places to look.
     */
    private static HelmRelease.Problem problem(RenderProblem p, ChartRelease r, List<Span> valuesRead) {
        Span at = p.span() != null ? p.span() : r.configured() != null ? r.configured() : r.chartFile();
        List<io.ccmlint.core.rule.RuleContext.Related> related = new ArrayList<>();
        for (Span v : valuesRead.subList(0, Math.min(3, valuesRead.size()))) {
            related.add(new io.ccmlint.core.rule.RuleContext.Related(v, "the value it was given, in " + v.file().displayPath()));
        }
        return new HelmRelease.Problem(at, p.message(), related);
    }

    private static Rendered timedOut(ChartRelease r, Run run) {
        ParseFailure f = run.timedOut(r.chart().resolve("Chart.yaml"), "rendering release " + r.name() + " of this chart took longer than ");
        return new Rendered(new HelmRelease(run.displayPath(r.chart()), r.name(), r.namespace(),
                List.of(new HelmRelease.Problem(r.chartFile(), f.message(), List.of()))), List.of(), List.of(), List.of(), List.of());
    }
}
