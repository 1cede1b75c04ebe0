package io.ccmlint.rules.harness;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.RuleExamples;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.tree.ParseLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarnessRulesTest {
    @TempDir
    Path dir;

    private LintResult lint(Map<String, String> files) throws Exception {
        for (var e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
        return new Linter(RuleRegistry.discover(getClass().getClassLoader()), LintConfig.defaults(dir), 1,
                ParseLimits.DEFAULT, dir).lint(List.of(dir));
    }

    /** Every CCM002 example on Harness YAML lands on the exact line and column of the wrong value. */
    @Test
    void ccm002OnHarnessYamlPointsAtTheValue() throws Exception {
        RuleExamples ex = RuleExamples.load(getClass().getClassLoader(), "CCM002");
        Map<String, String> files = new java.util.TreeMap<>();
        ex.set("bad").stream().filter(f -> f.path().startsWith("harness/")).forEach(f -> files.put(f.path(), f.content()));
        assertThat(files).hasSize(4);
        List<Finding> found = lint(files).findings().stream().filter(f -> f.ruleId().equals("CCM002")).toList();
        assertThat(found).extracting(f -> f.span().file().displayPath() + ":" + f.span().startLine() + ":"
                + f.span().startColumn() + ":" + f.span().text().split("\n")[0]).containsExactly(
                "harness/aws-irsa-uppercase.yaml:8:13:IRSA",
                "harness/ccm-no-cross-account.yaml:7:5:a",
                "harness/cron-lowercase.yaml:10:15:unix",
                "harness/kubernetes-runtime.yaml:13:19:Kubernetes");
    }

    /** CCM504's warning: the features of a YAML CCM connector against the Terraform role it names. */
    @Test
    void ccmFeaturesAgainstTheRoleOfAYamlConnector() throws Exception {
        LintResult r = lint(Map.of("ccm.yaml", """
                connector:
                  name: ccm
                  identifier: ccm
                  type: CEAws
                  spec:
                    crossAccountAccess:
                      crossAccountRoleArn: arn:aws:iam::123456789012:role/HarnessCERole
                      externalId: harness:891928451355:abc
                    awsAccountId: "123456789012"
                    featuresEnabled: [VISIBILITY]
                """, "tf/main.tf", """
                resource "aws_iam_role" "ce" {
                  name                = "HarnessCERole"
                  managed_policy_arns = ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"]
                  assume_role_policy  = "{}"
                }
                """));
        List<Finding> ccm504 = r.findings().stream().filter(f -> f.ruleId().equals("CCM504")).toList();
        assertThat(ccm504).hasSize(1);
        assertThat(ccm504.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(ccm504.get(0).message()).contains("ec2:DescribeRegions");
        assertThat(ccm504.get(0).related()).anyMatch(x -> x.message().equals("role aws_iam_role.ce"));
        // the role of a CCM connector is held to its features (CCM504), not to CCM101's every-connector rule
        assertThat(r.findings()).noneMatch(f -> f.ruleId().equals("CCM101"));
    }

    @Test
    void cronExpressions() {
        assertThat(Cron.problem("UNIX", "0 6 * * *")).isNull();
        assertThat(Cron.problem("UNIX", "*/5 0-23/2 1,15 JAN-MAR MON-FRI")).isNull();
        assertThat(Cron.problem("UNIX", "0 6 * * 7")).isNull();
        assertThat(Cron.problem("UNIX", "60 6 * * *")).contains("minute");
        assertThat(Cron.problem("UNIX", "0 6 * *")).contains("5 fields");
        assertThat(Cron.problem("UNIX", "0 0 6 * * ?")).contains("QUARTZ");
        assertThat(Cron.problem("UNIX", "0 18-6 * * *")).contains("backwards");
        assertThat(Cron.problem("QUARTZ", "0 0 6 ? * MON#2")).isNull();
        assertThat(Cron.problem("QUARTZ", "0 0 6 L * ? 2030")).isNull();
        assertThat(Cron.problem("QUARTZ", "0 0 6 * * *")).contains("exactly one");
        assertThat(Cron.problem("QUARTZ", "0 6 * * *")).contains("UNIX");
    }

    @Test
    void identifiers() {
        assertThat(IdentifierInvalidRule.problem("iacm_provision", true)).isNull();
        assertThat(IdentifierInvalidRule.problem("a$b", false)).isNull();
        assertThat(IdentifierInvalidRule.problem("a$b", true)).contains("$");
        assertThat(IdentifierInvalidRule.problem("my-id", true)).contains("hyphens");
        assertThat(IdentifierInvalidRule.problem("status", false)).contains("reserved");
        assertThat(IdentifierInvalidRule.problem("9lives", false)).isNotNull();
        assertThat(IdentifierInvalidRule.problem("a".repeat(129), false)).contains("128");
    }
}
