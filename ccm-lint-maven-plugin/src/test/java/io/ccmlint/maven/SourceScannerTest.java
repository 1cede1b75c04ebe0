package io.ccmlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceScannerTest {
    @Test
    void antPatterns() {
        assertThat(SourceScanner.compile("**/*.tf").matcher("main.tf").matches()).isTrue();
        assertThat(SourceScanner.compile("**/*.tf").matcher("a/b/main.tf").matches()).isTrue();
        assertThat(SourceScanner.compile("**/*.tf").matcher("a/main.tf.json").matches()).isFalse();
        assertThat(SourceScanner.compile("*.json").matcher("a/p.json").matches()).isFalse();
        assertThat(SourceScanner.compile("**/target/**").matcher("target/").matches()).isTrue();
        assertThat(SourceScanner.compile("**/target/**").matcher("m/target/x/p.json").matches()).isTrue();
        assertThat(SourceScanner.compile("**/target/**").matcher("targets/p.json").matches()).isFalse();
        assertThat(SourceScanner.compile("test/").matcher("test/fixtures/p.json").matches()).isTrue();
        assertThat(SourceScanner.compile("iam/p?.json").matcher("iam/p1.json").matches()).isTrue();
        assertThat(SourceScanner.compile("a+b/(c).json").matcher("a+b/(c).json").matches()).isTrue();
    }

    @Test
    void scansWithDefaultsSkippingTargetModulesAndVendorFolders(@TempDir Path dir) throws Exception {
        for (String f : List.of("iam/p.json", "k8s/d.yaml", "k8s/e.yml", "tf/main.tf", "tf/x.tf.json", "README.md",
                "target/ccm-lint/ccm-lint.json", "sub/target/x.json", "module/m.json", "node_modules/n.json", ".git/g.json")) {
            Files.createDirectories(dir.resolve(f).getParent());
            Files.writeString(dir.resolve(f), "{}");
        }
        List<Path> found = new SourceScanner(SourceScanner.DEFAULT_INCLUDES, SourceScanner.DEFAULT_EXCLUDES)
                .scan(List.of(dir), List.of(dir.resolve("module")));
        assertThat(found.stream().map(p -> dir.relativize(p).toString().replace('\\', '/')))
                .containsExactly("iam/p.json", "k8s/d.yaml", "k8s/e.yml", "tf/main.tf", "tf/x.tf.json");
        assertThat(new SourceScanner(List.of("k8s/**"), List.of("**/e.yml")).scan(List.of(dir), List.of()))
                .containsExactly(dir.resolve("k8s/d.yaml"));
    }
}
