package io.ccmlint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.ConfigLookup;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.LinterFactory;
import io.ccmlint.core.engine.LinterOptions;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.hcl.BenchLexer;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.tree.YamlTreeReader;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.core.workspace.Workspace;
import io.ccmlint.core.workspace.WorkspaceSource;
import io.ccmlint.core.workspace.WorkspaceSources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.AverageTimeResult;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.IterationResultMetaData;
import org.openjdk.jmh.results.ResultRole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.WorkloadParams;
import org.openjdk.jmh.runner.options.TimeValue;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;

/** Checks ReadPathBenchmark's harness (inputs, the steps it times, the ratio lines) in milliseconds; times nothing. */
class ReadPathHarnessTest {
    private static final Blackhole BH = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    @Test
    void readsTheSameDocumentsAsTheEngine(@TempDir Path dir) throws Exception {
        List<Corpus.Entry> files = new ArrayList<>(ReadInput.of(ReadInput.ARGO_CD).entries());
        files.addAll(ReadInput.of(ReadInput.DELEGATE).entries());
        Path trust = Corpus.repositoryRoot().resolve("examples/iam/trust/Deployer.json"); // a trust policy: read in the first pass
        files.add(new Corpus.Entry("Deployer.json", Files.readAllBytes(trust)));
        for (Corpus.Entry e : files) {
            Files.write(dir.resolve(e.relativePath()), e.bytes());
        }

        // the engine's reading, seen by one more source: the kinds of every parsed file's documents
        Map<String, List<String>> engine = new ConcurrentHashMap<>();
        WorkspaceSource spy = new WorkspaceSource() {
            @Override
            public void read(ParsedFile file, Workspace.Builder out) {
                engine.put(file.file().path().getFileName().toString(), kinds(file));
            }
        };
        List<WorkspaceSource> sources = new ArrayList<>(WorkspaceSources.BUILT_IN);
        sources.add(spy);
        LintConfig config = LintConfig.defaults(dir);
        LinterFactory.create(LinterOptions.builder(RuleRegistry.of(List.of())).config(ConfigLookup.given(config))
                .jobs(1).runRules(false).displayBase(dir).sources(sources).build()).lint(List.of(dir));

        ReadPath ours = ReadPath.defaults();
        Map<String, List<String>> bench = new ConcurrentHashMap<>();
        for (Corpus.Entry e : files) {
            ReadPath.Read read = ours.read(new ReadPath.RawFile(Path.of(e.relativePath()), e.relativePath(), e.bytes()));
            bench.put(e.relativePath(), kinds(read.parsed()));
            assertThat(read.models()).isNotNull();
        }
        assertThat(engine).containsOnlyKeys("install.yaml", "harness-delegate.yaml", "Deployer.json");
        assertThat(bench).isEqualTo(engine);
        assertThat(bench.get("install.yaml")).hasSize(59);
    }

    private static List<String> kinds(ParsedFile f) {
        return f.documents().stream().map(d -> d.kind().name()).toList();
    }

