package io.ccmlint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ccmlint.core.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWriterTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private SourceFile read(Path p) throws Exception {
        return SourceFile.decode(p, p.getFileName().toString(), Files.readAllBytes(p));
    }

    @Test
    void writesTheNewTextAndKeepsTheBom() throws Exception {
        Path p = dir.resolve("policy.json");
        Files.write(p, concat(BOM, "{\"a\": 1}\n".getBytes(StandardCharsets.UTF_8)));
        SourceFile original = read(p);
        assertThat(original.hasBom()).isTrue();
        FileWriter.write(original, "{\"a\": \"\u00e9\"}\n");
        assertThat(Files.readAllBytes(p)).isEqualTo(concat(BOM, "{\"a\": \"\u00e9\"}\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(names(dir)).containsExactly("policy.json");
    }

    @Test
    void noBomStaysWithoutBom() throws Exception {
        Path p = dir.resolve("p.json");
        Files.writeString(p, "[1]\r\n");
        FileWriter.write(read(p), "[1, 2]\r\n");
        assertThat(Files.readAllBytes(p)).isEqualTo("[1, 2]\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(names(dir)).containsExactly("p.json");
    }

    @Test
    void keepsPosixPermissions() throws Exception {
        assumeTrue(posix(), "POSIX file system");
        Path p = dir.resolve("p.json");
        Files.writeString(p, "{}");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-x---"));
        FileWriter.write(read(p), "{\"x\": 1}");
        assertThat(permissions(p)).isEqualTo("rwxr-x---");
        assertThat(Files.readString(p)).isEqualTo("{\"x\": 1}");

        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        FileWriter.write(read(p), "{}");
        assertThat(permissions(p)).isEqualTo("rw-r--r--");
    }

    @Test
    void failureLeavesNoTempFileAndTheTargetIntact() throws Exception {
        // the "file" is really a non-empty folder: the final rename must fail
        Path target = dir.resolve("looks-like.json");
        Files.createDirectories(target);
        Files.writeString(target.resolve("inside.txt"), "keep me");
        SourceFile fake = SourceFile.of(target, "looks-like.json", "{}");
        assertThatThrownBy(() -> FileWriter.write(fake, "{\"new\": true}")).isInstanceOf(IOException.class);
        assertThat(Files.isDirectory(target)).isTrue();
        assertThat(Files.readString(target.resolve("inside.txt"))).isEqualTo("keep me");
        assertThat(names(dir)).containsExactly("looks-like.json");
    }

    @Test
    void failureWhenTheParentIsAFile() throws Exception {
        Path notAFolder = dir.resolve("plain.txt");
        Files.writeString(notAFolder, "original");
        SourceFile impossible = SourceFile.of(notAFolder.resolve("p.json"), "plain.txt/p.json", "{}");
        assertThatThrownBy(() -> FileWriter.write(impossible, "{}")).isInstanceOf(IOException.class);
        assertThat(Files.readString(notAFolder)).isEqualTo("original");
        assertThat(names(dir)).containsExactly("plain.txt");
    }

    @Test
    void failureInAReadOnlyFolderLeavesTheOriginal() throws Exception {
        assumeTrue(posix(), "POSIX file system");
        Path folder = Files.createDirectories(dir.resolve("ro"));
        Path p = folder.resolve("p.json");
        Files.writeString(p, "{\"before\": 1}");
        SourceFile original = read(p);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "running as a user who can write anywhere (root)");
            assertThatThrownBy(() -> FileWriter.write(original, "{\"after\": 2}")).isInstanceOf(IOException.class);
            assertThat(Files.readString(p)).isEqualTo("{\"before\": 1}");
            assertThat(names(folder)).containsExactly("p.json");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void writingThroughASymlinkUpdatesTheLinkedFileAndKeepsTheLink() throws Exception {
        Path real = dir.resolve("real.json");
        Files.writeString(real, "{}");
        Path link = dir.resolve("link.json");
        try {
            Files.createSymbolicLink(link, real.getFileName());
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "symbolic links are not available: " + e);
        }
        FileWriter.write(read(link), "{\"fixed\": true}");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("{\"fixed\": true}");
        assertThat(names(dir)).containsExactly("link.json", "real.json");
    }

    private static String permissions(Path p) throws java.io.IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
