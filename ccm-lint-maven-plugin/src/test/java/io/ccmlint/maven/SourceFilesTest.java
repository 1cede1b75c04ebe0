package io.ccmlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.LintConfig;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files the plugin lints: core's collection below the source directories, the plugin's patterns on top. */
class SourceFilesTest {
    private static final String CLEAN_POLICY = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}
            """;

    private static void write(Path dir, String... files) throws Exception {
        for (String f : files) {
            Files.createDirectories(dir.resolve(f).getParent());
            Files.writeString(dir.resolve(f), "{}");
        }
    }

    private static CheckMojo mojo(Path dir, String... modules) {
        MavenProject project = new MavenProject();
        project.setFile(dir.resolve("pom.xml").toFile());
        for (String m : modules) {
            project.getModel().addModule(m);
        }
        CheckMojo mojo = new CheckMojo();
        mojo.project = project;
        return mojo;
    }

    private static List<String> rel(Path dir, List<Path> files) {
        return files.stream().map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
    }

    @Test
    void defaultsSkipTargetModulesAndVendorFolders(@TempDir Path dir) throws Exception {
        write(dir, "iam/p.json", "k8s/d.yaml", "k8s/e.yml", "tf/main.tf", "tf/x.tf.json", "README.md",
                "target/ccm-lint/ccm-lint.json", "sub/target/x.json", "module/m.json", "node_modules/n.json", ".git/g.json");
        CheckMojo mojo = mojo(dir, "module");
        assertThat(rel(dir, mojo.files(mojo.configLookup().load())))
                .containsExactly("iam/p.json", "k8s/d.yaml", "k8s/e.yml", "tf/main.tf", "tf/x.tf.json");
        mojo.includes = List.of("k8s/**");
        mojo.excludes = List.of("**/e.yml");
        assertThat(rel(dir, mojo.files(mojo.configLookup().load()))).containsExactly("k8s/d.yaml");
    }

    @Test
    void patternsAreRelativeToEachSourceDirectory(@TempDir Path dir) throws Exception {
        write(dir, "a/iam/p.json", "a/k8s/d.yaml", "b/iam/q.json", "b/other/r.json", "c/s.json");
        CheckMojo mojo = mojo(dir);
        mojo.sourceDirectories = List.of(dir.resolve("a").toFile(), dir.resolve("b").toFile(), new File(dir.toFile(), "missing"));
        mojo.includes = List.of("/iam/");
        assertThat(rel(dir, mojo.files(mojo.configLookup().load()))).containsExactly("a/iam/p.json", "b/iam/q.json");
    }

    @Test
    void configIncludeAndGitignoreAreHonoured(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".ccm-lint.yml"), "include:\n  - iam/**\n");
        Files.writeString(dir.resolve(".gitignore"), "generated/\n");
        write(dir, "k8s/d.yaml");
        for (String f : List.of("iam/p.json", "iam/generated/g.json", "generated/iam/q.json")) {
            Files.createDirectories(dir.resolve(f).getParent());
            Files.writeString(dir.resolve(f), CLEAN_POLICY);
        }
        CheckMojo mojo = mojo(dir);
        assertThat(rel(dir, mojo.files(mojo.configLookup().load()))).containsExactly("iam/p.json");

        // the whole goal, as `mvn ccm-lint:check` runs it: one file checked, as `ccm-lint check .` does
        mojo.failOnSeverity = "error";
        mojo.failOnViolation = true;
        mojo.consoleOutput = false;
        mojo.outputFormats = List.of("json");
        mojo.outputDirectory = dir.resolve("target/ccm-lint").toFile();
        mojo.execute();
        String report = Files.readString(dir.resolve("target/ccm-lint/ccm-lint.json"));
        assertThat(report).contains("\"files\" : 1,").doesNotContain("generated").doesNotContain("k8s");
    }

    @Test
    void configExcludeStillAppliesWithPluginIncludes(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".ccm-lint.yml"), "exclude:\n  - legacy/\n");
        write(dir, "iam/p.json", "iam/legacy/old.json", "k8s/d.yaml");
        CheckMojo mojo = mojo(dir);
        mojo.includes = List.of("iam/");
        LintConfig config = mojo.configLookup().load();
        assertThat(rel(dir, mojo.files(config))).containsExactly("iam/p.json");
    }
}
