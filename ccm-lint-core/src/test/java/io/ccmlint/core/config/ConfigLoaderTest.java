package io.ccmlint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ccmlint.core.rule.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Path write(String rel, String content) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    private String error(String yaml) throws IOException {
        Path p = write(".ccm-lint.yml", yaml);
        ConfigException e = catchThrowableOfType(() -> ConfigLoader.load(p), ConfigException.class);
        assertThat(e).as("a ConfigException for %s", yaml).isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("com.networknt");
        return e.getMessage();
    }

    @Test
    void loadsAValidConfig() throws Exception {
        Path p = write(".ccm-lint.yml", """
                rules:
                  CCM108: off
                  CCM002: error
                  CCM101:
                    severity: warning
                    maxActions: 5
                    services: [ce, cur]
                connectorPolicies:
                  - iam/connector-roles/**
                exclude:
                  - vendor/**
                  - "*.bak.json"
                include:
                  - "**/*.json"
                harness:
                  accountId: abc_DEF-123
                  ccmPrincipalAccounts: ["891928451355"]
                """);
        LintConfig c = ConfigLoader.load(p);
        assertThat(c.file()).isEqualTo(p);
        assertThat(c.baseDir()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(c.rules()).containsOnlyKeys("CCM108", "CCM002", "CCM101");
        assertThat(c.rules().get("CCM108").off()).isTrue();
        assertThat(c.rules().get("CCM002").off()).isFalse();
        assertThat(c.rules().get("CCM002").severity()).isEqualTo(Severity.ERROR);
        RuleSetting ccm101 = c.rules().get("CCM101");
        assertThat(ccm101.off()).isFalse();
        assertThat(ccm101.severity()).isEqualTo(Severity.WARNING);
        assertThat(ccm101.properties()).containsOnlyKeys("maxActions", "services");
        assertThat((BigDecimal) ccm101.properties().get("maxActions")).isEqualByComparingTo("5");
        assertThat(ccm101.properties().get("services")).isEqualTo(java.util.List.of("ce", "cur"));
        assertThat(c.connectorPolicies()).extracting(Glob::toString).containsExactly("iam/connector-roles/**");
        assertThat(LintConfig.anyMatch(c.connectorPolicies(), "iam/connector-roles/ccm.json")).isTrue();
        assertThat(c.exclude()).extracting(Glob::toString).containsExactly("vendor/**", "*.bak.json");
        assertThat(c.include()).extracting(Glob::toString).containsExactly("**/*.json");
        assertThat(c.harness().accountId()).isEqualTo("abc_DEF-123");
        assertThat(c.harness().ccmPrincipalAccounts()).containsExactly("891928451355");
    }

    @Test
    void anEmptyFileIsTheDefaults() throws Exception {
        Path p = write(".ccm-lint.yml", "# nothing yet\n");
        LintConfig c = ConfigLoader.load(p);
        assertThat(c.file()).isEqualTo(p);
        assertThat(c.rules()).isEmpty();
        assertThat(c.exclude()).isEmpty();
        assertThat(c.harness().accountId()).isNull();
    }

    @Test
    void unknownKeyIsReportedAtItsLine() throws Exception {
        String m = error("rules: {}\nexclud:\n  - x\n");
        assertThat(m).startsWith(dir.resolve(".ccm-lint.yml") + ":2:1: invalid configuration: ").contains("'exclud'");
        String nested = error("harness:\n  accountID: abc\n");
        assertThat(nested).startsWith(dir.resolve(".ccm-lint.yml") + ":2:3: ").contains("'accountID'");
    }

    @Test
    void badSeverityIsReportedAtTheValue() throws Exception {
        String m = error("rules:\n  CCM101: fatal\n");
        assertThat(m).startsWith(dir.resolve(".ccm-lint.yml") + ":2:11: invalid configuration: ").contains("CCM101");
        String inMap = error("rules:\n  CCM101:\n    severity: fatal\n");
        assertThat(inMap).startsWith(dir.resolve(".ccm-lint.yml") + ":3:");
    }

    @Test
    void wrongTypeIsReportedAtTheValue() throws Exception {
        assertThat(error("exclude: vendor/**\n"))
                .isEqualTo(dir.resolve(".ccm-lint.yml") + ":1:10: invalid configuration: \"exclude\": string found, array expected");
        assertThat(error("harness:\n  accountId: 123\n"))
                .isEqualTo(dir.resolve(".ccm-lint.yml") + ":2:14: invalid configuration: \"accountId\": number found, string expected");
        assertThat(error("- a\n")).startsWith(dir.resolve(".ccm-lint.yml") + ":1:1: invalid configuration: ");
    }

    @Test
    void docsBaseUrlIsReadAndMustBeAWebUrl() throws Exception {
        LintConfig c = ConfigLoader.load(write(".ccm-lint.yml", "docs:\n  baseUrl: https://lint.example.com/rules/\n"));
        assertThat(c.docsBaseUrl()).isEqualTo("https://lint.example.com/rules/");
        assertThat(ConfigLoader.load(write(".ccm-lint.yml", "rules: {}\n")).docsBaseUrl()).isNull();
        assertThat(error("docs:\n  baseUrl: docs/rules\n")).startsWith(dir.resolve(".ccm-lint.yml") + ":2:12: ");
    }

    @Test
    void badRuleIdIsReported() throws Exception {
        assertThat(error("rules:\n  ccm101: off\n")).startsWith(dir.resolve(".ccm-lint.yml") + ":2:3: ");
    }

    @Test
    void yamlErrorsAndDuplicateKeysHaveALocation() throws Exception {
        assertThat(error("rules: [\n")).startsWith(dir.resolve(".ccm-lint.yml") + ":2:1: invalid YAML");
        assertThat(error("exclude: []\nrules: {}\nexclude: []\n"))
                .isEqualTo(dir.resolve(".ccm-lint.yml") + ":3:1: duplicate key \"exclude\" in the same YAML mapping");
    }

    @Test
    void unreadableOrMissingFile() throws Exception {
        Path missing = dir.resolve("nope.yml");
        ConfigException e = catchThrowableOfType(() -> ConfigLoader.load(missing), ConfigException.class);
        assertThat(e.getMessage()).startsWith("cannot read config file " + missing);
        Path bad = dir.resolve("bad.yml");
        Files.write(bad, new byte[] {'a', ':', ' ', (byte) 0xFF});
        ConfigException notUtf8 = catchThrowableOfType(() -> ConfigLoader.load(bad), ConfigException.class);
        assertThat(notUtf8.getMessage()).startsWith(bad + ": not UTF-8 text").contains("byte 3");
    }

    @Test
    void findWalksUpFromASubfolder() throws Exception {
        Files.createDirectories(dir.resolve("repo/.git"));
        Path config = write("repo/.ccm-lint.yml", "rules: {}\n");
        Path deep = Files.createDirectories(dir.resolve("repo/a/b/c"));
        assertThat(ConfigLoader.find(deep, null)).isEqualTo(config.toAbsolutePath().normalize());
        assertThat(ConfigLoader.find(dir.resolve("repo"), null)).isEqualTo(config.toAbsolutePath().normalize());
        Path file = write("repo/a/b/p.json", "{}");
        assertThat(ConfigLoader.find(file, null)).isEqualTo(config.toAbsolutePath().normalize());
        Path closer = write("repo/a/.ccm-lint.yaml", "rules: {}\n");
        assertThat(ConfigLoader.find(deep, null)).isEqualTo(closer.toAbsolutePath().normalize());
    }

    @Test
    void findStopsAtTheRepositoryRoot() throws Exception {
        write("outer/.ccm-lint.yml", "rules: {}\n");
        Files.createDirectories(dir.resolve("outer/repo/.git"));
        Path sub = Files.createDirectories(dir.resolve("outer/repo/sub"));
        assertThat(ConfigLoader.find(sub, null)).isNull();
        assertThat(ConfigLoader.find(dir.resolve("outer/repo"), null)).isNull();
        // a .git file (worktrees, submodules) marks a root too
        Files.createDirectories(dir.resolve("outer/wt/x"));
        Files.writeString(dir.resolve("outer/wt/.git"), "gitdir: /elsewhere\n");
        assertThat(ConfigLoader.find(dir.resolve("outer/wt/x"), null)).isNull();
    }

    /** The README documents every key in one block: it must be a configuration the loader accepts, as written. */
    @Test
    void theReadmesConfigurationBlockLoads() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("## Configuration: `.ccm-lint.yml`");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        String block = readme.substring(start, readme.indexOf("```", start));
        LintConfig c = ConfigLoader.load(write(".ccm-lint.yml", block));
        assertThat(c.cloudFormation().partition()).isEqualTo("aws");
        assertThat(c.cloudFormation().stacks()).hasSize(1);
        LintConfig.CloudFormationSettings.Stack stack = c.cloudFormation().stacks().get(0);
        assertThat(stack.template().matches("cfn/harness-ccm.yaml")).isTrue();
        assertThat(stack.template().matches("cfn/other.yaml")).isFalse();
        assertThat(stack.parameters()).containsEntry("ExternalId", "harness:891928451355:kmpySmUISimoRrJL6NL73w");
        assertThat(stack.parameterFiles()).containsExactly("cfn/params/prod.json");
        assertThat(c.terraform().varFiles()).extracting(Glob::toString).containsExactly("env/prod.tfvars");
    }

    @Test
    void terraformVarFilesAreGlobsInTheirOrder() throws Exception {
        LintConfig c = ConfigLoader.load(write(".ccm-lint.yml",
                "terraform:\n  varFiles: [\"env/*.tfvars\", common.tfvars.json]\n"));
        assertThat(c.terraform().varFiles()).extracting(Glob::toString).containsExactly("env/*.tfvars", "common.tfvars.json");
        assertThat(c.terraform().varFiles().get(0).matchesExactly("env/prod.tfvars")).isTrue();
        assertThat(c.terraform().varFiles().get(1).matchesExactly("stacks/a/common.tfvars.json")).isTrue();
        assertThat(ConfigLoader.load(write(".ccm-lint.yml", "rules: {}\n")).terraform().varFiles()).isEmpty();
        assertThat(LintConfig.defaults(dir).terraform()).isEqualTo(LintConfig.TerraformSettings.DEFAULT);
    }

    @Test
    void terraformSettingsAreChecked() throws Exception {
        assertThat(error("terraform:\n  varFile: [a.tfvars]\n"))
                .startsWith(dir.resolve(".ccm-lint.yml") + ":2:3: invalid configuration: ").contains("'varFile'");
        assertThat(error("terraform:\n  varFiles: a.tfvars\n"))
                .isEqualTo(dir.resolve(".ccm-lint.yml") + ":2:13: invalid configuration: \"varFiles\": string found, array expected");
        assertThat(error("terraform:\n  varFiles: [\"\"]\n")).startsWith(dir.resolve(".ccm-lint.yml") + ":2:14: ");
        assertThat(error("terraform:\n  varFiles: [ok.tfvars, \"[z-a].tfvars\"]\n"))
                .startsWith(dir.resolve(".ccm-lint.yml") + ":2:25: invalid configuration: terraform.varFiles: \"[z-a].tfvars\""
                        + " is not a valid glob");
    }

    @Test
    void cloudFormationSettingsAreChecked() throws Exception {
        assertThat(error("cloudformation:\n  partition: aws-eu\n")).contains("partition");
        assertThat(error("cloudformation:\n  stacks:\n    - parameters: {A: b}\n")).contains("template");
        LintConfig c = ConfigLoader.load(write(".ccm-lint.yml",
                "cloudformation:\n  stacks:\n    - template: a.yaml\n      parameters: {Port: 443, On: true}\n"));
        assertThat(c.cloudFormation().stacks().get(0).parameters()).containsEntry("Port", "443").containsEntry("On", "true");
    }
}
