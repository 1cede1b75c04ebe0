package io.ccmlint.bench;

import io.ccmlint.core.hcl.HclParseResult;
import io.ccmlint.core.hcl.HclParser;
import io.ccmlint.core.source.SourceFile;

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
import org.openjdk.jmh.infra.Blackhole;

/**
 * HCL parser throughput (issue #3): one operation parses every file of the conformance corpus,
 * {@link #copies} times over (75 files x 100 = 7,500 sources by default). The sources are decoded
 * once in the set-up, so the figure is lexing + parsing + building the located tree, nothing else.
 * {@link BenchMain} turns operations per second into MB/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public class HclParseBenchmark {
    public static final Corpus CORPUS = Corpus.HCL_CONFORMANCE;

    /** How many times the corpus is repeated in one operation. */
    @Param("100")
    public int copies;

    private List<SourceFile> sources;

    @Setup(Level.Trial)
    public void load() {
        List<Corpus.Entry> entries = CORPUS.load();
        sources = Corpus.sources(entries, copies);
        // a corpus file that no longer parses would measure the error path: say so, loudly
        for (SourceFile source : sources.subList(0, entries.size())) {
            HclParseResult result = HclParser.parse(source);
            if (result.hasErrors()) {
                System.err.println("WARNING: " + source.displayPath() + " has syntax errors: " + result.errors().get(0));
            }
        }
    }

    @Benchmark
    public void parse(Blackhole bh) {
        for (SourceFile source : sources) {
            bh.consume(HclParser.parse(source));
        }
    }
}
