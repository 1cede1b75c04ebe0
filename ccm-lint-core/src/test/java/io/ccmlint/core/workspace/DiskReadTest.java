package io.ccmlint.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FileAccess#DISK} reads a file whole, or not at all when it is over the limit, whatever size the file claims. */
class DiskReadTest {
    @TempDir
    Path dir;

    @Test
    void aFileUpToTheLimitIsReadWholeAndOneOverItIsNot() throws Exception {
        byte[] text = new byte[20_000]; // more than one of InputStream's 8 KiB chunks
        for (int i = 0; i < text.length; i++) {
            text[i] = (byte) ('a' + i % 26);
        }
        Path file = Files.write(dir.resolve("big.json"), text);
        assertThat(FileAccess.DISK.read(file, text.length)).isEqualTo(text);
        assertThat(FileAccess.DISK.read(file, text.length - 1)).isNull();
        assertThat(FileAccess.DISK.read(Files.write(dir.resolve("empty.json"), new byte[0]), 10)).isEmpty();
    }

    @Test
    void aFileWhoseSizeSaysZeroIsReadToItsEndWithinTheLimit() throws Exception {
        Path proc = Path.of("/proc/self/status"); // Linux: size 0, some hundred bytes of text
        assumeTrue(Files.isReadable(proc) && Files.size(proc) == 0);
        byte[] read = FileAccess.DISK.read(proc, 1 << 20);
        assertThat(read).isNotNull();
        assertThat(new String(read, java.nio.charset.StandardCharsets.UTF_8)).contains("Name:").contains("Pid:");
        assertThat(FileAccess.DISK.read(proc, 10)).isNull();
    }
}
