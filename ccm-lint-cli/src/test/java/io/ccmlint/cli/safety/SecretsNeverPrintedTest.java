package io.ccmlint.cli.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planted credentials are found, and no report format (nor a fix diff) ever shows them. */
class SecretsNeverPrintedTest {
    static final String ACCESS_KEY = "AKIAQ3EGRZ7VX2LBN4TK";
    static final String SECRET_KEY = "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";
    static final String PAT = "pat.Kq2vT8xWbN4mR1yZc7LpHg.6650a1b2c3d4e5f6a7b8c9d0.Zx9cVb8nMq7wEr6tYu5i";
    static final String DELEGATE_TOKEN = "NjM3YzE4ZWQ5ZDQ2OGEwZmI3YTJkMTQ0ZmVhYTg3OWE=";
    static final List<String> SECRETS = List.of(ACCESS_KEY, SECRET_KEY, PAT, DELEGATE_TOKEN,
            "wJalrXUtnFEMI", "6650a1b2c3d4e5f6a7b8c9d0", "NjM3YzE4ZWQ5ZDQ2OGEw");

    @TempDir
    Path dir;

    @Test
    void noFormatShowsAPlantedSecret() throws Exception {
        Files.writeString(dir.resolve("delegate.yaml"), """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: delegate-token
                  namespace: harness-delegate-ng
                type: Opaque
                stringData:
                  DELEGATE_TOKEN: %s
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: delegate
                  namespace: harness-delegate-ng
                spec:
                  selector:
                    matchLabels: {app: delegate}
                  template:
                    metadata:
                      labels: {app: delegate}
                    spec:
                      containers:
                      - name: delegate
                        image: harness/delegate:latest
                        env:
                        - name: AWS_ACCESS_KEY_ID
                          value: %s
                        - name: AWS_SECRET_ACCESS_KEY
                          value: "%s"
                        - name: HARNESS_API_KEY
                          value: %s
                """.formatted(DELEGATE_TOKEN, ACCESS_KEY, SECRET_KEY, PAT));
        Files.writeString(dir.resolve("pipeline.yaml"), """
                pipeline:
                  name: p
                  identifier: p
                  projectIdentifier: x
                  orgIdentifier: default
                  stages:
                    - stage:
                        name: s
                        identifier: s
                        type: IACM
                        variables:
                          - name: HARNESS_PLATFORM_API_KEY
                            type: String
                            value: %s
                        spec:
                          workspace: w
                          execution:
                            steps: []
                """.formatted(PAT));
        List<String> args = new ArrayList<>(List.of("check", "--no-color", "--show-suppressed"));
        for (String format : List.of("json", "sarif", "junit", "checkstyle", "github")) {
            args.addAll(List.of("--format", format, "--output", dir.resolve("report." + format).toString()));
        }
        args.add(dir.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isEqualTo(1);
        List<String> outputs = new ArrayList<>();
        outputs.add(out.toString());
        outputs.add(err.toString());
        for (String format : List.of("json", "sarif", "junit", "checkstyle", "github")) {
            outputs.add(Files.readString(dir.resolve("report." + format)));
        }
        outputs.add(run("check", "--no-color", dir.toString())); // text on standard output
        outputs.add(run("check", "--quiet", dir.toString()));
        outputs.add(run("fix", "--diff", "--unsafe", dir.toString()));
        // the secrets were found (CCM309 in the manifest, CCM406 in the pipeline) ...
        assertThat(outputs.get(2)).contains("CCM309").contains("CCM406");
        // ... and never shown
        for (String o : outputs) {
            for (String secret : SECRETS) {
                assertThat(o).as("an output shows %s", secret).doesNotContain(secret);
            }
        }
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return out + "\n" + err;
    }
}
