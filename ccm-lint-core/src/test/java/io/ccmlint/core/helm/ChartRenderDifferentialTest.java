package io.ccmlint.core.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.ccmlint.core.helm.chart.ChartRenderer;
import io.ccmlint.core.helm.chart.RenderOptions;
import io.ccmlint.core.helm.chart.RenderedChart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link ChartRenderer} against {@code helm template} (v4.1.4) on our charts under {@code helm/chart/},
 * with release names, namespaces, values files and --set: the output text must be the same, and a
 * chart Helm refuses must fail here with Helm's words. Skipped without the binary (failing under CI=true).
 */
class ChartRenderDifferentialTest {
    private record Case(String chart, String release, String namespace, List<String> valuesFiles, List<String> sets) {
    }

    private static final List<Case> CASES = List.of(
            new Case("full", "release-name", "default", List.of(), List.of()),
            new Case("full", "rel", "ns", List.of("full-prod.yaml"),
                    List.of("second.color=green,labels.x\\.y=z", "global.region=us-east-1")),
            new Case("full", "prod", "harness", List.of(), List.of("sub.enabled=false", "extra.enabled=true", "name=n1")),
            new Case("full", "x", "default", List.of(), List.of("name=")),
            new Case("failing", "release-name", "default", List.of(), List.of()),
            new Case("failing", "release-name", "default", List.of(), List.of("token=abc")));

    static Path resource(String name) throws Exception {
        return Path.of(ChartRenderDifferentialTest.class.getResource("/helm/" + name).toURI());
    }

    @TestFactory
    Stream<DynamicTest> rendersAsHelmTemplateDoes() throws Exception {
        Path helm = HelmTemplateDifferentialTest.helmBinary();
        if (helm == null) {
            String message = "Helm differential test skipped: the helm binary is not installed (run scripts/install-helm.sh)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " — required when CI=true");
            }
            Assumptions.abort(message);
        }
        Path home = Files.createTempDirectory("helm-home");
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.chart + " " + c.release + " " + c.sets, () -> {
            Path chart = resource("chart/" + c.chart);
            List<Path> files = new ArrayList<>();
            for (String f : c.valuesFiles) {
                files.add(resource("chart-values/" + f));
            }
            List<String> cmd = new ArrayList<>(List.of(helm.toString(), "template", c.release, chart.toString(),
                    "--namespace", c.namespace));
            files.forEach(f -> cmd.addAll(List.of("-f", f.toString())));
            c.sets.forEach(s -> cmd.addAll(List.of("--set", s)));
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().put("HOME", home.toString());
            pb.environment().put("HELM_CACHE_HOME", home.resolve("cache").toString());
            pb.environment().put("HELM_CONFIG_HOME", home.resolve("config").toString());
            pb.environment().put("HELM_DATA_HOME", home.resolve("data").toString());
            Path err = Files.createTempFile(home, "stderr", ".txt");
            pb.redirectError(err.toFile());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String stderr = Files.readString(err);

            RenderedChart ours = ChartRenderer.render(chart, RenderOptions.defaults().withRelease(c.release, c.namespace)
                    .withValues(files, c.sets, List.of()));
            if (p.exitValue() != 0) {
                assertThat(ours.problem()).as("helm fails: %s", stderr).isPresent();
                assertThat(stderr).contains("Error: " + ours.problem().get().message());
                return;
            }
            assertThat(ours.problem()).as("our problem").isEmpty();
            assertThat(ours.helmTemplateOutput()).isEqualTo(out);
        }));
    }

    /**
     * The chart {@code helm create} writes (made by the real binary at test time: nothing of it is
     * committed), rendered with its defaults and with the switches its templates test: Sprig's
     * {@code trunc}, {@code trimSuffix}, {@code toYaml}, {@code nindent}, {@code semverCompare}...
     */
    @TestFactory
    Stream<DynamicTest> helmCreatesChartRendersAsHelmTemplateDoes() throws Exception {
        Path helm = HelmTemplateDifferentialTest.helmBinary();
        if (helm == null) {
            String message = "Helm differential test skipped: the helm binary is not installed (run scripts/install-helm.sh)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " — required when CI=true");
            }
            Assumptions.abort(message);
        }
        Path home = Files.createTempDirectory("helm-create");
        Path chart = home.resolve("webapp");
        assertThat(run(helm, home, List.of("create", chart.toString())).exit).isZero();
        List<List<String>> sets = List.of(List.of(), List.of("ingress.enabled=true"),
                List.of("autoscaling.enabled=true", "serviceAccount.create=false"),
                List.of("httpRoute.enabled=true", "podAnnotations.team=platform", "resources.limits.cpu=100m"));
        return sets.stream().map(set -> DynamicTest.dynamicTest("helm create " + set, () -> {
            List<String> cmd = new ArrayList<>(List.of("template", "release-name", chart.toString()));
            set.forEach(x -> cmd.addAll(List.of("--set", x)));
            Result theirs = run(helm, home, cmd);
            RenderedChart ours = ChartRenderer.render(chart, RenderOptions.defaults().withValues(List.of(), set, List.of()));
            assertThat(theirs.exit).as(theirs.err).isZero();
            assertThat(ours.problem()).as("our problem").isEmpty();
            assertThat(ours.helmTemplateOutput()).isEqualTo(theirs.out);
        }));
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(Path helm, Path home, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(helm.toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("HOME", home.toString());
        pb.environment().put("HELM_CACHE_HOME", home.resolve("cache").toString());
        pb.environment().put("HELM_CONFIG_HOME", home.resolve("config").toString());
        pb.environment().put("HELM_DATA_HOME", home.resolve("data").toString());
        Path err = Files.createTempFile(home, "stderr", ".txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out, Files.readString(err));
    }
}
