package io.ccmlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Module calls the run could not follow are counted, with the reason, in every report's summary. */
class ModuleNotesOutputTest {
    private static final String NOTE = "1 Terraform module call not followed (what they give is unknown): 1 not downloaded"
            + " (a registry or git source: run `terraform init` in the root module)";

    @TempDir
    Path dir;

    private void root() throws Exception {
        Files.writeString(dir.resolve("main.tf"), """
                module "ccm" {
                  source  = "harness-community/harness-ccm/aws"
                  version = "0.1.0"
                }
                """);
    }

    @Test
    void textJsonAndSarifSayHowManyCallsWereNotFollowedAndWhy() throws Exception {
        root();
        Cli.Run text = Cli.run("check", dir.toString());
        assertThat(text.exit()).isZero();
        assertThat(text.out()).endsWith("1 file, 0 findings (0 errors, 0 warnings), 0 fixable; " + NOTE + "\n");

        Cli.Run json = Cli.run("check", "--format", "json", dir.toString());
        JsonNode summary = new ObjectMapper().readTree(json.out()).path("summary");
        assertThat(summary.path("notes").size()).isEqualTo(1);
        assertThat(summary.path("notes").path(0).asText()).isEqualTo(NOTE);

        Cli.Run sarif = Cli.run("check", "--format", "sarif", dir.toString());
        assertThat(SarifOutputTest.officialSchema().validate(sarif.out(), InputFormat.JSON)).isEmpty();
        JsonNode notification = new ObjectMapper().readTree(sarif.out()).path("runs").path(0).path("invocations").path(0)
                .path("toolExecutionNotifications").path(0);
        assertThat(notification.path("level").asText()).isEqualTo("note");
        assertThat(notification.path("message").path("text").asText()).isEqualTo(NOTE);
    }

    @Test
    void onceTerraformInitRanTheCallIsFollowedAndNothingIsSaid() throws Exception {
        root();
        Files.createDirectories(dir.resolve(".terraform/modules/ccm"));
        Files.writeString(dir.resolve(".terraform/modules/ccm/variables.tf"), "variable \"external_id\" { default = \"x\" }\n");
        Files.writeString(dir.resolve(".terraform/modules/modules.json"), """
                {"Modules":[{"Key":"","Source":"","Dir":"."},
                 {"Key":"ccm","Source":"registry.terraform.io/harness-community/harness-ccm/aws","Version":"0.1.0",
                  "Dir":".terraform/modules/ccm"}]}
                """);
        Cli.Run text = Cli.run("check", dir.toString());
        assertThat(text.out()).endsWith("1 file, 0 findings (0 errors, 0 warnings), 0 fixable\n");
        JsonNode summary = new ObjectMapper().readTree(Cli.run("check", "--format", "json", dir.toString()).out()).path("summary");
        assertThat(summary.has("notes")).isFalse();
    }
}
