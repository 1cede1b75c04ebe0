package io.ccmlint.core.helm.chart;

import io.ccmlint.core.source.SourceFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chart rendered template by template ({@link ChartRenderer#renderEach}): each template's output or
 * problem, where the values were written, or the problem that stopped the chart before any template
 * ran (loading, dependencies, the schema, a template that does not parse).
 */
public record ChartOutput(List<TemplateOutput> templates, ValueOrigins origins, RenderProblem problem,
                          List<String> missingDependencies, List<SourceFile> valuesFiles) {
    public ChartOutput {
        templates = List.copyOf(templates);
        missingDependencies = List.copyOf(missingDependencies);
        valuesFiles = List.copyOf(valuesFiles);
    }

    ChartOutput(List<TemplateOutput> templates, ValueOrigins origins, RenderProblem problem) {
        this(templates, origins, problem, List.of(), List.of());
    }

    static ChartOutput failed(RenderProblem problem) {
        return new ChartOutput(List.of(), ValueOrigins.none(), problem);
    }

    /** The same output, rendered without these dependencies ({@link RenderOptions#skippingMissingDependencies}). */
    ChartOutput withMissingDependencies(List<String> names) {
        return new ChartOutput(templates, origins, problem, names, valuesFiles);
    }

    /** The same output, its values read from {@code files} (the user's, then each chart's values.yaml). */
    ChartOutput withValuesFiles(List<SourceFile> files) {
        return new ChartOutput(templates, origins, problem, missingDependencies, files);
    }

    /** What {@code helm template} gives: the manifests sorted, or the first problem in Helm's order. */
    public RenderedChart asHelmTemplate() {
        if (problem != null) {
            return RenderedChart.failed(problem);
        }
        Map<String, String> rendered = new LinkedHashMap<>();
        for (TemplateOutput t : templates) {
            if (!t.ok()) {
                return RenderedChart.failed(t.problem());
            }
            rendered.put(t.name(), t.text());
        }
        return ManifestSorter.sort(rendered);
    }
}
