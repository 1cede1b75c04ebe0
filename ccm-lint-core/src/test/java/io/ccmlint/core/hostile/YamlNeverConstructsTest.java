package io.ccmlint.core.hostile;

import static io.ccmlint.core.hostile.Hostile.lint;
import static io.ccmlint.core.hostile.Hostile.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.config.ConfigLoader;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.tree.YamlTreeReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML tags naming Java types produce plain nodes: nothing is constructed, loaded or run. */
class YamlNeverConstructsTest {
    /** Flips {@link #constructed} if anything ever instantiates it from a tag. */
    public static final class Canary {
        static volatile boolean constructed;

        public Canary() {
            constructed = true;
        }

        public Canary(String s) {
            constructed = true;
        }
    }

    static final String PAYLOAD = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: payload
            data:
              runtime: !!java.lang.Runtime {}
              engine: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://127.0.0.1:9/x.jar"]]]]
              canary: !!io.ccmlint.core.hostile.YamlNeverConstructsTest$Canary ["x"]
              process: !!java.lang.ProcessBuilder [["touch", "%s"]]
            """;

    @TempDir
    Path dir;

    @Test
    void tagsNamingJavaTypesStayPlainNodes() throws Exception {
        Path marker = dir.resolve("pwned");
        String text = PAYLOAD.formatted(marker);
        List<Node> docs = new YamlTreeReader().readAll(SourceFile.of("p.yaml", text));
        MapNode data = (MapNode) ((MapNode) docs.get(0)).get("data");
        assertThat(data.get("runtime")).isInstanceOf(MapNode.class);
        assertThat(data.get("engine")).isInstanceOf(ListNode.class);
        assertThat(((ScalarNode) ((ListNode) data.get("canary")).items().get(0)).scalar().value()).isEqualTo("x");
        assertThat(Canary.constructed).isFalse();
        assertThat(marker).doesNotExist();

        write(dir, "k8s/payload.yaml", text);
        LintResult r = lint(dir);
        assertThat(r.workspace().parseFailures()).isEmpty();
        assertThat(r.workspace().files()).hasSize(1); // read as Kubernetes
        assertThat(Canary.constructed).isFalse();
        assertThat(marker).doesNotExist();
    }

    @Test
    void theConfigurationFileConstructsNothingEither() throws Exception {
        Path config = write(dir, ".ccm-lint.yml", "include: !!io.ccmlint.core.hostile.YamlNeverConstructsTest$Canary [\"x\"]\n");
        try {
            ConfigLoader.load(config);
        } catch (ConfigException e) {
            assertThat(e.getMessage()).contains("invalid configuration"); // a list of one string would be fine too
        }
        assertThat(Canary.constructed).isFalse();
    }
}
