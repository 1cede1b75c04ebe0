package io.ccmlint.core.model.principal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Roles of sources whose policies have no attachment apart from the ARN (eksctl) keep each ARN's
 * place; a role's ARN is filled only when the run writes exactly one for its name.
 */
class PrincipalsTest {
    @TempDir
    Path dir;

    private Workspace workspace() throws Exception {
        return new Linter(RuleRegistry.of(List.of()), LintConfig.defaults(dir), 1, ParseLimits.DEFAULT, dir)
                .lint(List.of(dir)).workspace();
    }

    private static IamPrincipal principal(Workspace ws, String address) {
        return ws.principals().stream().filter(p -> p.address().equals(address)).findFirst().orElseThrow();
    }

    @Test
    void eksctlRolesKeepWhereEachArnIsWrittenAndTheirBoundary() throws Exception {
        Files.writeString(dir.resolve("cluster.yaml"), """
                apiVersion: eksctl.io/v1alpha5
                kind: ClusterConfig
                metadata:
                  name: c
                  region: us-west-2
                iam:
                  withOIDC: true
                  serviceAccounts:
                  - metadata:
                      name: reader
                      namespace: apps
                    roleName: reader-role
                    permissionsBoundary: "arn:aws:iam::aws:policy/ReadOnlyAccess"
                    attachPolicyARNs:
                    - "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"
                    - "arn:aws:iam::111122223333:policy/custom"
                    attachPolicy:
                      Version: "2012-10-17"
                      Statement:
                      - Effect: Allow
                        Action: ["sqs:SendMessage"]
                        Resource: "*"
                  - metadata:
                      name: writer
                      namespace: apps
                    roleName: writer-role
                    attachPolicyARNs: ["arn:aws:iam::aws:policy/AmazonS3FullAccess"]
                """);
        Files.writeString(dir.resolve("arns.txt.yaml"), """
                reader: arn:aws:iam::111122223333:role/reader-role
                writer:
                - arn:aws:iam::111122223333:role/writer-role
                - arn:aws:iam::444455556666:role/writer-role
                """);
        Workspace ws = workspace();
        IamPrincipal reader = principal(ws, "eksctl/c/serviceaccount/apps/reader");
        assertThat(reader.policies()).extracting(a -> a.readable() ? a.policy().name() : "?",
                a -> a.attachedAt() == null ? "-" : a.attachedAt().startLine() + " " + a.attachedAt().text()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("eksctl/c/serviceaccount/apps/reader attachPolicy", "-"),
                org.assertj.core.groups.Tuple.tuple("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
                        "15 \"arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\""),
                org.assertj.core.groups.Tuple.tuple("?", "16 \"arn:aws:iam::111122223333:policy/custom\""));
        assertThat(reader.boundary().policy().name()).isEqualTo("arn:aws:iam::aws:policy/ReadOnlyAccess");
        assertThat(reader.arn()).isEqualTo("arn:aws:iam::111122223333:role/reader-role");
        assertThat(principal(ws, "eksctl/c/serviceaccount/apps/writer").arn())
                .as("two accounts write an ARN of that name: which is this role is not known").isNull();
    }
}