    @Test
    void theBaselinesReadWhatTheReadPathReads() throws Exception {
        ParseLimits limits = ParseLimits.DEFAULT;
        for (String name : List.of(ReadInput.ARGO_CD, ReadInput.DELEGATE)) {
            String text = new String(ReadInput.of(name).entries().get(0).bytes(), java.nio.charset.StandardCharsets.UTF_8);
            int composed = 0;
            for (var doc : new Compose(ReadPathBenchmark.composeSettings(text, limits)).composeAllFromString(text)) {
                composed += doc == null ? 0 : 1;
            }
            assertThat(composed).as(name)
                    .isEqualTo(new YamlTreeReader(limits).readAll(SourceFile.of("x.yaml", text)).size())
                    .isPositive();
        }
        String policy = Files.readString(Corpus.repositoryRoot().resolve("examples/iam/trust/Deployer.json"));
        assertThat(ReadPathBenchmark.stream(io.ccmlint.core.tree.JsonTreeReader.factory(limits), policy, BH))
                .isGreaterThan(10);
        Corpus.Entry largest = ReadInput.of(ReadInput.HCL_CONFORMANCE).entries().stream()
                .max(java.util.Comparator.comparingInt(e -> e.bytes().length)).orElseThrow();
        String tf = new String(largest.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(BenchLexer.tokenCount(BenchLexer.lex(tf))).isGreaterThan(100);
    }

    @Test
    void everyInputLoadsAndTheAwsCorpusFallsBackToTheIamExamples() {
        ReadInput argo = ReadInput.of(ReadInput.ARGO_CD);
        assertThat(argo.bytesPerOp()).isEqualTo(1_941_627); // bench/corpus/argo-cd/README.md
        assertThat(ReadInput.of(ReadInput.HCL_CONFORMANCE).files()).hasSize(ReadInput.of(ReadInput.HCL_CONFORMANCE).filesPerOp());
        String key = "ccmlint.bench.aws-managed.dir";
        String before = System.getProperty(key);
        System.setProperty(key, "/nonexistent/aws-managed");
        try {
            ReadInput json = ReadInput.of(ReadInput.AWS_MANAGED);
            assertThat(json.name()).isEqualTo(ReadInput.IAM);
            assertThat(json.copies()).isEqualTo(100);
            assertThat(json.files().get(json.entries().size()).displayPath()).startsWith("copy-1/");
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }

    @Test
    void pairsEachReadPathWithItsBaselineOfTheSameInputAndFlags() {
        List<String> c1 = List.of("-Xmx1g", "-XX:TieredStopAtLevel=1");
        List<RunResult> runs = List.of(
                run("yamlCompose", "yaml", "delegate", c1, 2.0),
                run("yamlReadPath", "yaml", "delegate", new ArrayList<>(c1), 2.6),
                run("yamlCompose", "yaml", "delegate", List.of("-Xmx1g"), 1.0),
                run("yamlReadPath", "yaml", "delegate", List.of("-Xmx1g"), 1.1),
                run("hclReadPath", "hcl", "hcl-conformance", c1, 5.0),
                withCpu(run("jsonStreaming", "json", "iam", c1, 4.0), 2.0),
                withCpu(run("jsonReadPath", "json", "iam", c1, 8.0), 5.0));
        List<String> lines = ReadRatios.lines(runs);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).replace("\u00b1", "+/-"))
                .isEqualTo("YAML read path / SnakeYAML compose, delegate harness-delegate.yaml (1 file, 0.01 MB), C1: "
                        + "1.30x +/-? (2.60 ms vs 2.00 ms)");
        assertThat(lines.get(1)).contains(", C2: 1.10x").endsWith("(1.10 ms vs 1.00 ms)");
        assertThat(lines.get(2).replace("\u00b1", "+/-")).startsWith("JSON read path / Jackson streaming, examples/iam x100 (")
                .endsWith("C1: 2.00x +/-? (8.00 ms vs 4.00 ms); CPU time 2.50x +/-? (5.00 ms vs 2.00 ms)");
        assertThat(lines.get(3)).startsWith("HCL read path / HCL lexer, HCL conformance x100").endsWith("no baseline run (hclLexer), 5.00 ms");
        assertThat(BenchMain.summarize(runs)).isEqualTo(lines); // no per-benchmark line besides the ratios
    }

