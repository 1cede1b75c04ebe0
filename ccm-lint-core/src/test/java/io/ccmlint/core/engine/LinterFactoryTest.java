package io.ccmlint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.config.ConfigLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a front end's options become (the baseline is {@code suppress.BaselineTest}'s). */
class LinterFactoryTest {
    @TempDir
    Path repo;

    @BeforeEach
    void layout() throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".ccm-lint.yml"), "limits:\n  fileTimeout: 7s\n");
        for (String f : List.of("a.json", "b.json", "sub/c.json", "sub/d.json")) {
            Files.createDirectories(repo.resolve(f).getParent());
            Files.writeString(repo.resolve(f), "{}");
        }
    }

    private LinterOptions.Builder options() {
        return LinterOptions.builder(RuleRegistry.of(List.of())).displayBase(repo)
                .config(ConfigLookup.nearest(List.of(repo.resolve("sub")), null));
    }

    @Test
    void theConfigurationIsFoundFromTheGivenStartAndItsLimitsApplyUnlessOverridden() throws Exception {
        Linter linter = LinterFactory.create(options().build());
        assertThat(linter.config().file()).isEqualTo(repo.resolve(".ccm-lint.yml"));
        assertThat(linter.limits().fileTimeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(LinterFactory.create(options().fileTimeout(Duration.ofMillis(500)).build()).limits().fileTimeout())
                .isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void reportsOnlyOnFilesBelowReportOnAndAmongTheGivenFiles() throws Exception {
        List<Path> roots = List.of(repo);
        assertThat(LinterFactory.create(options().build()).lint(roots).filesChecked()).isEqualTo(5); // and .ccm-lint.yml
        assertThat(LinterFactory.create(options().reportOn(List.of(repo.resolve("sub"))).build()).lint(roots).filesChecked())
                .isEqualTo(2);
        List<Path> changed = List.of(repo.resolve("a.json"), repo.resolve("sub/../sub/c.json"), repo.resolve("gone.json"));
        assertThat(LinterFactory.create(options().reportOnlyFiles(changed).build()).lint(roots).filesChecked()).isEqualTo(2);
        assertThat(LinterFactory.create(options().reportOn(List.of(repo.resolve("sub"))).reportOnlyFiles(changed).build())
                .lint(roots).filesChecked()).isEqualTo(1);
    }

    @Test
    void invalidSettingsAreConfigurationErrors() {
        assertThatThrownBy(() -> LinterFactory.create(options().jobs(0).build())).isInstanceOf(ConfigException.class)
                .hasMessage("jobs must be at least 1");
        assertThatThrownBy(() -> LinterFactory.create(options().reportOn(List.of(repo.resolve("missing"))).build()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("no such file or directory");
    }
}
