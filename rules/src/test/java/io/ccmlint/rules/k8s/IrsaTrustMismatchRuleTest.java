package io.ccmlint.rules.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.tree.ParseLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CCM302 finds a Terraform role by the AWS name the evaluator knows, not only a literal {@code name}. */
class IrsaTrustMismatchRuleTest {
    @TempDir
    Path dir;

    private List<Finding> ccm302(String roleName) throws Exception {
        Files.writeString(dir.resolve("main.tf"), """
                locals { role_name = "app-role" }
                variable "role_name" { default = "app-role" }
                resource "aws_iam_role" "app" {
                  name = %s
                  assume_role_policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Effect    = "Allow"
                      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/5E1C2B7A9D3F4E6A8B0C1D2E3F4A5B6C" }
                      Action    = "sts:AssumeRoleWithWebIdentity"
                      Condition = {
                        StringEquals = {
                          "oidc.eks.us-east-1.amazonaws.com/id/5E1C2B7A9D3F4E6A8B0C1D2E3F4A5B6C:sub" = "system:serviceaccount:app:app"
                        }
                      }
                    }]
                  })
                }
                """.formatted(roleName));
        Files.writeString(dir.resolve("sa.yaml"), """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: app
                  namespace: other
                  annotations:
                    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/app-role
                """);
        Linter linter = new Linter(RuleRegistry.discover(getClass().getClassLoader()), LintConfig.defaults(dir), 1,
                ParseLimits.DEFAULT, dir);
        return linter.lint(List.of(dir)).findings().stream().filter(f -> f.ruleId().equals("CCM302")).toList();
    }

    @Test
    void aLiteralNameIsFound() throws Exception {
        assertThat(ccm302("\"app-role\"")).hasSize(1);
    }

    @Test
    void aNameThroughALocalIsFound() throws Exception {
        List<Finding> found = ccm302("local.role_name");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).message()).contains("service account other/app").contains("role app-role")
                .contains("does not admit system:serviceaccount:other:app");
        assertThat(found.get(0).span().text()).isEqualTo("arn:aws:iam::123456789012:role/app-role");
    }

    @Test
    void aNameThroughAVariableDefaultIsFound() throws Exception {
        assertThat(ccm302("var.role_name")).hasSize(1);
    }

    @Test
    void anUnknownNameIsNotGuessed() throws Exception {
        assertThat(ccm302("var.missing")).isEmpty();
    }
}
