package io.ccmlint.core.workspace;

import java.nio.file.Path;

/** Path helpers with one convention: '/' separators, relative where possible. */
public final class Paths {
    private Paths() {
    }

    public static String relative(Path base, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        String rel = abs.startsWith(b) ? b.relativize(abs).toString() : abs.toString();
        return rel.replace('\\', '/');
    }
}
