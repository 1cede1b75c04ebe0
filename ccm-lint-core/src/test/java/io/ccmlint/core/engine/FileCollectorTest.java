package io.ccmlint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.config.Glob;
import io.ccmlint.core.config.LintConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCollectorTest {
    @TempDir
    Path root;

    private void file(String rel, String content) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private void file(String rel) throws IOException {
        file(rel, "{}");
    }

    private List<String> rel(List<Path> paths) {
        return paths.stream().map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
    }

    private LintConfig config(List<String> include, List<String> exclude) {
        return new LintConfig(null, root, Map.of(), include.stream().map(Glob::compile).toList(),
                exclude.stream().map(Glob::compile).toList(), List.of(), List.of(), LintConfig.HarnessSettings.DEFAULT);
    }

    private List<String> collect(LintConfig config, Path... paths) throws ConfigException {
        return rel(FileCollector.collect(List.of(paths), config));
    }

    @BeforeEach
    void repository() throws IOException {
        Files.createDirectories(root.resolve(".git"));
        file(".git/config.json");
        file(".gitignore", "# comment\nignored.json\nbuild/\n*.log.json\n/anchored.json\ndata.json/\n");
        file("a.json");
        file("ignored.json");
        file("anchored.json");
        file("app.log.json");
        file("main.tf", "");
        file("data.json"); // a file: "data.json/" only ignores folders of that name
        file("sub/anchored.json");
        file("sub/x.yaml", "a: 1");
        file("sub/notes.txt", "not linted");
        file("sub/data.json/inner.json");
        file("build/b.json");
        file("sub/build/c.json");
        file("target/t.json");
        file("node_modules/pkg/n.json");
        file(".terraform/modules/m.json");
        file("nested/.gitignore", "*.json\n!keep.json\n");
        file("nested/keep.json");
        file("nested/drop.json");
        file("nested/y.yml", "b: 2");
        file("nested/deeper/drop2.json");
        file("nested/deeper/keep.json");
        file("other/drop.json");
    }

    @Test
    void walksTheTreeHonouringSkippedFoldersAndGitignore() throws Exception {
        assertThat(collect(LintConfig.defaults(root), root)).containsExactly(
                "a.json",
                "data.json",
                "main.tf",
                "nested/deeper/keep.json",
                "nested/keep.json",
                "nested/y.yml",
                "other/drop.json",
                "sub/anchored.json",
                "sub/x.yaml");
    }

    @Test
    void aSubfolderStillSeesTheRepositoryGitignore() throws Exception {
        assertThat(collect(LintConfig.defaults(root), root.resolve("sub"))).containsExactly("sub/anchored.json", "sub/x.yaml");
        assertThat(collect(LintConfig.defaults(root), root.resolve("nested"))).containsExactly(
                "nested/deeper/keep.json", "nested/keep.json", "nested/y.yml");
    }

    @Test
    void aFileNamedExplicitlyIsLintedEvenIfIgnored() throws Exception {
        assertThat(collect(LintConfig.defaults(root), root.resolve("ignored.json"), root.resolve("build/b.json")))
                .containsExactly("build/b.json", "ignored.json");
    }

    @Test
    void configExcludeAndInclude() throws Exception {
        assertThat(collect(config(List.of(), List.of("sub/", "*.tf")), root)).containsExactly(
                "a.json", "data.json", "nested/deeper/keep.json", "nested/keep.json", "nested/y.yml", "other/drop.json");
        assertThat(collect(config(List.of("**/*.yaml", "**/*.yml"), List.of()), root)).containsExactly("nested/y.yml", "sub/x.yaml");
        assertThat(collect(config(List.of("nested/**"), List.of("**/deeper/**")), root)).containsExactly(
                "nested/keep.json", "nested/y.yml");
        // the config's exclude applies to named files too
        assertThat(collect(config(List.of(), List.of("a.json")), root.resolve("a.json"))).isEmpty();
    }

    @Test
    void outputIsSortedAndDeduplicated() throws Exception {
        List<Path> paths = FileCollector.collect(List.of(root.resolve("sub"), root.resolve("a.json"), root,
                root.resolve("sub/../sub/x.yaml")), LintConfig.defaults(root));
        assertThat(rel(paths)).containsExactly("a.json", "data.json", "main.tf", "nested/deeper/keep.json",
                "nested/keep.json", "nested/y.yml", "other/drop.json", "sub/anchored.json", "sub/x.yaml");
        assertThat(paths).allSatisfy(p -> assertThat(p.isAbsolute()).isTrue());
    }

    @Test
    void aMissingPathIsAConfigError() {
        Path missing = root.resolve("nope.json");
        assertThatThrownBy(() -> FileCollector.collect(List.of(missing), LintConfig.defaults(root)))
                .isInstanceOf(ConfigException.class)
                .hasMessage("no such file or directory: " + missing);
    }

    @Test
    void symlinkLoopDoesNotHang() throws Exception {
        try {
            Files.createSymbolicLink(root.resolve("sub/loop"), root);
            Files.createSymbolicLink(root.resolve("sub/self"), root.resolve("sub"));
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "symbolic links are not available: " + e);
        }
        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> collect(LintConfig.defaults(root), root));
        assertThat(found).containsExactly("a.json", "data.json", "main.tf", "nested/deeper/keep.json",
                "nested/keep.json", "nested/y.yml", "other/drop.json", "sub/anchored.json", "sub/x.yaml");
    }

    @Test
    void gitIgnoreRulesDirectly() throws Exception {
        GitIgnore g = GitIgnore.forAncestors(root).enter(root.resolve("nested"));
        assertThat(g.ignored(root.resolve("ignored.json"), false, root)).isTrue();
        assertThat(g.ignored(root.resolve("a.json"), false, root)).isFalse();
        assertThat(g.ignored(root.resolve("sub/data.json"), true, root)).isTrue();
        assertThat(g.ignored(root.resolve("sub/data.json"), false, root)).isFalse();
        assertThat(g.ignored(root.resolve("nested/drop.json"), false, root)).isTrue();
        assertThat(g.ignored(root.resolve("nested/keep.json"), false, root)).isFalse();
        assertThat(g.ignored(root.resolve("other/drop.json"), false, root)).isFalse();
        assertThat(g.ignored(root.resolve("x/build"), true, root)).isTrue();
        assertThat(g.ignored(root.resolve("x/anchored.json"), false, root)).isFalse();
    }

    @Test
    void outsideARepositoryOnlyTheFoldersOwnGitignoreApplies() throws Exception {
        Files.delete(root.resolve(".git/config.json"));
        Files.delete(root.resolve(".git"));
        Path nested = root.resolve("nested");
        // without .git above, the root's .gitignore is not consulted when linting nested/ on its own
        GitIgnore g = GitIgnore.forAncestors(nested);
        assertThat(g.ignored(nested.resolve("drop.json"), false, nested)).isTrue();
        assertThat(g.ignored(nested.resolve("keep.json"), false, nested)).isFalse();
    }
}
