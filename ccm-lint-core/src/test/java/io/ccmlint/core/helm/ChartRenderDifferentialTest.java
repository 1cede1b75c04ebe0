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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link ChartRenderer} against {@code helm template} (v4.1.4) on our charts under {@code helm/chart/}
 * and the third-party ones under {@code helm/chart/third-party/}, with release names, namespaces,
 * values files, --set and --set-string: the output text must be the same, and a chart Helm refuses
 * must fail here with Helm's words. A chart that takes a packaged subchart gets it at test time:
 * {@code helm package} makes the archive from {@code helm/chart-src/} into a copy of the chart (no
 * archive is committed); a case may also render that copy packaged whole. Skipped without the binary
 * (failing under CI=true).
 */
class ChartRenderDifferentialTest {
    private record Case(String chart, String release, String namespace, List<String> valuesFiles, List<String> sets,
                        List<String> setStrings, boolean packaged) {
        static Case of(String chart) {
            return new Case(chart, "release-name", "default", List.of(), List.of(), List.of(), false);
        }

        Case release(String name, String ns) {
            return new Case(chart, name, ns, valuesFiles, sets, setStrings, packaged);
        }

        /** Values files: under {@code helm/chart-values/}, or from {@code helm/} when they start with "chart/". */
        Case values(String... files) {
            return new Case(chart, release, namespace, List.of(files), sets, setStrings, packaged);
        }

        Case set(String... s) {
            return new Case(chart, release, namespace, valuesFiles, List.of(s), setStrings, packaged);
        }

        Case setString(String... s) {
            return new Case(chart, release, namespace, valuesFiles, sets, List.of(s), packaged);
        }

        /** The chart rendered from a .tgz that helm package made of it. */
        Case asArchive() {
            return new Case(chart, release, namespace, valuesFiles, sets, setStrings, true);
        }

        String name() {
            return chart + (packaged ? ".tgz" : "") + " " + release + "/" + namespace + " -f " + valuesFiles
                    + " --set " + sets + " --set-string " + setStrings;
        }
    }

    /** Subcharts packaged into a chart's charts/ at test time, from {@code helm/chart-src/}. */
    private static final Map<String, List<String>> PACKED_SUBCHARTS = Map.of("deps", List.of("packed"));

    private static final String ALB = "third-party/aws-load-balancer-controller";

