package io.ccmlint.core.fix;

import io.ccmlint.core.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes fixed text atomically: a temporary file in the same folder, then a rename over the
 * original. A failure at any point leaves the original file as it was. The byte-order mark and the
 * file's permissions are kept.
 */
public final class FileWriter {
    private FileWriter() {
    }

    public static void write(SourceFile original, String newText) throws IOException {
        Path target = original.path();
        if (Files.isSymbolicLink(target)) {
            target = target.toRealPath(); // rewrite the linked file; replacing the link would leave it stale
        }
        Path dir = target.toAbsolutePath().getParent();
        byte[] body = newText.getBytes(StandardCharsets.UTF_8);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".ccm-lint.tmp");
        try {
            try (var out = Files.newOutputStream(tmp)) {
                if (original.hasBom()) {
                    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                }
                out.write(body);
            }
            copyPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            // after a successful move the temp name no longer exists; this only cleans up failures
            Files.deleteIfExists(tmp);
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: the temp file keeps default permissions
        }
    }
}
