package io.ccmlint.core.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.ConfigLoader;
import io.ccmlint.core.config.ConfigLookup;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.LinterFactory;
import io.ccmlint.core.engine.LinterOptions;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates become the same role and policy models as Terraform: values evaluated, located, scenarios told apart. */
class CloudFormationSourceTest {
    @TempDir
    Path dir;

    private Workspace lint(String name, String text) throws Exception {
        return lint(name, text, LintConfig.defaults(dir));
    }

    private Workspace lint(String name, String text, LintConfig config) throws Exception {
        Files.writeString(dir.resolve(name), text);
        return LinterFactory.create(LinterOptions.builder(RuleRegistry.of(List.of()))
                .config(ConfigLookup.given(config)).displayBase(dir).build()).lint(List.of(dir)).workspace();
    }

    private static Role role(Workspace ws, String name) {
        return ws.roles().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no role " + name + " in " + ws.roles().stream().map(Role::name).toList()));
    }

    private static List<Scalar> actions(PolicyDocument d) {
        return d.statements().stream().flatMap(s -> s.actions().values().stream()).toList();
    }

    private static final String ROLE = """
            AWSTemplateFormatVersion: "2010-09-09"
            Parameters:
              ExternalId:
                Type: String
                Default: "harness:891928451355:abc"
            Resources:
              HarnessCERole:
                Type: AWS::IAM::Role
                Properties:
                  RoleName: !Sub "HarnessCERole-${AWS::Region}"
                  AssumeRolePolicyDocument:
                    Version: "2012-10-17"
                    Statement:
                      - Effect: Allow
                        Principal:
                          AWS: !Sub "arn:${AWS::Partition}:iam::891928451355:root"
                        Action: sts:AssumeRole
                        Condition:
                          StringEquals:
                            sts:ExternalId: !Ref ExternalId
                  Policies:
                    - PolicyName: Visibility
                      PolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Action: [ec2:DescribeRegions, "ce:*"]
                            Resource: "*"
                  ManagedPolicyArns:
                    - !Sub "arn:${AWS::Partition}:iam::aws:policy/ReadOnlyAccess"
                    - !ImportValue SharedPolicyArn
            """;

    @Test
    void aRoleWithItsTrustPoliciesAndManagedArns() throws Exception {
        Workspace ws = lint("ccm.yaml", ROLE);
        Role r = role(ws, "HarnessCERole");
        assertThat(r.awsName()).as("a name with an unknown part is not a name").isNull();
        assertThat(r.span().text()).isEqualTo("HarnessCERole");
        Statement trust = r.trustPolicy().statements().get(0);
        Scalar principal = trust.principal().of("AWS").get(0);
        assertThat(principal.known()).isEqualTo("arn:aws:iam::891928451355:root");
        assertThat(principal.style()).isEqualTo(ScalarStyle.YAML_INTRINSIC);
        Scalar externalId = trust.conditions().get(0).values().get(0);
        assertThat(externalId.known()).isEqualTo("harness:891928451355:abc");
        assertThat(externalId.span().text()).as("the default, where the user changes it").isEqualTo("\"harness:891928451355:abc\"");
        assertThat(externalId.span().startLine()).isEqualTo(5);
        assertThat(r.policies()).hasSize(1);
        assertThat(actions(r.policies().get(0))).extracting(Scalar::known).containsExactly("ec2:DescribeRegions", "ce:*");
        assertThat(r.managedPolicyArns()).extracting(Scalar::known).containsExactly("arn:aws:iam::aws:policy/ReadOnlyAccess");
        assertThat(r.unresolvedPolicies()).hasSize(1);
        assertThat(r.unresolvedPolicies().get(0).isUnknown()).isTrue();
        assertThat(ws.policies()).contains(r.trustPolicy(), r.policies().get(0));
        assertThat(ws.parseFailures()).isEmpty();
    }

