package io.ccmlint.rules.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.tree.ParseLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CCM309's findings are sensitive and never carry the secret in their message. */
class PlaintextSecretTest {
    private static final List<String> SECRETS = List.of("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "pat.Kq2vT8xWbN4mR1yZc7LpHg.66a1b2c3d4e5f6a7b8c9d0e1.Zx9Yw8Vu7Ts6Rq5Po4Nm", "dG9rZW4tdmFsdWUtMTIzNDU2Nzg5MA==",
            "QUtJQUlPU0ZPRE5ON0VYQU1QTEU=");

    @TempDir
    Path dir;

    @Test
    void findingsAreSensitiveAndMessagesHoldNoSecret() throws Exception {
        Files.writeString(dir.resolve("app.yaml"), """
                apiVersion: v1
                kind: Pod
                metadata: {name: p, namespace: n}
                spec:
                  containers:
                  - name: c
                    image: registry.example.com/c:1.0.0
                    env:
                    - {name: AWS_ACCESS_KEY_ID, value: AKIAIOSFODNN7EXAMPLE}
                    - {name: AWS_SECRET_ACCESS_KEY, value: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY}
                    - {name: API, value: "pat.Kq2vT8xWbN4mR1yZc7LpHg.66a1b2c3d4e5f6a7b8c9d0e1.Zx9Yw8Vu7Ts6Rq5Po4Nm"}
                    - {name: UPGRADER_TOKEN, value: "dG9rZW4tdmFsdWUtMTIzNDU2Nzg5MA=="}
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: s, namespace: n}
                data:
                  KEY_ID: QUtJQUlPU0ZPRE5ON0VYQU1QTEU=
                  ALSO: QUtJQUlPU0ZPRE5ON0VYQU1QTEU=
                """);
        Linter linter = new Linter(RuleRegistry.discover(getClass().getClassLoader()), LintConfig.defaults(dir), 1,
                ParseLimits.DEFAULT, dir);
        LintResult r = linter.lint(List.of(dir));
        List<Finding> secrets = r.findings().stream().filter(f -> f.ruleId().equals("CCM309")).toList();
        assertThat(secrets).extracting(f -> f.span().startLine()).containsExactly(9, 10, 11, 12, 18, 19);
        assertThat(secrets).allMatch(Finding::sensitive);
        for (Finding f : r.findings()) {
            for (String s : SECRETS) {
                assertThat(f.message()).doesNotContain(s);
            }
        }
        assertThat(secrets.get(4).message()).contains("AWS access key id").contains("base64");
    }
}
