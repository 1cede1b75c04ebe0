package io.ccmlint.rules;

import io.ccmlint.core.engine.BaseFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A pull request's base for an example folder, from sidecars: {@code X.base} holds file {@code X} as
 * it was at the base (an empty one: {@code X} did not exist then), and {@code X} changed since; a
 * file without one is the same at the base. How CCM112's examples show a change without git.
 */
final class ExampleBase implements BaseFiles {
    static final String SIDECAR = ".base";

    private final Set<Path> files = new HashSet<>();
    private final Set<Path> changed = new HashSet<>();

    private ExampleBase(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).map(f -> f.toAbsolutePath().normalize()).toList()) {
                String name = p.toString();
                if (name.endsWith(SIDECAR)) {
                    Path target = Path.of(name.substring(0, name.length() - SIDECAR.length()));
                    changed.add(target);
                    if (Files.size(p) > 0) {
                        files.add(target);
                    }
                } else if (!Files.exists(Path.of(name + SIDECAR))) {
                    files.add(p);
                }
            }
        }
    }

    /** The base the folder's sidecars describe, or null when it has none (no pull request). */
    static ExampleBase of(Path dir) {
        try {
            ExampleBase b = new ExampleBase(dir);
            return b.changed.isEmpty() ? null : b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Set<Path> files() {
        return files;
    }

    @Override
    public Set<Path> changed() {
        return changed;
    }

    @Override
    public byte[] read(Path file, long max) throws IOException {
        Path sidecar = Path.of(file + SIDECAR);
        Path from = Files.exists(sidecar) ? sidecar : file;
        return Files.size(from) > max ? null : Files.readAllBytes(from);
    }
}