    @Test
    void parametersFromTheConfigurationAndAParameterFile() throws Exception {
        Files.createDirectories(dir.resolve("params"));
        Files.writeString(dir.resolve("params/prod.json"),
                "[{\"ParameterKey\": \"ExternalId\", \"ParameterValue\": \"harness:891928451355:fromfile\"}]");
        Files.writeString(dir.resolve(".ccm-lint.yml"), """
                cloudformation:
                  partition: aws-us-gov
                  stacks:
                    - template: "ccm*.yaml"
                      parameterFiles: [params/prod.json]
                """);
        LintConfig config = ConfigLoader.load(dir.resolve(".ccm-lint.yml"));
        Workspace ws = lint("ccm.yaml", ROLE, config);
        Statement trust = role(ws, "HarnessCERole").trustPolicy().statements().get(0);
        assertThat(trust.principal().of("AWS").get(0).known()).isEqualTo("arn:aws-us-gov:iam::891928451355:root");
        Scalar externalId = trust.conditions().get(0).values().get(0);
        assertThat(externalId.known()).isEqualTo("harness:891928451355:fromfile");
        assertThat(externalId.span().text()).as("where the parameter file writes it").isEqualTo("\"harness:891928451355:fromfile\"");
        assertThat(externalId.span().file().displayPath()).isEqualTo("params/prod.json");

        Files.writeString(dir.resolve(".ccm-lint.yml"), """
                cloudformation:
                  stacks:
                    - template: "ccm*.yaml"
                      parameterFiles: [params/prod.json]
                      parameters: {ExternalId: "harness:891928451355:inline"}
                """);
        ws = lint("ccm.yaml", ROLE, ConfigLoader.load(dir.resolve(".ccm-lint.yml")));
        Scalar inline = role(ws, "HarnessCERole").trustPolicy().statements().get(0).conditions().get(0).values().get(0);
        assertThat(inline.known()).isEqualTo("harness:891928451355:inline");
        assertThat(inline.style().literal()).as("a value the configuration gives is not edited in the template").isFalse();
        assertThat(inline.span().text()).isEqualTo("!Ref ExternalId");
    }

    @Test
    void scenariosOfAParameterWithAllowedValues() throws Exception {
        Workspace ws = lint("modes.yaml", """
                Parameters:
                  Mode:
                    Type: String
                    AllowedValues: [restricted, admin]
                    Default: restricted
                Conditions:
                  IsAdmin: !Equals [!Ref Mode, admin]
                Resources:
                  Deployer:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}]}
                      Policies:
                        - PolicyName: p
                          PolicyDocument:
                            Statement:
                              - Effect: Allow
                                Action: !If [IsAdmin, "*", "s3:GetObject"]
                                Resource: "*"
                """);
        assertThat(ws.roles()).extracting(Role::name)
                .containsExactlyInAnyOrder("Deployer (when Mode=restricted)", "Deployer (when Mode=admin)");
        Role admin = role(ws, "Deployer (when Mode=admin)");
        Scalar star = actions(admin.policies().get(0)).get(0);
        assertThat(star.known()).isEqualTo("*");
        assertThat(star.span().text()).isEqualTo("\"*\"");
        assertThat(ws.onlyWhen(star.span())).isEqualTo("IsAdmin is true");
        assertThat(actions(role(ws, "Deployer (when Mode=restricted)").policies().get(0))).extracting(Scalar::known)
                .containsExactly("s3:GetObject");
        assertThat(ws.onlyWhen(admin.span())).isNull();
    }

    @Test
    void aConditionOnAnUnknownValueIsTriedBothWays() throws Exception {
        Workspace ws = lint("region.yaml", """
                Conditions:
                  InUsEast1: !Equals [!Ref "AWS::Region", us-east-1]
                Resources:
                  R:
                    Type: AWS::IAM::Role
                    Condition: InUsEast1
                    Properties:
                      AssumeRolePolicyDocument: {Statement: []}
                      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
                """);
        assertThat(ws.roles()).extracting(Role::name).containsExactly("R (when InUsEast1 is true)");
        assertThat(ws.onlyWhen(role(ws, "R (when InUsEast1 is true)").managedPolicyArns().get(0).span()))
                .isEqualTo("InUsEast1 is true");
    }

