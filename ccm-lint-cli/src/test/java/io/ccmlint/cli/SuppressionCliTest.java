package io.ccmlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Baselines, inline suppressions, --strict and --show-suppressed through the command line. */
class SuppressionCliTest {
    private static final String NEW_MISTAKE = """
            {
              "Version": "2012-10-17",
              "Statement": [{"Effect": "Allow", "Action": "ecs:UpdateService", "Resource": "*", "Condition": "yes"}]
            }
            """;

    /** The summary of a run over the examples without suppressions: their count changes as rules are added. */
    private static JsonNode summary(Path ex) throws Exception {
        return new ObjectMapper().readTree(Cli.run("check", "--format", "json", ex.toString()).out()).get("summary");
    }

    private static String counts(JsonNode before, long findings, long errors, long fixable) {
        long warnings = before.get("warnings").asLong();
        long infos = before.get("infos").asLong();
        return findings + " finding" + (findings == 1 ? "" : "s") + " (" + errors + " error" + (errors == 1 ? "" : "s") + ", "
                + warnings + " warning" + (warnings == 1 ? "" : "s") + (infos > 0 ? ", " + infos + " info" : "") + "), "
                + fixable + " fixable";
    }

    @Test
    void adoptWithABaselineThenOnlyANewMistakeFails() throws Exception {
        Path ex = Cli.copyOfExamples("adopt");
        JsonNode before = summary(ex);
        int n = before.get("findings").asInt();
        Path baseline = ex.resolve("ccm-lint-baseline.json");
        Cli.Run adopt = Cli.run("check", "--no-color", "--write-baseline", baseline.toString(), ex.toString());
        assertThat(adopt.exit()).isZero();
        assertThat(adopt.err()).isEqualTo("ccm-lint: wrote " + n + " findings to the baseline " + baseline + "\n");
        assertThat(adopt.out()).endsWith("files, 0 findings (0 errors, 0 warnings), 0 fixable, " + n
                + " hidden by the baseline (0 stale entries)\n");
        JsonNode file = new ObjectMapper().readTree(baseline.toFile());
        assertThat(file.get("findings")).hasSize(n);
        assertThat(file.get("findings").get(0).get("path").asText()).isEqualTo("broken/HarnessECRPush.json");

        Files.writeString(ex.resolve("iam/policies/ecs-deploy.json"), NEW_MISTAKE);
        Path ecr = ex.resolve("iam/policies/ecr-pull.json");
        Files.writeString(ecr, "\n\n" + Files.readString(ecr)); // edits elsewhere move old findings down
        Cli.Run after = Cli.run("check", "--no-color", "--baseline", baseline.toString(), ex.toString());
        assertThat(after.exit()).isEqualTo(1);
        assertThat(after.out()).startsWith(ex.toString().replace('\\', '/') + "/iam/policies/ecs-deploy.json:3:")
                .contains("error CCM002 schema-violation")
                .endsWith("files, 1 finding (1 error, 0 warnings), 0 fixable, " + n + " hidden by the baseline (0 stale entries)\n");
        assertThat(after.out().lines().filter(l -> l.contains(": error ") || l.contains(": warning "))).hasSize(1);

        Cli.deleteRecursively(ex.resolve("broken"));
        Cli.Run stale = Cli.run("check", "--quiet", "--baseline", baseline.toString(), ex.toString());
        assertThat(stale.out()).endsWith(", " + (n - 2) + " hidden by the baseline (2 stale entries)\n");

        Cli.Run strict = Cli.run("check", "--quiet", "--strict", "--baseline", baseline.toString(), ex.toString());
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.out()).endsWith("files, " + counts(before, n - 2 + 1, before.get("errors").asInt() - 2 + 1,
                before.get("fixable").asInt()) + "\n");
    }

    @Test
    void suppressedFindingsAreCountedListedOnRequestAndKeptInSarifAndJson() throws Exception {
        Path ex = Cli.copyOfExamples("inline");
        JsonNode before = summary(ex);
        int n = before.get("findings").asInt();
        int errors = before.get("errors").asInt();
        int fixable = before.get("fixable").asInt();
        Path controller = ex.resolve("k8s/argocd/argocd-application-controller.yaml");
        String yaml = Files.readString(controller);
        Files.writeString(controller, yaml.replaceFirst("\n    spec:\n",
                "\n    # ccm-lint:disable=CCM303 reason=\"Argo CD runs on a node pool with a shared volume\" until=2999-01-01\n    spec:\n"));
        Cli.Run text = Cli.run("check", "--no-color", ex.toString());
        assertThat(text.out()).doesNotContain("argocd-application-controller.yaml:21:5: error CCM303")
                .endsWith("files, " + counts(before, n - 1, errors - 1, fixable - 1) + ", 1 suppressed\n");

        Cli.Run shown = Cli.run("check", "--no-color", "--show-suppressed", ex.toString());
        assertThat(shown.out()).contains("argocd-application-controller.yaml:21:5: error CCM303 fsgroup-missing: ")
                .contains("      = suppressed (inline): Argo CD runs on a node pool with a shared volume (until 2999-01-01)\n");

        Path sarif = Path.of("target", "cli-test", "inline-out", "out.sarif");
        Cli.Run s = Cli.run("check", "--format", "sarif", "--output", sarif.toString(), ex.toString());
        assertThat(s.exit()).isEqualTo(1);
        String sarifText = Files.readString(sarif);
        assertThat(SarifOutputTest.officialSchema().validate(sarifText, com.networknt.schema.InputFormat.JSON)).isEmpty();
        JsonNode results = new ObjectMapper().readTree(sarifText).get("runs").get(0).get("results");
        assertThat(results).hasSize(n);
        JsonNode suppressed = null;
        for (JsonNode r : results) {
            if (r.has("suppressions")) {
                assertThat(suppressed).as("one suppressed result").isNull();
                suppressed = r;
            }
        }
        assertThat(suppressed.get("ruleId").asText()).isEqualTo("CCM303");
        JsonNode sup = suppressed.get("suppressions").get(0);
        assertThat(sup.get("kind").asText()).isEqualTo("inSource");
        assertThat(sup.get("justification").asText()).isEqualTo("Argo CD runs on a node pool with a shared volume (until 2999-01-01)");

        JsonNode json = new ObjectMapper().readTree(Cli.run("check", "--format", "json", ex.toString()).out());
        assertThat(json.get("summary").get("findings").asInt()).isEqualTo(n - 1);
        assertThat(json.get("summary").get("suppressed").asInt()).isEqualTo(1);
        assertThat(json.get("findings")).hasSize(n - 1);
        JsonNode hidden = json.get("suppressed").get(0);
        assertThat(hidden.get("rule").asText()).isEqualTo("CCM303");
        assertThat(hidden.get("suppressed").get("kind").asText()).isEqualTo("inSource");
        assertThat(hidden.get("suppressed").get("until").asText()).isEqualTo("2999-01-01");

        Cli.Run strict = Cli.run("check", "--quiet", "--strict", ex.toString());
        assertThat(strict.out()).contains("error CCM303 fsgroup-missing").endsWith(counts(before, n, errors, fixable) + "\n");
    }

    @Test
    void baselineInSarifIsExternalAndFixLeavesAcceptedFindingsAlone() throws Exception {
        Path ex = Cli.copyOfExamples("baseline-fix");
        int n = summary(ex).get("findings").asInt();
        Path baseline = Path.of("target", "cli-test", "baseline-fix.json");
        assertThat(Cli.run("check", "--write-baseline", baseline.toString(), ex.toString()).exit()).isZero();
        Path sarif = Path.of("target", "cli-test", "baseline-fix-out", "out.sarif");
        Cli.run("check", "--baseline", baseline.toString(), "--format", "sarif", "--output", sarif.toString(), ex.toString());
        JsonNode results = new ObjectMapper().readTree(sarif.toFile()).get("runs").get(0).get("results");
        assertThat(results).hasSize(n).allSatisfy(r -> {
            assertThat(r.get("suppressions").get(0).get("kind").asText()).isEqualTo("external");
            assertThat(r.get("suppressions").get(0).get("justification").asText()).isEqualTo("accepted in baseline baseline-fix.json");
        });
        Cli.Run fix = Cli.run("fix", "--quiet", "--baseline", baseline.toString(), ex.toString());
        assertThat(fix.err()).as("--quiet: nothing when there was nothing to fix").isEmpty();
        assertThat(fix.exit()).isZero();
    }

    @Test
    void aMissingOrBrokenBaselineIsAUsageError() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "cli-test", "badbaseline"));
        Files.writeString(dir.resolve("p.json"), "{\"Version\": \"2012-10-17\", \"Statement\": []}");
        Cli.Run missing = Cli.run("check", "--baseline", dir.resolve("none.json").toString(), dir.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).startsWith("ccm-lint: baseline file not found: ").hasLineCount(1);
        Files.writeString(dir.resolve("b.json"), "[]");
        Cli.Run broken = Cli.run("check", "--baseline", dir.resolve("b.json").toString(), dir.toString());
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err()).contains("not a ccm-lint baseline").hasLineCount(1);
    }
}
