package io.ccmlint.bench;

import io.ccmlint.core.hcl.BenchLexer;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.tree.ParseProblem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Issue #22, target 1: ccm-lint's read path (bytes to located trees to models, {@link ReadPath})
 * against the parser it is built on, for the same text, in one run: YAML against SnakeYAML Engine's
 * compose, JSON against Jackson's streaming parser, HCL against our own lexer. {@link BenchMain}
 * prints each pair as a ratio ({@link ReadRatios}). The baselines start from the decoded text, the
 * read path from the file's bytes, as the engine does.
 *
 * <p>The forks run with the launcher's flags ({@code ./ccm-lint}: C1 only, serial GC), so the
 * ratios are those of the JVM users run; {@code -jvmArgsAppend "-Xms1g -Xmx1g -XX:+UseSerialGC"} on
 * the command line replaces them for tiered compilation up to C2 ({@code scripts/bench-read.sh --c2}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"})
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
public class ReadPathBenchmark {

    /** A CRD-heavy manifest (Argo CD's install.yaml) or a small one (our delegate's). */
    @State(Scope.Benchmark)
    public static class YamlInput extends Input {
        @Param({ReadInput.ARGO_CD, ReadInput.DELEGATE})
        public String yaml;

        @Setup(Level.Trial)
        public void load() {
            load(yaml);
        }
    }

    /** The AWS managed policies when built (scripts/bench-check.sh), else examples/iam x100. */
    @State(Scope.Benchmark)
    public static class JsonInput extends Input {
        @Param(ReadInput.AWS_MANAGED)
        public String json;

        JsonFactory jackson;

        @Setup(Level.Trial)
        public void load() {
            load(json);
            jackson = JsonTreeReader.factory(path.limits());
        }
    }

    @State(Scope.Benchmark)
    public static class HclInput extends Input {
        @Param(ReadInput.HCL_CONFORMANCE)
        public String hcl;

        @Setup(Level.Trial)
        public void load() {
            load(hcl);
        }
    }

    @Benchmark
    public void yamlCompose(YamlInput in, Blackhole bh) {
        for (String text : in.texts) {
            for (Node doc : new Compose(composeSettings(text, in.path.limits())).composeAllFromString(text)) {
                bh.consume(doc);
            }
        }
    }

    @Benchmark
    public void yamlReadPath(YamlInput in, Blackhole bh) throws ParseProblem, SourceFile.MalformedInputException {
        in.readAll(bh);
    }

    @Benchmark
    public void jsonStreaming(JsonInput in, Blackhole bh) throws IOException {
        for (String text : in.texts) {
            stream(in.jackson, text, bh);
        }
    }

    @Benchmark
    public void jsonReadPath(JsonInput in, Blackhole bh) throws ParseProblem, SourceFile.MalformedInputException {
        in.readAll(bh);
    }

    @Benchmark
    public void hclLexer(HclInput in, Blackhole bh) {
        for (String text : in.texts) {
            bh.consume(BenchLexer.lex(text));
        }
    }

    @Benchmark
    public void hclReadPath(HclInput in, Blackhole bh) throws ParseProblem, SourceFile.MalformedInputException {
        in.readAll(bh);
    }

    /** What one operation reads: the files as bytes (the read path) and as decoded text (the baselines). */
    abstract static class Input {
        ReadInput input;
        List<ReadPath.RawFile> files;
        List<String> texts;
        ReadPath path;

        void load(String name) {
            input = ReadInput.of(name);
            files = input.files();
            path = ReadPath.defaults();
            texts = new ArrayList<>(files.size());
            int documents = 0;
            for (ReadPath.RawFile f : files) {
                ReadPath.Read read;
                try {
                    texts.add(SourceFile.decode(f.path(), f.displayPath(), f.bytes()).text());
                    read = path.read(f);
                } catch (ParseProblem | SourceFile.MalformedInputException e) {
                    // the error path would be measured instead: stop
                    throw new IllegalStateException(f.displayPath() + " does not read: " + e.getMessage(), e);
                }
                documents += read.parsed() == null ? 0 : read.parsed().documents().size();
            }
            System.err.printf(Locale.ROOT, "%s: %d file(s), %.2f MB, %d JSON or YAML documents of known kinds%n",
                    input.label(), files.size(), input.bytesPerOp() / Throughput.MB, documents);
        }

        void readAll(Blackhole bh) throws ParseProblem, SourceFile.MalformedInputException {
            for (ReadPath.RawFile f : files) {
                bh.consume(path.read(f));
            }
        }
    }

    /** The settings YamlTreeReader composes with: marks on, YAML 1.2 core schema, one buffer for the whole text. */
    static LoadSettings composeSettings(String text, ParseLimits limits) {
        return LoadSettings.builder()
                .setLabel("bench")
                .setMaxAliasesForCollections(limits.maxAliasesForCollections())
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentLength()))
                .setUseMarks(true)
                .setBufferSize(Math.max(1024, text.length() + 1))
                .setSchema(new CoreSchema())
                .build();
    }

    /**
     * Every token of {@code text}, with the values the tree reader must take from the parser: names,
     * strings, numbers as decimals (as JsonTreeReader does). Returns the number of tokens.
     */
    static int stream(JsonFactory factory, String text, Blackhole bh) throws IOException {
        int tokens = 0;
        try (JsonParser p = factory.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                tokens++;
                switch (t) {
                    case FIELD_NAME -> bh.consume(p.currentName());
                    case VALUE_STRING -> bh.consume(p.getText());
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> bh.consume(p.getDecimalValue());
                    default -> bh.consume(t);
                }
            }
        }
        return tokens;
    }
}
