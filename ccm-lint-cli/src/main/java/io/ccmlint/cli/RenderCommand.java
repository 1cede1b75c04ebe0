package io.ccmlint.cli;

import io.ccmlint.core.helm.chart.ChartRenderer;
import io.ccmlint.core.helm.chart.RenderOptions;
import io.ccmlint.core.helm.chart.RenderProblem;
import io.ccmlint.core.helm.chart.RenderedChart;
import io.ccmlint.core.source.Span;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * {@code ccm-lint render CHART}: renders a Helm chart in-process and prints the manifests as
 * {@code helm template} does; exit 1 with a located error when the chart does not render.
 */
final class RenderCommand extends Subcommand {
    RenderCommand() {
        super("render", "Render a Helm chart in-process and print the manifests as `helm template` does.",
                List.of(Argument.one("CHART", "Chart folder (holding Chart.yaml) or packaged .tgz.")));
    }

    @Override
    Options options() {
        return new Options()
                .addOption(Args.valued("f", "values", "FILE", "Values file, in order (as helm -f)."))
                .addOption(Args.valued("set", "KEY=VALUE", "Set values with Helm's --set syntax."))
                .addOption(Args.valued("set-string", "KEY=VALUE", "As --set, every value a string."))
                .addOption(Args.valued("release", "NAME", ".Release.Name (default: release-name)."))
                .addOption(Args.valued("n", "namespace", "NS", ".Release.Namespace (default: default)."));
    }

    @Override
    int run(CommandLine line, PrintWriter out, PrintWriter err) throws UsageError {
        Path chart = Args.path("CHART", Args.positionals(line, this).get(0));
        List<Path> values = Args.paths(line, "values");
        List<String> sets = Args.all(line, "set");
        List<String> setStrings = Args.all(line, "set-string");
        String release = Args.single(line, "release", "release-name");
        String namespace = Args.single(line, "namespace", "default");
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
        out.print(r.helmTemplateOutput());
        return Main.CLEAN;
    }
}