    @Test
    void attachedPoliciesByRolesAndByManagedPolicyReference() throws Exception {
        Workspace ws = lint("attach.yaml", """
                Resources:
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      RoleName: deployer
                      AssumeRolePolicyDocument: {Statement: []}
                      ManagedPolicyArns: [!Ref Managed]
                  Managed:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument: {Statement: [{Effect: Allow, Action: "s3:ListBucket", Resource: "*"}]}
                  ByRef:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: a
                      Roles: [!Ref Role]
                      PolicyDocument: {Statement: [{Effect: Allow, Action: "ec2:DescribeRegions", Resource: "*"}]}
                  ByName:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: b
                      Roles: [deployer]
                      PolicyDocument: {Statement: [{Effect: Allow, Action: "sqs:SendMessage", Resource: "*"}]}
                  Other:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: c
                      Roles: [someone-else]
                      PolicyDocument: {Statement: [{Effect: Allow, Action: "sns:Publish", Resource: "*"}]}
                """);
        Role r = role(ws, "Role");
        assertThat(r.awsName()).isEqualTo("deployer");
        assertThat(r.policies().stream().flatMap(p -> actions(p).stream()).map(Scalar::known))
                .containsExactlyInAnyOrder("s3:ListBucket", "ec2:DescribeRegions", "sqs:SendMessage");
        assertThat(r.unresolvedPolicies()).isEmpty();
        assertThat(ws.policies()).hasSize(5); // four policies and the trust, each once
    }

    @Test
    void jsonTemplateWithLongForms() throws Exception {
        Workspace ws = lint("t.json", """
                {
                  "Parameters": {"Env": {"Type": "String", "Default": "prod"}},
                  "Mappings": {"Accounts": {"prod": {"Harness": "891928451355"}}},
                  "Resources": {
                    "R": {
                      "Type": "AWS::IAM::Role",
                      "Properties": {
                        "RoleName": {"Fn::Join": ["-", ["harness", {"Ref": "Env"}]]},
                        "AssumeRolePolicyDocument": {"Statement": [{"Effect": "Allow",
                          "Principal": {"AWS": {"Fn::FindInMap": ["Accounts", {"Ref": "Env"}, "Harness"]}},
                          "Action": "sts:AssumeRole"}]}
                      }
                    }
                  }
                }
                """);
        Role r = role(ws, "R");
        assertThat(r.awsName()).isEqualTo("harness-prod");
        Scalar principal = r.trustPolicy().statements().get(0).principal().of("AWS").get(0);
        assertThat(principal.known()).isEqualTo("891928451355");
        assertThat(principal.span().text()).as("the mapping's value, where it is written").isEqualTo("\"891928451355\"");
        assertThat(principal.style()).isEqualTo(ScalarStyle.JSON_STRING);
    }

    @Test
    void whatCloudFormationRejectsIsALocatedParseFailure() throws Exception {
        Workspace ws = lint("bad.yaml", """
                Conditions:
                  A: !Condition B
                  B: !Condition A
                Resources:
                  R:
                    Type: AWS::IAM::Role
                    Properties:
                      RoleName: !Ref Missing
                      Path: !GetAtt Nowhere.Arn
                      Description: !Foo bar
                      AssumeRolePolicyDocument: {Statement: []}
                """);
        assertThat(ws.parseFailures()).extracting(f -> f.span().startLine() + ":" + f.span().startColumn() + " " + f.message())
                .contains("8:22 invalid CloudFormation template: !Ref Missing: no parameter, resource or pseudo parameter of that name",
                        "9:21 invalid CloudFormation template: !GetAtt Nowhere: no resource of that name in the template",
                        "10:20 invalid CloudFormation template: unknown intrinsic function !Foo: CloudFormation rejects the template")
                .anyMatch(m -> m.contains("refers to itself"));
        assertThat(ws.roles()).extracting(Role::name).containsExactly("R");
        assertThat(ws.parseFailures()).extracting(ParseFailure::message).doesNotHaveDuplicates();
    }

