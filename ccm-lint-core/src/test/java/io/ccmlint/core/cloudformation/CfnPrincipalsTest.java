package io.ccmlint.core.cloudformation;

import static io.ccmlint.core.cloudformation.Templates.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.model.principal.IamPrincipal;
import io.ccmlint.core.model.principal.PolicyAttachment;
import io.ccmlint.core.model.principal.PrincipalKind;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.workspace.Workspace;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * CloudFormation roles, users and groups as principals: every policy that applies, each located
 * where the template gives it (a ManagedPolicyArns entry, a Roles/Users/Groups entry), a user's
 * groups' policies through the group, boundaries read from the template's managed policies.
 */
class CfnPrincipalsTest {
    private static IamPrincipal principal(Workspace ws, String address) {
        return ws.principals().stream().filter(p -> p.address().equals(address)).findFirst().orElseThrow();
    }

    private static String at(Span span) {
        return span == null ? "-" : span.startLine() + " " + span.text();
    }

    /** One attachment in a line: document name (or ? and what names it), where, through which group. */
    private static String describe(PolicyAttachment a) {
        String what = a.readable() ? a.policy().name() : "? " + a.reference().span().text();
        return what + " @ " + at(a.attachedAt()) + (a.viaGroup() == null ? "" : " via " + a.viaGroup() + " @ " + at(a.membershipAt()));
    }

