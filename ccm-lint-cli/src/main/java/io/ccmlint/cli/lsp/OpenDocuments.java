package io.ccmlint.cli.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The editor's open buffers: their text (unsaved edits included) and version, by absolute normalized path. */
final class OpenDocuments {
    /** One buffer as the editor last sent it. */
    record Doc(String uri, Path path, String text, int version) {
    }

    private final Map<Path, Doc> docs = new ConcurrentHashMap<>();

    /** The file a {@code file:} URI names, or null for other schemes (untitled buffers): those are not linted. */
    static Path path(String uri) {
        try {
            URI u = URI.create(uri);
            return "file".equals(u.getScheme()) ? Path.of(u).toAbsolutePath().normalize() : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    static String uri(Path path) {
        return path.toAbsolutePath().normalize().toUri().toString();
    }

    void put(Doc d) {
        docs.put(d.path(), d);
    }

    void remove(Path p) {
        docs.remove(p);
    }

    /** Every open buffer's path. */
    java.util.Set<Path> paths() {
        return java.util.Set.copyOf(docs.keySet());
    }

    Doc get(Path p) {
        return p == null ? null : docs.get(p);
    }

    /** The open buffers below {@code root} (a folder, or a file itself), as the texts the linter reads instead of the disk. */
    Map<Path, Doc> below(Path root) {
        Map<Path, Doc> out = new LinkedHashMap<>();
        docs.forEach((p, d) -> {
            if (p.startsWith(root)) {
                out.put(p, d);
            }
        });
        return out;
    }
}