    @Test
    void anOidcProvidersArnNamesItsIssuer() throws Exception {
        Workspace ws = lint("oidc.yaml", """
                Parameters:
                  HarnessAccountId: {Type: String, Default: kmpySmUISimoRrJL6NL73w}
                Resources:
                  Provider:
                    Type: AWS::IAM::OIDCProvider
                    Properties:
                      Url: !Sub "https://app.harness.io/ng/api/oidc/account/${HarnessAccountId}"
                  Looping:
                    Type: AWS::IAM::OIDCProvider
                    Properties:
                      Url: !GetAtt Looping.Arn
                  R:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - {Effect: Allow, Principal: {Federated: !GetAtt Provider.Arn}, Action: sts:AssumeRoleWithWebIdentity}
                          - {Effect: Allow, Principal: {Federated: !Ref Looping}, Action: sts:AssumeRoleWithWebIdentity}
                """);
        List<Statement> trust = role(ws, "R").trustPolicy().statements();
        Scalar provider = trust.get(0).principal().of("Federated").get(0);
        assertThat(provider.isPartial()).isTrue();
        assertThat(provider.display()).isEqualTo("arn:aws:iam::${AWS::AccountId}:oidc-provider/app.harness.io/ng/api/oidc/account/kmpySmUISimoRrJL6NL73w");
        assertThat(trust.get(1).principal().of("Federated").get(0).isUnknown()).isTrue();
    }

    @Test
    void aStackSetsInlineTemplateIsReadWithItsParameters() throws Exception {
        Workspace ws = lint("stackset.yaml", """
                Parameters:
                  ExternalId: {Type: String, Default: "harness:891928451355:abc"}
                Resources:
                  Yaml:
                    Type: AWS::CloudFormation::StackSet
                    Properties:
                      Parameters:
                        - {ParameterKey: ExternalId, ParameterValue: !Ref ExternalId}
                      TemplateBody: |
                        Parameters:
                          ExternalId: {Type: String}
                        Resources:
                          Inner:
                            Type: AWS::IAM::Role
                            Properties:
                              AssumeRolePolicyDocument:
                                Statement:
                                  - Effect: Allow
                                    Principal: {AWS: "891928451355"}
                                    Action: sts:AssumeRole
                                    Condition: {StringEquals: {sts:ExternalId: !Ref ExternalId}}
                  Json:
                    Type: AWS::CloudFormation::StackSet
                    Properties:
                      TemplateBody: '{"Resources": {"FromJson": {"Type": "AWS::IAM::Role", "Properties": {"RoleName": "j"}}}}'
                  Broken:
                    Type: AWS::CloudFormation::StackSet
                    Properties:
                      TemplateBody: |
                        Resources: [unclosed
                """);
        Role inner = role(ws, "Inner");
        assertThat(inner.span().startLine()).isEqualTo(13);
        assertThat(inner.span().text()).isEqualTo("Inner");
        Scalar externalId = inner.trustPolicy().statements().get(0).conditions().get(0).values().get(0);
        assertThat(externalId.known()).isEqualTo("harness:891928451355:abc");
        assertThat(externalId.span().text()).isEqualTo("!Ref ExternalId");
        assertThat(externalId.span().startLine()).isEqualTo(21);
        assertThat(role(ws, "FromJson").awsName()).isEqualTo("j");
        assertThat(role(ws, "FromJson").span().text()).isEqualTo("\"FromJson\"");
        assertThat(ws.parseFailures()).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("the StackSet's TemplateBody: invalid YAML");
            assertThat(f.span().startLine()).isGreaterThanOrEqualTo(30);
        });
    }

    @Test
    void aPolicyWrittenAsAJsonStringIsReadWithSpansInTheTemplate() throws Exception {
        Workspace ws = lint("json-string.yaml", """
                Resources:
                  R:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument: '{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"}]}'
                      Policies:
                        - PolicyName: p
                          PolicyDocument: |
                            {"Statement": [{"Effect": "Allow", "Action": "ec2:DescribeRegion", "Resource": "*"}]}
                        - PolicyName: broken
                          PolicyDocument: |
                            {"Statement": [}
                """);
        Role r = role(ws, "R");
        assertThat(r.trustPolicy().statements()).hasSize(1);
        Scalar action = actions(r.policies().get(0)).get(0);
        assertThat(action.known()).isEqualTo("ec2:DescribeRegion");
        assertThat(action.span().text()).isEqualTo("\"ec2:DescribeRegion\"");
        assertThat(action.span().startLine()).isEqualTo(9);
        assertThat(r.policies()).hasSize(1);
        assertThat(ws.parseFailures()).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("a policy document written as a JSON string: invalid JSON");
            assertThat(f.span().startLine()).isEqualTo(12);
        });
    }
}