    private static final String YAML = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Boundary:
                Type: AWS::IAM::ManagedPolicy
                Properties:
                  PolicyDocument: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "s3:*", Resource: "*"}]}
              Shared:
                Type: AWS::IAM::ManagedPolicy
                Properties:
                  Roles: [!Ref Deployer]
                  Users: [!Ref Alice, bob]
                  Groups: [admins]
                  PolicyDocument: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "sqs:*", Resource: "*"}]}
              Inline:
                Type: AWS::IAM::Policy
                Properties:
                  PolicyName: inline
                  Groups: [!Ref Admins]
                  PolicyDocument: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "iam:PassRole", Resource: "*"}]}
              Admins:
                Type: AWS::IAM::Group
                Properties:
                  GroupName: admins
                  ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
                  Policies:
                    - PolicyName: own
                      PolicyDocument: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "ec2:Describe*", Resource: "*"}]}
              Alice:
                Type: AWS::IAM::User
                Properties:
                  UserName: alice
                  Groups: [!Ref Admins, outsiders]
                  PermissionsBoundary: !Ref Boundary
                  ManagedPolicyArns: [!Ref Shared]
              Bob:
                Type: AWS::IAM::User
                Properties:
                  UserName: bob
                  PermissionsBoundary: arn:aws:iam::123456789012:policy/elsewhere
              AddBob:
                Type: AWS::IAM::UserToGroupAddition
                Properties:
                  GroupName: !Ref Admins
                  Users: [!Ref Bob]
              Deployer:
                Type: AWS::IAM::Role
                Properties:
                  RoleName: deployer
                  AssumeRolePolicyDocument: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: "sts:AssumeRole"}]}
                  PermissionsBoundary: !GetAtt Boundary.PolicyArn
                  ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess, !Sub "arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/x"]
            """;

    @Test
    void usersGroupsAndRolesOfAYamlTemplate() {
        Templates.Read r = read("t.yaml", YAML);
        assertThat(r.messages()).isEmpty();
        Workspace ws = r.workspace();
        assertThat(ws.principals()).extracting(IamPrincipal::kind, IamPrincipal::address, IamPrincipal::awsName).containsExactly(
                Tuple.tuple(PrincipalKind.ROLE, "Deployer", "deployer"),
                Tuple.tuple(PrincipalKind.USER, "Alice", "alice"),
                Tuple.tuple(PrincipalKind.USER, "Bob", "bob"),
                Tuple.tuple(PrincipalKind.GROUP, "Admins", "admins"));

        IamPrincipal admins = principal(ws, "Admins");
        assertThat(admins.policies()).extracting(CfnPrincipalsTest::describe).containsExactly(
                "Admins policy own @ -",
                "arn:aws:iam::aws:policy/ReadOnlyAccess @ 24 arn:aws:iam::aws:policy/ReadOnlyAccess",
                "Shared @ 12 admins",
                "Inline @ 18 !Ref Admins");
        assertThat(admins.span().text()).isEqualTo("Admins");

        IamPrincipal alice = principal(ws, "Alice");
        String viaAdmins = " via Admins @ 32 !Ref Admins";
        assertThat(alice.policies()).extracting(CfnPrincipalsTest::describe).as("Shared once: at its ManagedPolicyArns entry")
                .containsExactly(
                        "Shared @ 34 !Ref Shared",
                        "Admins policy own @ -" + viaAdmins,
                        "arn:aws:iam::aws:policy/ReadOnlyAccess @ 24 arn:aws:iam::aws:policy/ReadOnlyAccess" + viaAdmins,
                        "Shared @ 12 admins" + viaAdmins,
                        "Inline @ 18 !Ref Admins" + viaAdmins,
                        "? outsiders @ 32 outsiders via outsiders @ 32 outsiders");
        assertThat(alice.boundary().policy().name()).isEqualTo("Boundary");
        assertThat(at(alice.boundary().attachedAt())).isEqualTo("33 !Ref Boundary");

        IamPrincipal bob = principal(ws, "Bob");
        assertThat(bob.policies()).extracting(CfnPrincipalsTest::describe).containsExactly(
                "Shared @ 11 bob",
                "Admins policy own @ - via Admins @ 44 !Ref Bob",
                "arn:aws:iam::aws:policy/ReadOnlyAccess @ 24 arn:aws:iam::aws:policy/ReadOnlyAccess via Admins @ 44 !Ref Bob",
                "Shared @ 12 admins via Admins @ 44 !Ref Bob",
                "Inline @ 18 !Ref Admins via Admins @ 44 !Ref Bob");
        assertThat(bob.boundary().readable()).isFalse();
        assertThat(bob.boundary().reference().known()).isEqualTo("arn:aws:iam::123456789012:policy/elsewhere");

        IamPrincipal deployer = principal(ws, "Deployer");
        assertThat(deployer.policies()).extracting(CfnPrincipalsTest::describe).containsExactly(
                "arn:aws:iam::aws:policy/ReadOnlyAccess @ 51 arn:aws:iam::aws:policy/ReadOnlyAccess",
                "? !Sub \"arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/x\" @ 51"
                        + " !Sub \"arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/x\"",
                "Shared @ 10 !Ref Deployer");
        assertThat(deployer.boundary().policy().name()).isEqualTo("Boundary");
        assertThat(at(deployer.boundary().attachedAt())).isEqualTo("50 !GetAtt Boundary.PolicyArn");
        Role role = deployer.role();
        assertThat(role.permissionsBoundary().reference()).isEqualTo("Boundary.PolicyArn");
        assertThat(role.policies()).extracting(p -> p.name()).containsExactly("Shared");
        assertThat(role.unresolvedPolicies()).hasSize(1);
    }

    @Test
    void aJsonTemplatesAttachmentsPointAtTheirEntries() {
        Templates.Read r = read("t.json", """
                {"AWSTemplateFormatVersion": "2010-09-09", "Resources": {
                  "Ops": {"Type": "AWS::IAM::Group"},
                  "Carol": {"Type": "AWS::IAM::User", "Properties": {"UserName": "carol",
                    "PermissionsBoundary": {"Ref": "Missing"}}},
                  "Add": {"Type": "AWS::IAM::UserToGroupAddition", "Properties": {"GroupName": {"Ref": "Ops"},
                    "Users": ["carol"]}},
                  "P": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyName": "p",
                    "Users": [{"Ref": "Carol"}], "Groups": [{"Ref": "Ops"}],
                    "PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}}}
                }}
                """);
        Workspace ws = r.workspace();
        assertThat(principal(ws, "Ops").policies()).extracting(CfnPrincipalsTest::describe)
                .containsExactly("P @ 8 {\"Ref\": \"Ops\"}");
        IamPrincipal carol = principal(ws, "Carol");
        assertThat(carol.policies()).extracting(CfnPrincipalsTest::describe).containsExactly(
                "P @ 8 {\"Ref\": \"Carol\"}",
                "P @ 8 {\"Ref\": \"Ops\"} via Ops @ 6 \"carol\"");
        assertThat(carol.boundary().readable()).as("a reference the template cannot resolve").isFalse();
        assertThat(carol.boundary().reference().span().text()).isEqualTo("{\"Ref\": \"Missing\"}");
    }

    @Test
    void aGroupWithFormsGivesEachUserFormItsGroupFormsAddress() {
        Templates.Read r = read("t.yaml", """
                AWSTemplateFormatVersion: "2010-09-09"
                Parameters:
                  Stage: {Type: String, Default: dev, AllowedValues: [dev, prod]}
                Conditions:
                  IsProd: !Equals [!Ref Stage, prod]
                Resources:
                  Team:
                    Type: AWS::IAM::Group
                  ProdOnly:
                    Type: AWS::IAM::Policy
                    Condition: IsProd
                    Properties:
                      PolicyName: prod
                      Groups: [!Ref Team]
                      PolicyDocument: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "rds:*", Resource: "*"}]}
                  Dave:
                    Type: AWS::IAM::User
                    Properties:
                      Groups: [!Ref Team]
                """);
        Workspace ws = r.workspace();
        assertThat(ws.principals()).extracting(IamPrincipal::address).containsExactly(
                "Dave (when Stage=dev)", "Dave (when Stage=prod)", "Team (when Stage=dev)", "Team (when Stage=prod)");
        assertThat(principal(ws, "Dave (when Stage=dev)").policies()).isEmpty();
        assertThat(principal(ws, "Dave (when Stage=prod)").policies()).extracting(CfnPrincipalsTest::describe)
                .containsExactly("ProdOnly @ 14 !Ref Team via Team (when Stage=prod) @ 19 !Ref Team");
    }
}
