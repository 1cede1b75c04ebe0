package io.ccmlint.core.helm.release;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.helm.chart.ChartFolders;
import io.ccmlint.core.source.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A release to render: a chart folder of the run with a release name, namespace and values, as
 * {@code helm template NAME CHART -n NAMESPACE -f ... --set ...}. The configuration's {@code helm:
 * releases} name them; a chart of the run that none names is rendered as {@code helm template}
 * renders it by default (its own values, {@code release-name}, {@code default}).
 *
 * @param chartFile the chart's {@code Chart.yaml} as the run shows it (where a problem of the chart is
 *                  reported when no better place is known)
 * @param configured the configuration entry naming this release, or null for a default one
 */
record ChartRelease(Path chart, Span chartFile, String name, String namespace, List<Path> values, List<String> sets,
                    List<String> setStrings, Span configured) {
    static final String DEFAULT_NAME = "release-name";
    static final String DEFAULT_NAMESPACE = "default";

    /**
     * The releases of the run's charts ({@code charts}: each chart folder, absolute and normalized,
     * with its {@code Chart.yaml}), in chart order, configured ones first for each chart, and the
     * configured releases whose chart folder holds no {@code Chart.yaml} (each a problem to report).
     */
    static Releases of(LintConfig config, Map<Path, Span> charts) {
        Map<Path, List<ChartRelease>> byChart = new LinkedHashMap<>();
        charts.keySet().forEach(c -> byChart.put(c, new ArrayList<>()));
        List<LintConfig.HelmSettings.Release> missing = new ArrayList<>();
        for (LintConfig.HelmSettings.Release r : config.helm().releases()) {
            Path dir = config.baseDir().resolve(r.chart()).toAbsolutePath().normalize();
            if (charts.containsKey(dir)) {
                List<Path> values = r.values().stream().map(v -> config.baseDir().resolve(v).toAbsolutePath().normalize()).toList();
                byChart.get(dir).add(new ChartRelease(dir, charts.get(dir), r.name(), r.namespace(), values, r.sets(),
                        r.setStrings(), r.at()));
            } else if (!ChartFolders.isChart(dir)) {
                missing.add(r); // a chart outside the paths linted is left alone; one that is nowhere is a mistake
            }
        }
        List<ChartRelease> out = new ArrayList<>();
        byChart.forEach((dir, configured) -> {
            if (configured.isEmpty()) {
                out.add(new ChartRelease(dir, charts.get(dir), DEFAULT_NAME, DEFAULT_NAMESPACE, List.of(), List.of(), List.of(),
                        null));
            }
            out.addAll(configured);
        });
        return new Releases(out, missing);
    }

    /** The releases to render, and the configured ones whose chart is missing. */
    record Releases(List<ChartRelease> render, List<LintConfig.HelmSettings.Release> missing) {
    }

}
