package io.ccmlint.cli;

import io.ccmlint.core.helm.chart.ChartRenderer;
import io.ccmlint.core.helm.chart.RenderOptions;
import io.ccmlint.core.helm.chart.RenderProblem;
import io.ccmlint.core.helm.chart.RenderedChart;
import io.ccmlint.core.source.Span;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ccm-lint render CHART}: renders a Helm chart in-process and prints the manifests as
 * {@code helm template} does; exit 1 with a located error when the chart does not render.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render a Helm chart in-process and print the manifests as `helm template` does.")
final class RenderCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CHART", description = "Chart folder (holding Chart.yaml) or packaged .tgz.")
    Path chart;

    @Option(names = {"-f", "--values"}, paramLabel = "FILE", description = "Values file, in order (as helm -f).")
    List<Path> values = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Set values with Helm's --set syntax.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--set-string", paramLabel = "KEY=VALUE", description = "As --set, every value a string.")
    List<String> setStrings = new ArrayList<>();

    @Option(names = "--release", paramLabel = "NAME", defaultValue = "release-name", description = ".Release.Name (default: ${DEFAULT-VALUE}).")
    String release;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS", defaultValue = "default", description = ".Release.Namespace (default: ${DEFAULT-VALUE}).")
    String namespace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(chart)) {
            err.println("ccm-lint: chart not found: " + chart);
            return Main.USAGE;
        }
        for (Path v : values) {
            if (!Files.isRegularFile(v)) {
                err.println("ccm-lint: values file not found: " + v);
                return Main.USAGE;
            }
        }
        RenderedChart r = ChartRenderer.render(chart, RenderOptions.defaults().withRelease(release, namespace)
                .withValues(values, sets, setStrings));
        if (r.problem().isPresent()) {
            RenderProblem p = r.problem().get();
            Span s = p.span();
            String where = s == null ? "" : s.file().displayPath() + ":" + s.startLine() + ":" + s.startColumn() + ": ";
            err.println(where + "Error: " + p.message());
            return Main.FINDINGS;
        }
        spec.commandLine().getOut().print(r.helmTemplateOutput());
        return Main.CLEAN;
    }
}
