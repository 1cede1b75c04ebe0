package io.ccmlint.core.helm.chart;

import static io.ccmlint.core.helm.chart.ChartLoaderTest.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Helm v4.1.4's words and behaviour for missing dependencies and subchart values that are no map. */
class DependenciesTest {
    private static RenderedChart render(Path chart, String... sets) {
        return ChartRenderer.render(chart, RenderOptions.defaults().withValues(List.of(), List.of(sets), List.of()));
    }

    @Test
    void everyMissingTopLevelDependencyIsNamed(@TempDir Path tmp) throws Exception {
        write(tmp, "Chart.yaml", "apiVersion: v2\nname: top\nversion: 0.1.0\ndependencies:\n"
                + "- name: redis\n  version: 1.0.0\n- name: postgres\n  version: 2.0.0\n");
        assertThat(render(tmp).problem().get().message()).isEqualTo("an error occurred while checking for chart dependencies. "
                + "You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but "
                + "missing in charts/ directory: redis, postgres");
    }

    @Test
    void aSubchartsMissingDependencyIsLeftOutButStillDeclared(@TempDir Path tmp) throws Exception {
        write(tmp, "Chart.yaml", "apiVersion: v2\nname: top\nversion: 0.1.0\ndependencies:\n- name: sub\n  version: 0.1.0\n");
        write(tmp, "charts/sub/Chart.yaml", "apiVersion: v2\nname: sub\nversion: 0.1.0\ndependencies:\n"
                + "- name: ghost\n  version: 1.0.0\n");
        write(tmp, "charts/sub/templates/cm.yaml", "kind: ConfigMap\ndeps: \"{{ range .Chart.Dependencies }}{{ .Name }}{{ end }}\"\n");
        RenderedChart r = render(tmp);
        assertThat(r.problem()).isEmpty();
        assertThat(r.manifests().get(0).content()).isEqualTo("kind: ConfigMap\ndeps: \"ghost\"");
    }

    @Test
    void subchartValuesThatAreNoMapAreATypeMismatch(@TempDir Path tmp) throws Exception {
        write(tmp, "Chart.yaml", "apiVersion: v2\nname: top\nversion: 0.1.0\n");
        write(tmp, "charts/sub/Chart.yaml", "apiVersion: v2\nname: sub\nversion: 0.1.0\n");
        assertThat(render(tmp, "sub=5").problem().get().message()).isEqualTo("type mismatch on sub: %!t(int64=5)");
        assertThat(render(tmp, "sub=true").problem().get().message()).isEqualTo("type mismatch on sub: true");
        assertThat(render(tmp, "sub={a,b}").problem().get().message())
                .isEqualTo("type mismatch on sub: [%!t(string=a) %!t(string=b)]");
        // declared, the subchart's values are coalesced while dependencies are processed: Helm says so
        write(tmp, "Chart.yaml", "apiVersion: v2\nname: top\nversion: 0.1.0\ndependencies:\n- name: sub\n  version: 0.1.0\n");
        assertThat(render(tmp, "sub=x").problem().get().message())
                .isEqualTo("chart dependencies processing failed: type mismatch on sub: %!t(string=x)");
    }
}
