package io.ccmlint.rules.iam;

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

/**
 * A trust policy belongs to the role that owns it: a Terraform role's assume_role_policy belongs
 * to that role's AWS name, not to the file it is written in (main.tf is no role "main").
 */
class TrustOwnersRulesTest {
    @TempDir
    Path dir;

    private static final String POLICY = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]}
            """;
    private static final String CLUSTER_SECRET = """
            apiVersion: v1
            kind: Secret
            metadata:
              name: testing-cluster
              namespace: argocd
              labels:
                argocd.argoproj.io/secret-type: cluster
            type: Opaque
            stringData:
              name: testing
              server: https://9F2C4E1A7B3D5C8E0A6B4D2F1E3C5A7B.gr7.us-east-1.eks.amazonaws.com
              config: |
                {"awsAuthConfig": {"clusterName": "testing", "roleARN": "arn:aws:iam::123456789012:role/Deployer"}}
            """;

    private Finding ccm105() throws Exception {
        Files.writeString(dir.resolve("argocd-assume-role.json"), POLICY);
        Files.writeString(dir.resolve("cluster.yaml"), CLUSTER_SECRET);
        Linter linter = new Linter(RuleRegistry.discover(getClass().getClassLoader()), LintConfig.defaults(dir), 1,
                ParseLimits.DEFAULT, dir);
        List<Finding> found = linter.lint(List.of(dir)).findings().stream().filter(f -> f.ruleId().equals("CCM105")).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aTrustFileNamedAfterItsRole() throws Exception {
        Files.writeString(dir.resolve("Deployer.json"), """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Principal": {"AWS": "arn:aws:iam::123456789012:role/ArgoCD"}, "Action": "sts:AssumeRole"}]}
                """);
        Finding f = ccm105();
        assertThat(f.fixable()).isTrue();
        assertThat(f.message()).contains("roles trusting ArgoCD: arn:aws:iam::123456789012:role/Deployer");
    }

    @Test
    void aTerraformRolesAssumeRolePolicyBelongsToItsAwsName() throws Exception {
        Files.writeString(dir.resolve("main.tf"), """
                resource "aws_iam_role" "deployer" {
                  name = "Deployer"
                  assume_role_policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Effect    = "Allow"
                      Principal = { AWS = "arn:aws:iam::123456789012:role/ArgoCD" }
                      Action    = "sts:AssumeRole"
                    }]
                  })
                }
                """);
        Finding f = ccm105();
        assertThat(f.fixable()).isTrue();
        assertThat(f.message()).contains("roles trusting ArgoCD: arn:aws:iam::123456789012:role/Deployer");
    }
}
