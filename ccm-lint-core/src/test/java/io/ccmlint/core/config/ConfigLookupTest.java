package io.ccmlint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a run's configuration comes from: the one explicit difference between the command line and the Maven plugin. */
class ConfigLookupTest {
    @TempDir
    Path repo;
    Path config;
    Path module;

    @BeforeEach
    void layout() throws Exception {
        Files.createDirectories(repo.resolve(".git")); // the search ends at the repository root
        config = repo.resolve(".ccm-lint.yml");
        Files.writeString(config, "exclude:\n  - legacy/\n");
        module = Files.createDirectories(repo.resolve("modules/iam"));
    }

    @Test
    void theNearestFileUpwardsFromTheStart() throws Exception {
        LintConfig c = ConfigLookup.nearest(List.of(module), null).load();
        assertThat(c.file()).isEqualTo(config);
        assertThat(c.baseDir()).isEqualTo(repo);
        Path file = Files.writeString(module.resolve("policy.json"), "{}");
        assertThat(ConfigLookup.nearest(List.of(file), null).load().file()).isEqualTo(config);
    }

    @Test
    void theSearchStopsAtTheTopOfTheBuild() throws Exception {
        LintConfig c = ConfigLookup.nearest(List.of(module), repo.resolve("modules")).load();
        assertThat(c.file()).isNull();
        assertThat(c.baseDir()).isEqualTo(module); // the defaults, based at the start
    }

    @Test
    void laterStartsAreSearchedWhenTheFirstFindsNothingOrDoesNotExist(@TempDir Path elsewhere) throws Exception {
        Files.createDirectories(elsewhere.resolve(".git"));
        assertThat(ConfigLookup.nearest(List.of(elsewhere, module), null).load().file()).isEqualTo(config);
        assertThat(ConfigLookup.nearest(List.of(elsewhere.resolve("missing"), module), null).load().file()).isEqualTo(config);
        LintConfig none = ConfigLookup.nearest(List.of(elsewhere.resolve("a.json"), elsewhere), null).load();
        assertThat(none.file()).isNull();
        assertThat(none.baseDir()).isEqualTo(elsewhere);
    }

    @Test
    void aNamedFileMustExist() throws Exception {
        assertThat(ConfigLookup.file(config).load().file()).isEqualTo(config);
        Path missing = repo.resolve("other.yml");
        assertThatThrownBy(() -> ConfigLookup.file(missing).load()).isInstanceOf(ConfigException.class)
                .hasMessage("config file not found: " + missing);
    }
}
