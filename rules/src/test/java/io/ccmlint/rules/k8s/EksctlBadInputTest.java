package io.ccmlint.rules.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.FixRunner;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.tree.ParseLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An eksctl ClusterConfig with values of the wrong type everywhere (eksctl itself rejects it): every
 * rule runs over it without an exception, and what is reported is located in the file, about what
 * can be read (an AdministratorAccess ARN that is a string, a policy that breaks the IAM grammar).
 */
class EksctlBadInputTest {
    private static final String WRONG = """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: [cluster-x]
            iam:
              withOIDC: [true]
              serviceAccounts:
              - "s3-reader"
              - metadata: "s3-reader"
              - metadata: {name: [a], namespace: x}
              - metadata: {name: ok, namespace: 7}
              - metadata: {name: typed, namespace: apps}
                attachPolicyARNs: "arn:aws:iam::aws:policy/AdministratorAccess"
                attachPolicy: "{}"
                wellKnownPolicies: [imageBuilder]
                roleName: {name: x}
                roleOnly: "yes please"
                attachRoleARN: 12
                subjectPattern: [x]
              - metadata: {name: items, namespace: apps}
                attachPolicyARNs: [{arn: x}, 5, null, "arn:aws:iam::aws:policy/AdministratorAccess"]
                attachPolicy: {Statement: "nope", Version: 2012}
              podIdentityAssociations: {namespace: dev}
            nodeGroups: "ng-1"
            managedNodeGroups:
              - iam: [attachPolicyARNs]
              - name: {x: 1}
                iam: {attachPolicyARNs: 3, instanceRoleARN: [x], attachPolicy: [Statement]}
            ---
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            iam: "withOIDC"
            ---
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: c2}
            iam:
              withOIDC: false
              serviceAccounts: {metadata: {name: x}}
              podIdentityAssociations:
              - {namespace: [a], serviceAccountName: b}
              - {namespace: a, serviceAccountName: b, roleARN: [x], permissionPolicyARNs: "x", permissionPolicy: 5}
            """;
    /** A workload of an eksctl service account that is not one (its entry has no readable name). */
    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: reader, namespace: x}
            spec:
              template:
                spec:
                  serviceAccountName: a
                  containers: [{name: c, image: "registry.example.com/reader:1.0", securityContext: {runAsUser: 1000}}]
            """;

    @TempDir
    Path dir;

    private Linter linter() {
        return new Linter(RuleRegistry.discover(getClass().getClassLoader()), LintConfig.defaults(dir), 1,
                ParseLimits.DEFAULT, dir);
    }

    @Test
    void wrongTypesGiveOnlyLocatedFindingsAboutWhatCanBeRead() throws Exception {
        Files.writeString(dir.resolve("cluster.yaml"), WRONG, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("reader.yaml"), DEPLOYMENT, StandardCharsets.UTF_8);
        LintResult r = linter().lint(List.of(dir));
        assertThat(r.internalErrors()).isEmpty();
        for (Finding f : r.findings()) {
            assertThat(f.span().file().displayPath()).isEqualTo("cluster.yaml");
            assertThat(f.span().length()).isPositive();
        }
        // the one ARN that is a string, on the entry whose name can be read; the inline policy against
        // the IAM grammar; no CCM314 for a withOIDC that is no boolean, nor for service accounts that are no list
        assertThat(r.findings()).extracting(f -> f.span().startLine() + ":" + f.ruleId()).containsOnly(
                "20:CCM109", "21:CCM002");
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("CCM109")).singleElement()
                .satisfies(f -> assertThat(f.span().text()).isEqualTo("\"arn:aws:iam::aws:policy/AdministratorAccess\""));
        FixRunner.Outcome fixed = FixRunner.fix(linter(), List.of(dir), true);
        assertThat(fixed.filesChanged()).isEmpty();
    }
}
