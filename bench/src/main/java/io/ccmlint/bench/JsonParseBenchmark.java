package io.ccmlint.bench;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.ParseProblem;

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
 * Baseline for {@link HclParseBenchmark}: the located JSON tree reader (Jackson streaming plus our
 * spans) over the IAM JSON examples, repeated {@link #copies} times in one operation.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public class JsonParseBenchmark {
    public static final Corpus CORPUS = Corpus.IAM_JSON;

    /** How many times the corpus is repeated in one operation. */
    @Param("100")
    public int copies;

    private List<SourceFile> sources;
    private JsonTreeReader reader;

    @Setup(Level.Trial)
    public void load() {
        List<Corpus.Entry> entries = CORPUS.load();
        sources = Corpus.sources(entries, copies);
        reader = new JsonTreeReader();
        for (SourceFile source : sources.subList(0, entries.size())) {
            try {
                reader.read(source);
            } catch (ParseProblem e) {
                System.err.println("WARNING: " + source.displayPath() + " does not parse: " + e.getMessage());
            }
        }
    }

    @Benchmark
    public void parse(Blackhole bh) {
        for (SourceFile source : sources) {
            try {
                bh.consume(reader.read(source));
            } catch (ParseProblem e) {
                bh.consume(e); // reported in the set-up; keeps the run going
            }
        }
    }
}
