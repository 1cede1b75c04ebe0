package io.ccmlint.core.model.role;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A role whose trust policy lets Harness in is a Harness connector role, whatever defines it. */
class HarnessTrustedRolesTest {
    @TempDir
    Path dir;

    private Workspace workspace(LintConfig config) throws Exception {
        return new Linter(RuleRegistry.of(List.of()), config, 2, ParseLimits.DEFAULT, dir).lint(List.of(dir)).workspace();
    }

    private Workspace workspace() throws Exception {
        return workspace(LintConfig.defaults(dir));
    }

    /** A Terraform role {@code name} whose trust has one statement of {@code effect} with {@code principal} and {@code action}. */
    private static String role(String name, String effect, String principal, String action) {
        return """
                resource "aws_iam_role" "%1$s" {
                  name = "%1$s"
                  assume_role_policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{ Effect = "%2$s", Principal = %3$s, Action = "%4$s" }]
                  })
                }
                """.formatted(name, effect, principal, action);
    }

    private static Optional<Role> named(Workspace ws, String name) {
        return ws.roles().stream().filter(r -> name.equals(r.awsName())).findFirst();
    }

    @Test
    void aRoleHarnessAccountsMayAssumeIsAConnectorRoleMarkedAtThePrincipal() throws Exception {
        Files.writeString(dir.resolve("main.tf"),
                role("us", "Allow", "{ AWS = \"arn:aws:iam::891928451355:root\" }", "sts:AssumeRole")
                + role("eu", "Allow", "{ AWS = [\"111122223333\", \"783764615875\"] }", "sts:AssumeRole")
                + role("partial", "Allow", "{ AWS = \"arn:aws:iam::891928451355:role/${var.name}\" }", "sts:AssumeRole"));
        Workspace ws = workspace();
        Role us = named(ws, "us").orElseThrow();
        assertThat(us.connectorUse()).isEqualTo("its trust policy admits Harness (account 891928451355)");
        assertThat(us.connectorUseSpan().text()).isEqualTo("\"arn:aws:iam::891928451355:root\"");
        assertThat(HarnessTrustedRoles.markedByTrust(us)).isTrue();
        Role eu = named(ws, "eu").orElseThrow();
        assertThat(eu.connectorUse()).isEqualTo("its trust policy admits Harness (account 783764615875)");
        assertThat(eu.connectorUseSpan().text()).isEqualTo("\"783764615875\"");
        assertThat(named(ws, "partial").orElseThrow().connectorUse()).endsWith("(account 891928451355)");
        assertThat(ws.connectorRoles()).extracting(Role::awsName).containsExactly("us", "eu", "partial");
    }

    @Test
    void otherAccountsDenyNotPrincipalAndOtherActionsAreNotHarness() throws Exception {
        Files.writeString(dir.resolve("main.tf"),
                role("own", "Allow", "{ AWS = \"arn:aws:iam::111122223333:root\" }", "sts:AssumeRole")
                + role("deny", "Deny", "{ AWS = \"arn:aws:iam::891928451355:root\" }", "sts:AssumeRole")
                + role("service", "Allow", "{ Service = \"ec2.amazonaws.com\" }", "sts:AssumeRole")
                + role("tag", "Allow", "{ AWS = \"891928451355\" }", "sts:TagSession")
                + """
                resource "aws_iam_role" "not_principal" {
                  name = "not_principal"
                  assume_role_policy = jsonencode({
                    Statement = [{ Effect = "Allow", NotPrincipal = { AWS = "891928451355" }, Action = "sts:AssumeRole" }]
                  })
                }
                """);
        Workspace ws = workspace();
        assertThat(ws.roles()).hasSize(5);
        assertThat(ws.connectorRoles()).isEmpty();
    }

    @Test
    void anAccountTheConfigurationNamesCountsOnlyWhenNamed() throws Exception {
        Files.writeString(dir.resolve("main.tf"),
                role("self_managed", "Allow", "{ AWS = \"arn:aws:iam::444455556666:root\" }", "sts:AssumeRole"));
        assertThat(workspace().connectorRoles()).isEmpty();
        LintConfig config = new LintConfig(null, dir, Map.of(), List.of(), List.of(), List.of(), List.of(),
                new LintConfig.HarnessSettings(null, List.of(), List.of("444455556666"), List.of()));
        assertThat(workspace(config).connectorRoles()).singleElement()
                .extracting(Role::connectorUse).isEqualTo("its trust policy admits Harness (account 444455556666)");
    }

    @Test
    void harnessOidcProviderCountsAndAnEksProviderDoesNot() throws Exception {
        String harness = "arn:aws:iam::111122223333:oidc-provider/app.harness.io/ng/api/oidc/account/Kq2vT8xWbN4mR1yZc7LpHg";
        String selfManaged = "arn:aws:iam::111122223333:oidc-provider/harness.example.com/ng/api/oidc/account/abc";
        String eks = "arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B7";
        Files.writeString(dir.resolve("main.tf"),
                role("oidc", "Allow", "{ Federated = \"" + harness + "\" }", "sts:AssumeRoleWithWebIdentity")
                + role("self", "Allow", "{ Federated = \"" + selfManaged + "\" }", "sts:AssumeRoleWithWebIdentity")
                + role("eks", "Allow", "{ Federated = \"" + eks + "\" }", "sts:AssumeRoleWithWebIdentity")
                + role("wrong_action", "Allow", "{ Federated = \"" + harness + "\" }", "sts:AssumeRole"));
        Workspace ws = workspace();
        Role oidc = named(ws, "oidc").orElseThrow();
        assertThat(oidc.connectorUse()).isEqualTo(
                "its trust policy admits Harness (OIDC provider app.harness.io/ng/api/oidc/account/Kq2vT8xWbN4mR1yZc7LpHg)");
        assertThat(oidc.connectorUseSpan().text()).isEqualTo("\"" + harness + "\"");
        assertThat(ws.connectorRoles()).extracting(Role::awsName).containsExactly("oidc", "self");
    }

    @Test
    void aRoleAConnectorUsesKeepsTheConnectorsMark() throws Exception {
        Files.writeString(dir.resolve("main.tf"),
                role("ccm", "Allow", "{ AWS = \"arn:aws:iam::891928451355:root\" }", "sts:AssumeRole") + """
                resource "harness_platform_connector_awscc" "payer" {
                  identifier       = "ccm_payer"
                  name             = "ccm-payer"
                  account_id       = "123456789012"
                  features_enabled = ["VISIBILITY"]
                  cross_account_access {
                    role_arn    = aws_iam_role.ccm.arn
                    external_id = "harness:891928451355:Kq2vT8xWbN4mR1yZc7LpHg"
                  }
                }
                """);
        Role ccm = workspace().connectorRoles().get(0);
        assertThat(ccm.connectorUse()).doesNotContain("trust policy");
        assertThat(ccm.connectorUseSpan().text()).isEqualTo("aws_iam_role.ccm.arn");
        assertThat(HarnessTrustedRoles.markedByTrust(ccm)).isFalse();
    }
}
