package io.ccmlint.bench;

import io.ccmlint.core.source.SourceFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A set of files from the repository that a benchmark reads, found relative to the repository
 * (never through the test class path) and repeated N times so one benchmark operation has enough
 * work. Sizes are UTF-8 bytes as stored on disk; "MB" everywhere in this module means 10^6 bytes.
 *
 * <p>The repository is found, in order, from {@code -Dccmlint.repo=DIR}; by walking up from the
 * working directory to the first folder holding {@code pom.xml} and {@code ccm-lint-core/}; from
 * the folder recorded when {@code benchmarks.jar} was built. A single corpus folder can also be
 * given directly: {@code -Dccmlint.bench.<id>.dir=DIR} (id {@code hcl}, {@code json} or {@code aws-managed}).
 */
public final class Corpus {
    /** Issue #3: the HCL conformance corpus (every form of HashiCorp's hclsyntax spec). */
    public static final Corpus HCL_CONFORMANCE = new Corpus(
            "hcl", "HCL parser", "ccm-lint-core/src/test/resources/hcl/conformance", ".tf", false);
    /** Baseline for the HCL numbers: the IAM JSON examples (policies, trust policies). */
    public static final Corpus IAM_JSON = new Corpus(
            "json", "JSON reader", "examples/iam", ".json", true);
    /**
     * Every AWS managed policy, one {@code .json} each (about 1,600 files, 8.8 MB): the IAM part of
     * the end-to-end corpus, built by {@code scripts/bench-check.sh}; not committed, may be absent.
     */
    public static final Corpus AWS_MANAGED_JSON = new Corpus(
            "aws-managed", "AWS managed policies", "target/bench-corpus/base/aws-managed", ".json", false);

    /** One file of a corpus, as read from disk. */
    public record Entry(String relativePath, byte[] bytes) {
    }

    private final String id;
    private final String label;
    private final String relativeDir;
    private final String suffix;
    private final boolean recursive;

    private Corpus(String id, String label, String relativeDir, String suffix, boolean recursive) {
        this.id = id;
        this.label = label;
        this.relativeDir = relativeDir;
        this.suffix = suffix;
        this.recursive = recursive;
    }

    public String id() {
        return id;
    }

    /** What the summary line calls it, e.g. "HCL parser". */
    public String label() {
        return label;
    }

    /** The folder the files come from. */
    public Path directory() {
        String override = System.getProperty("ccmlint.bench." + id + ".dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        return repositoryRoot().resolve(relativeDir).normalize();
    }

    /** True when the corpus folder exists (a generated corpus may not have been built). */
    public boolean isPresent() {
        return Files.isDirectory(directory());
    }

    /** The files, sorted by path so every run (and every fork) sees them in the same order. */
    public List<Entry> load() {
        Path dir = directory();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(label + " corpus not found: " + dir
                    + " (run from the repository, or pass -Dccmlint.repo=DIR or -Dccmlint.bench." + id + ".dir=DIR)");
        }
        List<Path> files;
        try (Stream<Path> walk = recursive ? Files.walk(dir) : Files.list(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException(label + " corpus is empty: no *" + suffix + " in " + dir);
        }
        List<Entry> entries = new ArrayList<>(files.size());
        for (Path file : files) {
            try {
                entries.add(new Entry(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Collections.unmodifiableList(entries);
    }

    /**
     * The corpus repeated {@code copies} times, each copy decoded separately (as the linter reads
     * files) so no two sources share their text and caches see a realistic amount of memory.
     */
    public static List<SourceFile> sources(List<Entry> entries, int copies) {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1: " + copies);
        }
        List<SourceFile> sources = new ArrayList<>(entries.size() * copies);
        for (int copy = 0; copy < copies; copy++) {
            for (Entry e : entries) {
                String display = "copy-" + copy + "/" + e.relativePath();
                try {
                    sources.add(SourceFile.decode(Path.of(display), display, e.bytes()));
                } catch (SourceFile.MalformedInputException ex) {
                    throw new IllegalStateException("not UTF-8: " + e.relativePath() + " at byte " + ex.byteOffset(), ex);
                }
            }
        }
        return Collections.unmodifiableList(sources);
    }

    /** Total UTF-8 bytes of one copy of the corpus. */
    public static long bytes(List<Entry> entries) {
        long total = 0;
        for (Entry e : entries) {
            total += e.bytes().length;
        }
        return total;
    }

    /** The repository root; see the class comment for how it is found. */
    public static Path repositoryRoot() {
        String explicit = System.getProperty("ccmlint.repo");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (isRepositoryRoot(dir)) {
                return dir.normalize();
            }
        }
        String built = buildTimeRepository();
        if (built != null && isRepositoryRoot(Path.of(built))) {
            return Path.of(built).toAbsolutePath().normalize();
        }
        throw new IllegalStateException("cannot find the ccm-lint repository from " + System.getProperty("user.dir")
                + ": run from inside it or pass -Dccmlint.repo=DIR");
    }

    private static boolean isRepositoryRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("ccm-lint-core"));
    }

    private static String buildTimeRepository() {
        try (InputStream in = Corpus.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            String dir = p.getProperty("repo.dir");
            return dir == null || dir.contains("${") ? null : dir;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return label + " corpus (" + relativeDir + ", *" + suffix + ")";
    }
}
