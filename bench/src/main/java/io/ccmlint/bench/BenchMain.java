package io.ccmlint.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs JMH (same command-line options as {@code java -jar benchmarks.jar}) and then prints one
 * summary line per benchmark in MB/s, e.g.
 * {@code HCL parser: 7500 files (75 x 100), 1.95 MB per op, 41.3 MB/s (±0.8)}, and one line per input
 * of {@link ReadPathBenchmark}: its read path over its baseline ({@link ReadRatios}).
 * Without an include pattern it runs every benchmark of this module.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.ccmlint.bench.BenchMain -f 1 -wi 5 -i 5 -w 2s -r 2s</pre>
 */
public final class BenchMain {
    /** Benchmark class -> the corpus one operation reads. New file-based benchmarks register here. */
    static final Map<String, Corpus> CORPORA = new LinkedHashMap<>();

    static {
        CORPORA.put(HclParseBenchmark.class.getName(), HclParseBenchmark.CORPUS);
        CORPORA.put(JsonParseBenchmark.class.getName(), JsonParseBenchmark.CORPUS);
    }

    private static final String ALL = "io\\.ccmlint\\.bench\\..*Benchmark\\..*";

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions cmd = new CommandLineOptions(args);
        if (cmd.shouldHelp() || cmd.shouldList() || cmd.shouldListWithParams() || cmd.shouldListProfilers()
                || cmd.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args); // nothing to summarize
            return;
        }
        OptionsBuilder builder = new OptionsBuilder();
        builder.parent(cmd);
        if (cmd.getIncludes().isEmpty()) {
            builder.include(ALL);
        }
        Options options = builder.build();
        Collection<RunResult> results = new Runner(options).run();

        System.out.println();
        System.out.printf(Locale.ROOT, "ccm-lint benchmarks: %d cores, %s %s (MB = 10^6 bytes, error = JMH 99.9%% CI)%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version", System.getProperty("java.version")));
        for (String line : summarize(results)) {
            System.out.println(line);
        }
    }

    static List<String> summarize(Collection<RunResult> results) {
        Map<String, List<Corpus.Entry>> loaded = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (RunResult run : results) {
            BenchmarkParams params = run.getParams();
            String benchmark = params.getBenchmark();
            if (ReadRatios.isReadPath(benchmark)) {
                continue; // paired below, as ratios
            }
            String className = benchmark.substring(0, benchmark.lastIndexOf('.'));
            Corpus corpus = CORPORA.get(className);
            Result<?> primary = run.getPrimaryResult();
            if (corpus == null) {
                lines.add(String.format(Locale.ROOT, "%s: %.3f %s (no corpus registered, no MB/s)",
                        benchmark, primary.getScore(), primary.getScoreUnit()));
                continue;
            }
            List<Corpus.Entry> entries = loaded.computeIfAbsent(corpus.id(), id -> corpus.load());
            String copiesParam = params.getParam("copies");
            int copies = copiesParam == null ? 1 : Integer.parseInt(copiesParam);
            lines.add(line(corpus.label(), entries.size(), copies, Corpus.bytes(entries) * copies,
                    Throughput.of(params.getMode(), params.getTimeUnit(), primary.getScore(), primary.getScoreError(),
                            Corpus.bytes(entries) * copies)));
        }
        lines.addAll(ReadRatios.lines(results));
        return lines;
    }

    /** {@code HCL parser: 7500 files (75 x 100), 1.95 MB per op, 41.3 MB/s (±0.8)} */
    static String line(String label, int files, int copies, long bytesPerOp, Throughput throughput) {
        return String.format(Locale.ROOT, "%s: %d files (%d x %d), %.2f MB per op, %s",
                label, files * copies, files, copies, bytesPerOp / Throughput.MB, throughput.format());
    }
}
