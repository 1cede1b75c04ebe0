package io.ccmlint.core.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.ccmlint.core.helm.template.TemplateError;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our template engine against the real Helm (v4.1.4, installed by {@code scripts/install-helm.sh}):
 * every chart under {@code helm/engine/} renders through {@code helm template} and through
 * {@link MinimalChartRender}, and the documents under each "# Source:" must be the same text; a chart
 * Helm refuses must fail here too, at the same place with the same words. Without the binary the
 * comparison is skipped with a message, except under {@code CI=true}, where it fails.
 */
class HelmTemplateDifferentialTest {
    private static final String SOURCE = "# Source: ";

    static Path corpusDir() throws URISyntaxException {
        return Path.of(HelmTemplateDifferentialTest.class.getResource("/helm/engine").toURI());
    }

    static List<Path> charts() throws IOException, URISyntaxException {
        try (Stream<Path> dirs = Files.list(corpusDir())) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("Chart.yaml"))).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void theCorpusHasChartsThatRenderAndChartsThatFail() throws Exception {
        List<Path> charts = charts();
        assertThat(charts).hasSizeGreaterThanOrEqualTo(10);
        long failing = charts.stream().filter(c -> c.getFileName().toString().startsWith("error-")).count();
        assertThat(failing).isBetween(2L, charts.size() - 8L);
    }

    @TestFactory
    Stream<DynamicTest> rendersAsHelmDoes() throws Exception {
        Path helm = helmBinary();
        if (helm == null) {
            String message = "Helm differential test skipped: the helm binary is not installed (run scripts/install-helm.sh)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " — required when CI=true");
            }
            System.err.println(message);
            Assumptions.abort(message);
        }
        Path home = Files.createTempDirectory("helm-home");
        return charts().stream().map(chart -> DynamicTest.dynamicTest(chart.getFileName().toString(), () -> {
            HelmRun theirs = runHelm(helm, chart, home);
            MinimalChartRender.Result ours = MinimalChartRender.render(chart);
            if (theirs.exitCode != 0) {
                assertThat(ours.error()).as("helm fails: %s", theirs.stderr).isPresent();
                TemplateError e = ours.error().get();
                String location = e.message().split(": ")[1];
                assertThat(theirs.stderr).as("helm's error names our location").contains(location);
                assertThat(theirs.stderr).as("helm's error has our words").contains(e.detail());
                int executing = e.message().indexOf("executing \"");
                if (executing >= 0) {
                    String where = e.message().substring(executing, e.message().indexOf(">: ", executing) + 1);
                    assertThat(theirs.stderr).as("helm's error is at our node").contains(where);
                }
                return;
            }
            assertThat(ours.error()).as("our error").isEmpty();
            assertThat(bySource(ours.documents())).isEqualTo(helmDocuments(theirs.stdout));
        }));
    }

    @Test
    void theHarnessNeverReadsOutsideTheChart(@TempDir Path tmp) throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "s3cr3t: {{ .Values.x }}\n");
        Path chart = Files.createDirectories(tmp.resolve("chart/templates"));
        Files.writeString(tmp.resolve("chart/Chart.yaml"), "apiVersion: v2\nname: c\nversion: 0.1.0\n");
        Files.writeString(chart.resolve("ok.yaml"), "ok: 1\n");
        Files.createSymbolicLink(chart.resolve("leak.yaml"), secret);
        Files.createSymbolicLink(tmp.resolve("chart/values.yaml"), secret);
        MinimalChartRender.Result r = MinimalChartRender.render(tmp.resolve("chart"));
        assertThat(r.error()).isEmpty();
        assertThat(r.documents()).extracting(MinimalChartRender.Document::text).containsExactly("ok: 1\n");
    }

    /** Per source, the documents' text (sorted: Helm orders documents by kind, not by position). */
    private static Map<String, List<String>> bySource(List<MinimalChartRender.Document> docs) {
        Map<String, List<String>> m = new TreeMap<>();
        for (MinimalChartRender.Document d : docs) {
            m.computeIfAbsent(d.source(), k -> new ArrayList<>()).add(d.text().stripTrailing());
        }
        m.values().forEach(l -> l.sort(Comparator.naturalOrder()));
        return m;
    }

    /** helm template's output: "---\n# Source: NAME\nDOCUMENT\n" per document. */
    static Map<String, List<String>> helmDocuments(String stdout) {
        List<MinimalChartRender.Document> docs = new ArrayList<>();
        for (String part : stdout.split("(?m)^---\n(?=" + SOURCE + ")")) {
            if (!part.startsWith(SOURCE)) {
                continue;
            }
            int nl = part.indexOf('\n');
            docs.add(new MinimalChartRender.Document(part.substring(SOURCE.length(), nl), part.substring(nl + 1)));
        }
        return bySource(docs);
    }

    private static final class HelmRun {
        final int exitCode;
        final String stdout;
        final String stderr;

        HelmRun(int exitCode, String stdout, String stderr) {
            this.exitCode = exitCode;
            this.stdout = stdout;
            this.stderr = stderr;
        }
    }

    /** helm template CHART --namespace default, with Helm's config, cache and data kept in a scratch home. */
    private static HelmRun runHelm(Path helm, Path chart, Path home) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(helm.toString(), "template", chart.toString(), "--namespace", "default");
        Map<String, String> env = pb.environment();
        env.put("HOME", home.toString());
        env.put("TZ", "UTC"); // our Local zone is UTC (Sprig's date functions)
        env.put("HELM_CACHE_HOME", home.resolve("cache").toString());
        env.put("HELM_CONFIG_HOME", home.resolve("config").toString());
        env.put("HELM_DATA_HOME", home.resolve("data").toString());
        Path err = Files.createTempFile(home, "stderr", ".txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("helm template did not finish in 60 s for " + chart);
        }
        return new HelmRun(p.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
    }

    /** -Dhelm.dir, then $HELM_DIR, then .cache/helm at the repository root: the folder holding the helm binary. */
    static Path helmBinary() {
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty("helm.dir");
        if (prop != null && !prop.isBlank()) {
            candidates.add(Path.of(prop));
        }
        String env = System.getenv("HELM_DIR");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            candidates.add(d.resolve(".cache/helm"));
        }
        for (Path c : candidates) {
            Path bin = c.resolve("helm");
            if (Files.isRegularFile(bin) && Files.isExecutable(bin)) {
                return bin;
            }
        }
        return null;
    }
}
