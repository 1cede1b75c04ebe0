package io.ccmlint.rules.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.FixRunner;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.tree.YamlTreeReader;
import io.ccmlint.core.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #6's real tests: the sample delegate YAML of Harness's AWS connector settings reference
 * (examples/k8s/delegate/harness-delegate.yaml, with its indentation restored) gives each of its mistakes
 * once, at its own line; the Argo CD manifests of Harness's guide to a GitOps cluster with an IAM role
 * give only the forgotten fsGroup patch, and its fix is the guide's.
 */
class DelegateAndArgoCdSampleManifestsTest {
    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private static LintResult lint(Path base, Path... paths) throws Exception {
        Linter linter = new Linter(RuleRegistry.discover(DelegateAndArgoCdSampleManifestsTest.class.getClassLoader()),
                LintConfig.defaults(base), 1, ParseLimits.DEFAULT, base);
        LintResult r = linter.lint(List.of(paths));
        assertThat(r.internalErrors()).isEmpty();
        return r;
    }

    private static List<String> lines(LintResult r) {
        return r.findings().stream().map(f -> f.span().startLine() + ":" + f.ruleId()).toList();
    }

    @Test
    void sampleDelegateYamlGivesEachMistakeOnceAtItsLine() throws Exception {
        Path file = EXAMPLES.resolve("k8s/delegate/harness-delegate.yaml");
        LintResult r = lint(EXAMPLES, file);
        assertThat(lines(r)).containsExactly(
                "13:CCM310",  // ClusterRoleBinding subject cdp-delegate: never created, in the namespace the file creates
                "17:CCM305",  // cluster-admin
                "37:CCM310",  // harness-delegate-ng is never created; the Namespace is harness-delegate (:4)
                "61:CCM306",  // runAsUser: 0
                "93:CCM308",  // ACCOUNT_ID YOUR_ACCOUNT_ID
                "132:CCM310", // HPA target newdel vs Deployment eks-test-new
                "177:CCM308", // UPGRADER_TOKEN YOUR_UPGRADER_TOKEN
                "192:CCM308", // accountId YOUR_ACCOUNT_ID inside the upgrader's config.yaml block
                "213:CCM307"); // upgrader:latest
        Finding namespace = r.findings().get(2);
        assertThat(namespace.message()).contains("harness-delegate-ng").contains("Namespace harness-delegate ");
        Finding hpa = r.findings().get(5);
        assertThat(hpa.message()).contains("newdel").contains("eks-test-new");
        assertThat(hpa.fix()).isNotNull();
        assertThat(hpa.fix().safe()).isFalse();
        assertThat(hpa.fix().edits()).singleElement().satisfies(e -> {
            assertThat(e.span().text()).isEqualTo("newdel");
            assertThat(e.replacement()).isEqualTo("eks-test-new");
        });
        // the placeholders are found where they are, not just on their line
        assertThat(r.findings().get(7).span().text()).isEqualTo("YOUR_ACCOUNT_ID");
        assertThat(r.findings().get(6).span().text()).isEqualTo("YOUR_UPGRADER_TOKEN");
    }

    @Test
    void gitOpsGuideArgoCdManifestsGiveOnlyTheForgottenFsGroup() throws Exception {
        Path dir = tmp.resolve("argocd");
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(EXAMPLES.resolve("k8s/argocd"))) {
            for (Path p : files.toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        Path controller = dir.resolve("argocd-application-controller.yaml");
        String before = Files.readString(controller, StandardCharsets.UTF_8);
        LintResult r = lint(tmp, dir);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("CCM303");
            assertThat(f.span().file().displayPath()).endsWith("argocd-application-controller.yaml");
            assertThat(f.span().startLine()).isEqualTo(20);
            assertThat(f.fix().safe()).isTrue();
        });

        FixRunner.Outcome outcome = FixRunner.fix(new Linter(RuleRegistry.discover(getClass().getClassLoader()),
                LintConfig.defaults(tmp), 1, ParseLimits.DEFAULT, tmp), List.of(dir), false);
        assertThat(outcome.after().findings()).isEmpty();
        String after = Files.readString(controller, StandardCharsets.UTF_8);
        assertThat(after).isEqualTo(before.replace(
                "      serviceAccountName: argocd-application-controller\n",
                "      serviceAccountName: argocd-application-controller\n      securityContext:\n        fsGroup: 999\n"));

        // the fixed YAML is the same object plus the new field
        Node old = new YamlTreeReader(ParseLimits.DEFAULT).readAll(SourceFile.of("a.yaml", before)).get(0);
        Node now = new YamlTreeReader(ParseLimits.DEFAULT).readAll(SourceFile.of("b.yaml", after)).get(0);
        assertThat(Plain.of(now.at("/spec/template/spec/securityContext"))).isEqualTo(java.util.Map.of("fsGroup", new java.math.BigDecimal(999)));
        assertThat(Plain.of(now)).isEqualTo(Plain.with(Plain.of(old), "/spec/template/spec", "securityContext",
                java.util.Map.of("fsGroup", new java.math.BigDecimal(999))));
        assertThat(((MapNode) now.at("/spec/template/spec")).entries().get(1).key()).isEqualTo("securityContext");
    }
}
