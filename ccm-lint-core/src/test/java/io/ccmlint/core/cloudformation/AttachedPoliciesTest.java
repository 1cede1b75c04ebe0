package io.ccmlint.core.cloudformation;

import static io.ccmlint.core.cloudformation.Templates.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.role.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Policy resources attached to a role through their Roles: by Ref, by GetAtt, by name, by ARN; in template order. */
class AttachedPoliciesTest {
    @Test
    void everyWayOfNamingARoleAttachesThePolicyInTemplateOrder() {
        Templates.Read r = read("t.yaml", """
                AWSTemplateFormatVersion: "2010-09-09"
                Parameters:
                  Stage: {Type: String, Default: dev, AllowedValues: [dev, prod]}
                Conditions:
                  IsProd: !Equals [!Ref Stage, prod]
                Resources:
                  ByRef:
                    Type: AWS::IAM::Role
                  Named:
                    Type: AWS::IAM::Role
                    Properties: {RoleName: deployer}
                  Unnamed:
                    Type: AWS::IAM::Role
                  Last:
                    Type: AWS::IAM::Policy
                    Properties: {PolicyName: last, Roles: [!Ref ByRef, deployer], PolicyDocument: {Statement: []}}
                  First:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      Roles: [!Ref ByRef, !GetAtt Named.Arn]
                      PolicyDocument: {Statement: []}
                  ByArn:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: by-arn
                      Roles: [!Sub "arn:${AWS::Partition}:iam::123456789012:role/team/deployer", !Ref ByRef]
                      PolicyDocument: {Statement: []}
                  ProdOnly:
                    Type: AWS::IAM::Policy
                    Condition: IsProd
                    Properties: {PolicyName: prod, Roles: [!Ref Named], PolicyDocument: {Statement: []}}
                  ElsewhereRole:
                    Type: AWS::IAM::Policy
                    Properties: {PolicyName: other, Roles: [!Ref Nobody, !GetAtt ByRef.RoleId, someone-else], PolicyDocument: {Statement: []}}
                """);
        assertThat(attached(r.workspace().roles())).containsExactly(
                Map.entry("ByRef", List.of("Last", "First", "ByArn")),
                Map.entry("Named (when Stage=dev)", List.of("Last", "First", "ByArn")),
                Map.entry("Named (when Stage=prod)", List.of("Last", "First", "ByArn",
                        "ProdOnly")),
                Map.entry("Unnamed", List.of()));
    }

    private static Map<String, List<String>> attached(List<Role> roles) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Role role : roles) {
            out.put(role.name(), role.policies().stream().map(PolicyDocument::name).toList());
        }
        return out;
    }
}