    private static final List<Case> CASES = List.of(
            Case.of("full"),
            Case.of("full").release("rel", "ns").values("full-prod.yaml")
                    .set("second.color=green,labels.x\\.y=z", "global.region=us-east-1"),
            Case.of("full").release("prod", "harness").set("sub.enabled=false", "extra.enabled=true", "name=n1"),
            Case.of("full").release("x", "default").set("name="),
            Case.of("failing"),
            Case.of("failing").set("token=abc"),
            // --set / --set-string syntax, null deleting defaults, globals, .Capabilities, .Template, tpl, lookup
            Case.of("values-context").release("rel", "ns"),
            Case.of("values-context").setString("port=9090,enabled=false,image.tag=2")
                    .set("annotations.example\\.com/team=platform,hosts[0]=x.example.com,servers[1].name=two,"
                            + "servers[1].port=443,removable.drop=null,image.pullPolicy=null,global.env=prod,child.size=07,"
                            + "extra={a,b,3}"),
            Case.of("values-context").set("hosts[2]=c", "port=+12,child.global.env=x,enabled=TRUE")
                    .setString("zeroPadded=true,newKey[1]=v"),
            Case.of("values-context").values("values-context-nulls.yaml"),
            Case.of("values-context").set("removable=null"),
            // subcharts: a packaged one, tags, conditions, aliases, import-values, a library chart, .Subcharts
            Case.of("deps").release("rel", "ns"),
            Case.of("deps").set("tags.frontend=false"),
            Case.of("deps").set("tags.frontend=false,tags.admin=true"),
            Case.of("deps").set("tags.backend=false"),
            Case.of("deps").set("api.enabled=null,global.apiEnabled=false"),
            Case.of("deps").values("deps-conditions.yaml"),
            Case.of("deps").set("web.leaf.enabled=false,admin.color=red,global.labels.owner=cli,packed.inner.size=big",
                    "database.port=1,imported.all.mode=push"),
            Case.of("deps").set("api=5"),
            Case.of("deps").asArchive().set("tags.backend=false"),
            Case.of("missing-deps"),
            // .Files and .helmignore
            Case.of("files"),
            Case.of("files").set("pattern=secrets/*"),
            Case.of("files").set("hasKeyOnFiles=true"),
            // hooks and the order of kinds
            Case.of("hooks").release("rel", "ns"),
            Case.of("hooks").set("migrate=false"),
            // values.schema.json of a chart and of its subchart
            Case.of("schema"),
            Case.of("schema").set("replicas=3"),
            Case.of("schema").set("replicas=0"),
            Case.of("schema").set("replicas=abc"),
            Case.of("schema").set("image.repository=UPPER"),
            Case.of("schema").set("image.extra=1"),
            Case.of("schema").set("image.repository=null"),
            Case.of("schema").set("mode=other"),
            Case.of("schema").set("ports={1,2,3,4}"),
            Case.of("schema").setString("owner=ab"),
            Case.of("schema").set("db.storage=big"),
            Case.of("schema").set("db.other=1"),
            Case.of("schema").set("replicas=null"),
            // required, fail, errors inside includes, documents Helm cannot read (and one with a repeated key it can)
            Case.of("errors"),
            Case.of("errors").set("database.host=null"),
            Case.of("errors").set("mode=fail"),
            Case.of("errors").set("mode=nested"),
            Case.of("errors").set("mode=nested,database.port.number=5432"),
            Case.of("errors").set("mode=missing-template"),
            Case.of("errors").set("mode=index"),
            Case.of("errors").set("mode=yaml"),
            Case.of("errors").set("mode=head"),
            // the AWS Load Balancer Controller chart (eks-charts)
            Case.of(ALB).release("aws-load-balancer-controller", "kube-system")
                    .values("aws-load-balancer-controller/webhook-tls.yaml").set("clusterName=demo"),
            Case.of(ALB).release("alb", "kube-system").values("aws-load-balancer-controller/irsa.yaml"),
            Case.of(ALB).release("alb-ci", "default")
                    .values("chart/" + ALB + "/ci/values.yaml", "aws-load-balancer-controller/webhook-tls.yaml")
                    .set("clusterName=k8s-ci-cluster",
                            "serviceAccount.annotations.eks\\.amazonaws\\.com/role-arn=arn:aws:iam::123456789012:role/alb")
                    .setString("defaultTags.owner=1234,enableWafv2=false"));

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
        Map<String, Path> prepared = new HashMap<>();
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Path chart = chartFor(c, helm, home, prepared);
            List<Path> files = new ArrayList<>();
            for (String f : c.valuesFiles) {
                files.add(f.startsWith("chart/") ? resource(f) : resource("chart-values/" + f));
            }
            List<String> args = new ArrayList<>(List.of("template", c.release, chart.toString(), "--namespace", c.namespace));
            files.forEach(f -> args.addAll(List.of("-f", f.toString())));
            c.sets.forEach(s -> args.addAll(List.of("--set", s)));
            c.setStrings.forEach(s -> args.addAll(List.of("--set-string", s)));
            Result theirs = run(helm, home, args);

            RenderedChart ours = ChartRenderer.render(chart, RenderOptions.defaults().withRelease(c.release, c.namespace)
                    .withValues(files, c.sets, c.setStrings));
            if (theirs.exit != 0) {
                assertThat(ours.problem()).as("helm fails: %s", theirs.err).isPresent();
                assertThat(theirs.err).contains("Error: " + ours.problem().get().message());
                return;
            }
            assertThat(ours.problem()).as("our problem").isEmpty();
            assertThat(ours.helmTemplateOutput()).isEqualTo(theirs.out);
        }));
    }

    /** The chart folder, or a copy with its packaged subcharts, or that copy as a .tgz (made once per run). */
    private static Path chartFor(Case c, Path helm, Path home, Map<String, Path> prepared) throws Exception {
        Path chart = resource("chart/" + c.chart);
        List<String> packed = PACKED_SUBCHARTS.getOrDefault(c.chart, List.of());
        if (packed.isEmpty() && !c.packaged) {
            return chart;
        }
        String key = c.chart + (c.packaged ? ".tgz" : "");
        if (prepared.containsKey(key)) {
            return prepared.get(key);
        }
        Path copy = home.resolve("charts").resolve(c.chart);
        if (!Files.isDirectory(copy)) {
            copyTree(chart, copy);
            for (String sub : packed) {
                Result r = run(helm, home, List.of("package", resource("chart-src/" + sub).toString(), "-d",
                        copy.resolve("charts").toString()));
                assertThat(r.exit).as(r.err).isZero();
            }
        }
        Path result = copy;
        if (c.packaged) {
            Path out = Files.createDirectories(home.resolve("packaged"));
            Result r = run(helm, home, List.of("package", copy.toString(), "-d", out.toString()));
            assertThat(r.exit).as(r.err).isZero();
            try (Stream<Path> s = Files.list(out)) {
                result = s.filter(p -> p.getFileName().toString().startsWith(copy.getFileName() + "-")).findFirst()
                        .orElseThrow();
            }
        }
        prepared.put(key, result);
        return result;
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
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
