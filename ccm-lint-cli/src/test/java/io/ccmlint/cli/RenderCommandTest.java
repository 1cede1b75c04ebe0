package io.ccmlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    private static Path chart(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 0.1.0\n");
        Files.writeString(dir.resolve("values.yaml"), "image:\n  tag: \"1.0\"\ntoken: \"\"\n");
        Files.writeString(dir.resolve("templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                + "  name: {{ .Release.Name }}\n  namespace: {{ .Release.Namespace }}\ndata:\n"
                + "  tag: \"{{ .Values.image.tag }}\"\n  key: \"{{ index .Values \"a.b\" }}\"\n");
        Files.writeString(dir.resolve("templates/secret.yaml"), "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n"
                + "stringData:\n  token: \"{{ required \"token is required\" .Values.token }}\"\n");
        return dir;
    }

    @Test
    void printsAsHelmTemplateWithValuesSetReleaseAndNamespace(@TempDir Path tmp) throws Exception {
        Path c = chart(tmp.resolve("demo"));
        Path v = Files.writeString(tmp.resolve("prod.yaml"), "image:\n  tag: \"2.0\"\n");
        Cli.Run r = Cli.run("render", c.toString(), "--values", v.toString(), "--set", "token=t,a\\.b=x",
                "--release", "prod", "--namespace", "harness");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("---\n# Source: demo/templates/secret.yaml\napiVersion: v1\nkind: Secret\n"
                + "metadata:\n  name: s\nstringData:\n  token: \"t\"\n"
                + "---\n# Source: demo/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: prod\n"
                + "  namespace: harness\ndata:\n  tag: \"2.0\"\n  key: \"x\"\n");
    }

    @Test
    void aFailingTemplateIsALocatedErrorAndExitOne(@TempDir Path tmp) throws Exception {
        Path c = chart(tmp.resolve("demo"));
        Cli.Run r = Cli.run("render", c.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("demo/templates/secret.yaml:6:")
                .contains("Error: execution error at (demo/templates/secret.yaml:6:13): token is required");
    }

    @Test
    void aMissingChartIsAUsageError(@TempDir Path tmp) {
        assertThat(Cli.run("render", tmp.resolve("nope").toString()).exit()).isEqualTo(2);
    }
}