    @Test
    void formatsTimesAndRatios() {
        assertThat(ReadRatios.time(0.3121)).isEqualTo("312.1 ms");
        assertThat(ReadRatios.time(0.004271)).isEqualTo("4.27 ms");
        assertThat(ReadRatios.time(58.3e-6)).matches("58\\.3 (\u00b5|u)s");
        assertThat(ReadRatios.ratio(new double[] {0.3, 0.03}, new double[] {0.2, 0.0}).replace("\u00b1", "+/-"))
                .isEqualTo("1.50x +/-0.15 (300.0 ms vs 200.0 ms)");
        assertThat(ReadRatios.jit(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"))).isEqualTo("C1");
        assertThat(ReadRatios.jit(List.of("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4"))).isEqualTo("C2");
        assertThat(ReadRatios.jit(List.of())).isEqualTo("C2");
        double[] fromThroughput = ReadRatios.seconds(Mode.Throughput, TimeUnit.SECONDS, 4.0, 0.4);
        assertThat(fromThroughput[0]).isEqualTo(0.25);
        assertThat(fromThroughput[1]).isEqualTo(0.025);
    }

    @Test
    void thePairedRunAlternatesTheTwoOperationsAndTakesTheMedianRound() throws Exception {
        List<String> order = new ArrayList<>();
        ReadPathPaired.Pair pair = new ReadPathPaired.Pair(ReadRatios.PAIRS.get(0), ReadInput.DELEGATE,
                bh -> order.add("base"), bh -> order.add("path"));
        ReadPathPaired.Outcome o = ReadPathPaired.rounds(pair, 0, BH);
        assertThat(o.rounds()).isEqualTo(5);
        assertThat(order).startsWith("base", "path", "path", "base", "base", "path").hasSize(10);
        assertThat(o.ratio()).isPositive();
        assertThat(ReadPathPaired.quantile(new double[] {1, 2, 3, 4}, 0.5)).isEqualTo(2.5);
        assertThat(ReadPathPaired.quantile(new double[] {1, 2, 3, 4, 5}, 0.25)).isEqualTo(2.0);
        assertThat(ReadPathPaired.line("YAML read path / SnakeYAML compose", ReadInput.of(ReadInput.DELEGATE), "C1",
                new ReadPathPaired.Outcome(1.25, 1.2, 1.3, 0.00111, 0.000887, 4477)))
                .isEqualTo("YAML read path / SnakeYAML compose, delegate harness-delegate.yaml (1 file, 0.01 MB), C1, "
                        + "paired: 1.25x (IQR 1.20-1.30, 4477 rounds; 1.11 ms vs " + ReadRatios.time(0.000887) + ")");
    }

    @Test
    void everyPairIsGenerated() throws ClassNotFoundException {
        for (ReadRatios.Pair p : ReadRatios.PAIRS) {
            Class.forName("io.ccmlint.bench.jmh_generated.ReadPathBenchmark_" + p.readPath() + "_jmhTest");
            Class.forName("io.ccmlint.bench.jmh_generated.ReadPathBenchmark_" + p.baseline() + "_jmhTest");
        }
    }

    /** {@code run} with {@code ms} of CPU time per operation, as {@link CpuTimeProfiler} reports it. */
    private static RunResult withCpu(RunResult run, double ms) {
        BenchmarkResult b = run.getBenchmarkResults().iterator().next();
        IterationResult it = b.getIterationResults().iterator().next();
        it.addResult(new ScalarResult(CpuTimeProfiler.NAME, ms, "ms/op", AggregationPolicy.AVG));
        return new RunResult(run.getParams(), List.of(new BenchmarkResult(run.getParams(), List.of(it))));
    }

    /** A one-iteration average-time result of {@code ms} milliseconds per operation. */
    private static RunResult run(String method, String param, String value, List<String> jvmArgs, double ms) {
        WorkloadParams workload = new WorkloadParams();
        workload.put(param, value, 0);
        IterationParams iteration = new IterationParams(IterationType.MEASUREMENT, 1, TimeValue.seconds(1), 1);
        BenchmarkParams params = new BenchmarkParams(ReadPathBenchmark.class.getName() + "." + method, "generated", false,
                1, new int[] {1}, List.of(), 1, 0, iteration, iteration, Mode.AverageTime, workload, TimeUnit.MILLISECONDS, 1,
                "java", java.util.Collections.unmodifiableCollection(jvmArgs), "17", "vm", "17", "1.37", TimeValue.minutes(1));
        IterationResult result = new IterationResult(params, iteration, new IterationResultMetaData(1, 1));
        result.addResult(new AverageTimeResult(ResultRole.PRIMARY, method, 1, (long) (ms * 1e6), TimeUnit.MILLISECONDS));
        return new RunResult(params, List.of(new BenchmarkResult(params, List.of(result))));
    }
}
