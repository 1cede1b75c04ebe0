package io.ccmlint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.workspace.FileAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second pass reads a file left aside from the bytes the first pass kept, while the budget lasts. */
class AsideBytesTest {
    @TempDir
    Path dir;

    private static final String POLICY = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
            + " \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}";
    private static final String CHANGED = POLICY.replace("s3:GetObject", "s3:PutObject");

    private FileReader reader(AsideBytes aside) {
        LintConfig config = LintConfig.defaults(dir);
        return new FileReader(config, ParseLimits.DEFAULT, dir, List.of(), Map.of(), FileAccess.DISK, aside);
    }

    /** The text the second pass checks after the file changed on disk between the passes. */
    private String secondPassText(AsideBytes aside) throws Exception {
        Path file = dir.resolve("policy.json");
        Files.writeString(file, POLICY);
        FileReader reader = reader(aside);
        assertThat(reader.read(file).alone()).isTrue();
        Files.writeString(file, CHANGED);
        return reader.readAlone(file).models().files().get(0).file().text();
    }

    @Test
    void theSecondPassChecksTheBytesTheFirstPassScanned() throws Exception {
        assertThat(secondPassText(new AsideBytes(AsideBytes.DEFAULT_BUDGET, p -> true))).isEqualTo(POLICY);
    }

    @Test
    void withoutKeptBytesTheSecondPassReadsTheDisk() throws Exception {
        assertThat(secondPassText(AsideBytes.NONE)).isEqualTo(CHANGED);
        assertThat(secondPassText(new AsideBytes(POLICY.length() - 1, p -> true))).isEqualTo(CHANGED); // over the budget
        assertThat(secondPassText(new AsideBytes(AsideBytes.DEFAULT_BUDGET, p -> false))).isEqualTo(CHANGED); // not read again
    }

    @Test
    void theBudgetBoundsWhatIsHeldAtOnceAndATakenFileGivesItBack() {
        AsideBytes aside = new AsideBytes(10, p -> true);
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Path c = dir.resolve("c.json");
        aside.offer(a, new byte[6]);
        aside.offer(b, new byte[6]); // 12 > 10: not kept
        aside.offer(c, new byte[4]); // a smaller one still fits
        assertThat(aside.take(b)).isNull();
        assertThat(aside.take(c)).hasSize(4);
        assertThat(aside.take(c)).isNull(); // taken once
        assertThat(aside.take(a)).hasSize(6);
        aside.offer(b, new byte[10]); // what was taken is free again
        assertThat(aside.take(b)).hasSize(10);
    }
}
