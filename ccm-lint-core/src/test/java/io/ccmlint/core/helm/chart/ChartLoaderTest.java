package io.ccmlint.core.helm.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartLoaderTest {
    static Path write(Path dir, String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    @Test
    void loadsRolesOfFilesSubchartsAndHelmignore(@TempDir Path tmp) throws Exception {
        write(tmp, "Chart.yaml", "apiVersion: v2\nname: top\nversion: 1.10\nappVersion: 2.0\n");
        write(tmp, "values.yaml", "a: 1\nflag: yes\nmode: 0777\nwhen: 2024-01-02\nq: \"1\"\n");
        write(tmp, "templates/x.yaml", "x: 1\n");
        write(tmp, "templates/.hidden", "no\n");
        write(tmp, "config/a.txt", "A\n");
        write(tmp, "secret.key", "k\n");
        write(tmp, ".helmignore", "*.key\n");
        write(tmp, "charts/sub/Chart.yaml", "apiVersion: v2\nname: sub\nversion: 0.1.0\n");
        write(tmp, "charts/_skipped/Chart.yaml", "apiVersion: v2\nname: skipped\nversion: 0.1.0\n");
        Chart c = ChartLoader.load(tmp);
        assertThat(c.metadata().version()).isEqualTo("1.10");
        assertThat(c.metadata().appVersion()).isEqualTo("2.0");
        assertThat(c.values()).containsEntry("a", 1.0).containsEntry("flag", true).containsEntry("mode", 511.0)
                .containsEntry("when", "2024-01-02").containsEntry("q", "1");
        assertThat(c.templates()).extracting(ChartFile::name).containsExactly("templates/x.yaml");
        assertThat(c.files()).extracting(ChartFile::name).containsExactly(".helmignore", "config/a.txt");
        assertThat(c.dependencies()).extracting(Chart::name).containsExactly("sub");
        assertThat(c.dependencies().get(0).fullPath()).isEqualTo("top/charts/sub");
        assertThat(c.valuesSource().trees()).hasSize(1);
    }

    @Test
    void refusesBadChartYamlAtItsLine(@TempDir Path tmp) throws Exception {
        write(tmp, "Chart.yaml", "apiVersion: v2\nname: top\nversion: one\n");
        assertThatThrownBy(() -> ChartLoader.load(tmp)).isInstanceOf(ChartException.class)
                .hasMessage("validation: chart.metadata.version \"one\" is invalid")
                .satisfies(e -> assertThat(((ChartException) e).span().startLine()).isEqualTo(3));
    }

    @Test
    void neverFollowsSymlinks(@TempDir Path tmp) throws Exception {
        Path outside = write(tmp, "outside.txt", "secret\n");
        Path chart = tmp.resolve("c");
        write(chart, "Chart.yaml", "apiVersion: v2\nname: c\nversion: 0.1.0\n");
        Files.createSymbolicLink(chart.resolve("leak.txt"), outside);
        assertThat(ChartLoader.load(chart).files()).isEmpty();
    }

    @Test
    void coalescesAsHelm() {
        Map<String, Object> dst = new java.util.LinkedHashMap<>(Map.of("a", Map.of("b", 1.0)));
        Map<String, Object> merged = Coalesce.mergeMaps(dst, Map.of("a", Map.of("c", 2.0)));
        assertThat(merged).isEqualTo(Map.of("a", Map.of("b", 1.0, "c", 2.0)));
        Map<String, Object> user = new java.util.LinkedHashMap<>();
        user.put("b", null);
        Map<String, Object> chartVals = new java.util.LinkedHashMap<>(Map.of("b", 1.0, "c", 3.0));
        Map<String, Object> out = Coalesce.coalesceTables(user, chartVals, false);
        assertThat(out).doesNotContainKey("b").containsEntry("c", 3.0);
        assertThat(io.ccmlint.core.helm.YamlScalars.resolve("0x1F")).isEqualTo(31.0);
        assertThat(io.ccmlint.core.helm.YamlScalars.resolve("on")).isEqualTo(true);
        assertThat(io.ccmlint.core.helm.YamlScalars.resolve("1e3")).isEqualTo(1000.0);
        assertThat(io.ccmlint.core.helm.YamlScalars.resolve("abc")).isEqualTo("abc");
        assertThat(List.of()).isEmpty();
    }
}
