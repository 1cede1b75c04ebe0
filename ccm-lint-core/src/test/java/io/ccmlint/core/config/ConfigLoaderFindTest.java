package io.ccmlint.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderFindTest {
    @Test
    void stopsAtTheGivenFolderOrARepositoryRoot(@TempDir Path dir) throws Exception {
        Path top = Files.createDirectories(dir.resolve("repo/build"));
        Path module = Files.createDirectories(top.resolve("module"));
        Files.createDirectories(dir.resolve("repo/.git"));
        Files.writeString(dir.resolve("repo/.ccm-lint.yml"), "");
        assertThat(ConfigLoader.find(module, null)).isEqualTo(dir.resolve("repo/.ccm-lint.yml"));
        assertThat(ConfigLoader.find(module, top)).isNull();
        Files.writeString(top.resolve(".ccm-lint.yaml"), "");
        assertThat(ConfigLoader.find(module, top)).isEqualTo(top.resolve(".ccm-lint.yaml"));
        Files.writeString(dir.resolve(".ccm-lint.yml"), "");
        assertThat(ConfigLoader.find(dir.resolve("repo"), dir.resolve("elsewhere"))).isEqualTo(dir.resolve("repo/.ccm-lint.yml"));
    }
}
