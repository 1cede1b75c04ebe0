package io.ccmlint.bench;

import io.ccmlint.core.helm.chart.ChartOutput;
import io.ccmlint.core.helm.chart.ChartRenderer;
import io.ccmlint.core.helm.chart.RenderOptions;
import io.ccmlint.core.helm.chart.RenderedChart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering a Helm chart in a warm JVM (issue #19): {@code render} is what {@code ccm-lint render}
 * does (load the chart, render every template, sort the manifests), {@code renderTraced} what
 * {@code check} does (every template on its own, recording what wrote each part and where each value
 * was written). The chart is our example delegate chart with the prod release's values by default;
 * another (Argo CD's: {@code bench/corpus/argo-cd-chart/}, unpacked by {@code scripts/bench-check.sh})
 * with {@code -p chart=DIR -p values=}.
 * The cold figure (a new process each time) is {@code scripts/bench-helm.sh}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
public class HelmRenderBenchmark {
    /** The chart folder, relative to the repository (or absolute). */
    @Param("examples/helm/delegate")
    public String chart;

    /** Values files, comma-separated, relative to the repository; empty for the chart's own values only. */
    @Param("examples/helm/values-prod.yaml")
    public String values;

    private Path chartPath;
    private RenderOptions options;

    @Setup(Level.Trial)
    public void load() {
        Path repo = Corpus.repositoryRoot();
        chartPath = repo.resolve(chart);
        List<Path> files = values.isBlank() ? List.of()
                : Arrays.stream(values.split(",")).map(v -> repo.resolve(v.strip())).toList();
        options = RenderOptions.defaults().withRelease("prod", "harness-delegate-ng").withValues(files, List.of(), List.of());
        if (!Files.isDirectory(chartPath)) {
            throw new IllegalStateException("no chart at " + chartPath);
        }
        RenderedChart r = ChartRenderer.render(chartPath, options);
        if (!r.ok()) { // measuring the error path would say nothing: stop
            throw new IllegalStateException(chartPath + " does not render: " + r.problem().get().message());
        }
        System.err.println(chartPath + ": " + r.manifests().size() + " manifests, " + r.hooks().size() + " hooks");
    }

    @Benchmark
    public RenderedChart render() {
        return ChartRenderer.render(chartPath, options);
    }

    @Benchmark
    public ChartOutput renderTraced() {
        return ChartRenderer.renderEach(chartPath, options, true);
    }
}
