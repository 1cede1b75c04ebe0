package io.ccmlint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.tree.ParseLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finding in text that only some deployments use says which, once, whatever rule reports it. */
class ConditionalFindingsTest {
    @TempDir
    Path dir;

    /** Reports every managed policy ARN of every role, naming the role. */
    @RuleInfo(id = "TST903", slug = "arns", title = "managed ARNs", severity = Severity.INFO)
    static final class Arns implements Rule {
        @Override
        public void check(RuleContext context) {
            for (Role r : context.workspace().roles()) {
                r.managedPolicyArns().forEach(a -> context.report(a.span(), "role " + r.name() + " has " + a.known()));
            }
        }
    }

    @Test
    void theConditionIsAddedToTheMessageUnlessItSaysItAlready() throws Exception {
        Files.writeString(dir.resolve("t.yaml"), """
                Parameters:
                  Mode: {Type: String, AllowedValues: [a, b], Default: a}
                Conditions:
                  IsB: !Equals [!Ref Mode, b]
                Resources:
                  R:
                    Type: AWS::IAM::Role
                    Properties:
                      ManagedPolicyArns:
                        - arn:aws:iam::aws:policy/ReadOnlyAccess
                        - !If [IsB, arn:aws:iam::aws:policy/AdministratorAccess, !Ref AWS::NoValue]
                  OnlyInB:
                    Type: AWS::IAM::Role
                    Condition: IsB
                    Properties:
                      ManagedPolicyArns: [arn:aws:iam::aws:policy/IAMFullAccess]
                """);
        LintResult r = new Linter(RuleRegistry.of(List.of(new Arns())), LintConfig.defaults(dir), 1, ParseLimits.DEFAULT, dir)
                .lint(List.of(dir));
        assertThat(r.findings()).extracting(f -> f.span().startLine() + " " + f.message()).containsExactly(
                "10 role R (when Mode=a) has arn:aws:iam::aws:policy/ReadOnlyAccess",
                "10 role R (when Mode=b) has arn:aws:iam::aws:policy/ReadOnlyAccess",
                "11 role R (when Mode=b) has arn:aws:iam::aws:policy/AdministratorAccess (when IsB is true)",
                "16 role OnlyInB (when Mode=b) has arn:aws:iam::aws:policy/IAMFullAccess (when IsB is true)");
    }

    @Test
    void aConditionTheRolesNameAlreadyGivesIsNotRepeated() throws Exception {
        Files.writeString(dir.resolve("t.yaml"), """
                Conditions:
                  InUs: !Equals [!Ref "AWS::Region", us-east-1]
                Resources:
                  R:
                    Type: AWS::IAM::Role
                    Properties:
                      ManagedPolicyArns:
                        - !If [InUs, arn:aws:iam::aws:policy/AdministratorAccess, arn:aws:iam::aws:policy/ReadOnlyAccess]
                """);
        LintResult r = new Linter(RuleRegistry.of(List.of(new Arns())), LintConfig.defaults(dir), 1, ParseLimits.DEFAULT, dir)
                .lint(List.of(dir));
        assertThat(r.findings()).extracting(f -> f.span().startColumn() + " " + f.message()).containsExactly(
                "22 role R (when InUs is true) has arn:aws:iam::aws:policy/AdministratorAccess",
                "67 role R (when InUs is false) has arn:aws:iam::aws:policy/ReadOnlyAccess");
    }
}
