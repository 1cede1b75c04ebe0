package io.ccmlint.core.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A role differs between scenarios only where what it may do, or who may assume it, differs. */
class CfnRoleFormsTest {
    @TempDir
    Path dir;

    private List<Role> roles(String template) throws Exception {
        Files.writeString(dir.resolve("template.yaml"), template);
        Workspace ws = new Linter(RuleRegistry.of(List.of()), LintConfig.defaults(dir), 1, ParseLimits.DEFAULT, dir)
                .lint(List.of(dir)).workspace();
        assertThat(ws.parseFailures()).isEmpty();
        return ws.roles();
    }

    private static final String TEMPLATE = """
            AWSTemplateFormatVersion: "2010-09-09"
            Parameters:
              Legacy:
                Type: String
                Default: "false"
                AllowedValues: ["true", "false"]
            Conditions:
              UseLegacy: !Equals [!Ref Legacy, "true"]
            Resources:
              Main:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument:
                    Version: "2012-10-17"
                    Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}]
              Old:
                Type: AWS::IAM::Role
                Condition: UseLegacy
                Properties:
                  AssumeRolePolicyDocument:
                    Version: "2012-10-17"
                    Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}]
              Shared:
                Type: AWS::IAM::ManagedPolicy
                Properties:
                  Description: %s
                  Roles: [!Ref Main, !If [UseLegacy, !Ref Old, !Ref AWS::NoValue]]
                  PolicyDocument:
                    Version: "2012-10-17"
                    Statement: [{Effect: Allow, Action: %s, Resource: "*"}]
            """;

    @Test
    void aPolicyAttachedToMoreRolesInOneScenarioLeavesTheOtherRoleAsItIs() throws Exception {
        List<Role> roles = roles(TEMPLATE.formatted("shared", "ec2:DescribeRegions"));
        assertThat(roles).extracting(Role::name).containsExactly("Main", "Old (when Legacy=true)");
        assertThat(roles.get(0).policies()).hasSize(1);
    }

    @Test
    void aPolicyWhoseDocumentDiffersStillMakesTwoForms() throws Exception {
        List<Role> roles = roles(TEMPLATE.formatted("shared", "!If [UseLegacy, \"ec2:*\", ec2:DescribeRegions]"));
        assertThat(roles).extracting(Role::name).containsExactly("Main (when Legacy=true)", "Main (when Legacy=false)",
                "Old (when Legacy=true)");
    }
}
