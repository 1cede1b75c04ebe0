package io.ccmlint.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ccmlint.core.source.SourceFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;

/** Checks the harness only (corpora found, conversions right) in milliseconds; runs no benchmark. */
class HarnessTest {

    @Test
    void findsTheHclConformanceCorpusInTheRepository() {
        List<Corpus.Entry> entries = Corpus.HCL_CONFORMANCE.load();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(60);
        assertThat(entries).allSatisfy(e -> assertThat(e.relativePath()).endsWith(".tf"));
        assertThat(Corpus.bytes(entries)).isPositive();
    }

    @Test
    void findsTheIamJsonExamples() {
        List<Corpus.Entry> entries = Corpus.IAM_JSON.load();
        assertThat(entries).isNotEmpty();
        assertThat(entries).allSatisfy(e -> assertThat(e.relativePath()).endsWith(".json"));
    }

    @Test
    void theHelmBenchmarkRendersItsDefaultChart() {
        HelmRenderBenchmark b = new HelmRenderBenchmark();
        b.chart = "examples/helm/delegate";
        b.values = "examples/helm/values-prod.yaml";
        b.load(); // throws when the chart does not render
        assertThat(b.render().manifests()).hasSizeGreaterThan(5);
        assertThat(b.renderTraced().templates()).allSatisfy(t -> assertThat(t.ok()).isTrue());
    }

    @Test
    void theIamCorpusHasOneRolePerManagedPolicyAndWidensTheOnesAsked() throws IOException {
        List<String> arns = IamRolesCorpus.arns();
        assertThat(arns).hasSizeGreaterThan(1_000).allSatisfy(a -> assertThat(a).startsWith("arn:aws:iam::aws:policy/"));
        assertThat(IamRolesCorpus.widened(arns.size(), 30)).hasSize(30);
        assertThat(IamRolesCorpus.widened(arns.size(), 0)).isEmpty();

        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("iam-corpus");
        IamRolesCorpus.write(dir, arns.subList(0, 40), 4);
        String all;
        try (var files = java.nio.file.Files.list(dir)) {
            List<java.nio.file.Path> tf = files.sorted().toList();
            assertThat(tf).hasSize(IamRolesCorpus.FILES);
            StringBuilder text = new StringBuilder();
            for (java.nio.file.Path f : tf) {
                text.append(java.nio.file.Files.readString(f));
            }
            all = text.toString();
        }
        assertThat(all.split("resource \"aws_iam_role\"", -1)).hasSize(41);
        assertThat(all.split(java.util.regex.Pattern.quote(IamRolesCorpus.WIDENING_ARN), -1)).hasSize(5);
    }

    @Test
    void theEffectivePermissionsBenchmarkReadsItsRolesAndRunsCcm111OnAFreshWorkspace() throws IOException {
        EffectivePermissionsBenchmark b = new EffectivePermissionsBenchmark();
        // an administrator (not reported: nothing to escalate to), a reader, and PowerUserAccess (lambda:UpdateFunctionCode)
        List<String> arns = IamRolesCorpus.arns().stream()
                .filter(a -> a.endsWith("/PowerUserAccess") || a.endsWith("/AmazonS3ReadOnlyAccess")
                        || a.endsWith("/AdministratorAccess"))
                .toList();
        assertThat(arns).hasSize(3);
        b.readRoles(arns);
        try {
            assertThat(b.principals()).hasSize(3);
            assertThat(b.freshWorkspace()).isNotSameAs(b.freshWorkspace());
            assertThat(io.ccmlint.core.iam.access.Access.of(b.freshWorkspace()))
                    .isNotSameAs(io.ccmlint.core.iam.access.Access.of(b.freshWorkspace()));
            assertThat(b.privilegeEscalation()).isEqualTo(1);
        } finally {
            b.removeFolder();
        }
    }

    @Test
    void repeatsTheCorpusAsSeparateSources() {
        List<Corpus.Entry> entries = Corpus.HCL_CONFORMANCE.load().subList(0, 3);
        List<SourceFile> sources = Corpus.sources(entries, 2);
        assertThat(sources).hasSize(6);
        assertThat(sources.get(0).displayPath()).isNotEqualTo(sources.get(3).displayPath());
        assertThat(sources.get(0).text()).isEqualTo(sources.get(3).text());
        assertThat(sources.get(0).text() != sources.get(3).text()).isTrue();
    }

    @Test
    void convertsThroughputToMegabytesPerSecond() {
        Throughput t = Throughput.of(Mode.Throughput, TimeUnit.SECONDS, 10.0, 0.5, 2_000_000);
        assertThat(t.mbPerSecond()).isCloseTo(20.0, within(1e-9));
        assertThat(t.mbPerSecondError()).isCloseTo(1.0, within(1e-9));

        Throughput perMs = Throughput.of(Mode.Throughput, TimeUnit.MILLISECONDS, 0.01, 0.0, 2_000_000);
        assertThat(perMs.mbPerSecond()).isCloseTo(20.0, within(1e-9));

        Throughput avg = Throughput.of(Mode.AverageTime, TimeUnit.MILLISECONDS, 500.0, 50.0, 1_000_000);
        assertThat(avg.mbPerSecond()).isCloseTo(2.0, within(1e-9));
        assertThat(avg.mbPerSecondError()).isCloseTo(0.2, within(1e-9));
    }

    @Test
    void printsTheSummaryLine() {
        Throughput t = new Throughput(41.26, 0.84);
        assertThat(BenchMain.line("HCL parser", 75, 100, 1_951_600, t).replace("\u00b1", "+/-"))
                .isEqualTo("HCL parser: 7500 files (75 x 100), 1.95 MB per op, 41.3 MB/s (+/-0.8)");
        assertThat(new Throughput(1, Double.NaN).format("+/-")).isEqualTo("1.0 MB/s (+/-?)");
    }

    @Test
    void everyBenchmarkIsGeneratedAndRegistered() throws IOException, ClassNotFoundException {
        String list;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/BenchmarkList")) {
            assertThat(in).as("JMH annotation processor output").isNotNull();
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String benchmarkClass : BenchMain.CORPORA.keySet()) {
            assertThat(list).contains(benchmarkClass + " ");
            String simpleName = benchmarkClass.substring(benchmarkClass.lastIndexOf('.') + 1);
            Class.forName("io.ccmlint.bench.jmh_generated." + simpleName + "_parse_jmhTest");
        }
    }
}
