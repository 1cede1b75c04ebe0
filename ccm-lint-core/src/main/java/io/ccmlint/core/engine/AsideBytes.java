package io.ccmlint.core.engine;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The bytes of the files the first pass leaves aside ({@link FileResult#alone}), kept for the second
 * pass that reads them again to check each on its own, while a budget lasts. Reading 16,000 policies
 * a second time (a stat, an open, a read, a close each) was a third of that pass's reading; the budget
 * keeps the peak of a huge repository flat. Which files are kept depends on thread timing; what the
 * run finds does not, since kept bytes are the bytes the first pass scanned.
 */
final class AsideBytes {
    /**
     * 16 MiB: the policies of an ordinary repository, all of them; about 6,000 AWS managed policies.
     * Kept bytes outlive the first pass, so the collector moves them to the old generation: 32 MiB
     * made a repository of policies and large manifests (docs/performance.md, the mixed corpus) fill
     * it once more than it did without them, a full collection that cost more than the reads saved.
     */
    static final long DEFAULT_BUDGET = 16L << 20;
    /** Keeps nothing: a run with no second pass (a pull request's base). */
    static final AsideBytes NONE = new AsideBytes(0, p -> false);

    private final AtomicLong left;
    private final Predicate<Path> readAgain;
    private final Map<Path, byte[]> kept = new ConcurrentHashMap<>();

    /** @param readAgain whether the second pass will read a file left aside (a run reporting on some files only skips others) */
    AsideBytes(long budget, Predicate<Path> readAgain) {
        this.left = new AtomicLong(budget);
        this.readAgain = readAgain;
    }

    /** Keeps a file's bytes when the second pass will read it and the budget still holds them. */
    void offer(Path file, byte[] bytes) {
        if (!readAgain.test(file)) {
            return;
        }
        if (left.addAndGet(-bytes.length) < 0) {
            left.addAndGet(bytes.length); // a smaller file may still fit
            return;
        }
        kept.put(file, bytes);
    }

    /** The bytes kept for {@code file} (and the budget they held back), or null: read it from disk. */
    byte[] take(Path file) {
        byte[] bytes = kept.remove(file);
        if (bytes != null) {
            left.addAndGet(bytes.length);
        }
        return bytes;
    }
}
