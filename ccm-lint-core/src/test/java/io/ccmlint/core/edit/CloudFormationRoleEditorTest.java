package io.ccmlint.core.edit;

import static io.ccmlint.core.edit.YamlEditChecks.apply;
import static io.ccmlint.core.edit.YamlEditChecks.mapAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.model.policy.Effect;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.PolicyEditor;
import io.ccmlint.core.model.policy.PolicyReader;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.policy.StatementSpec;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.value.Scalar;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloudFormationRoleEditorTest {
    private static final StatementSpec REGIONS = new StatementSpec("HarnessDescribeRegions", Effect.ALLOW,
            List.of("ec2:DescribeRegions"), List.of("*"));
    private static final String NAME = "HarnessDescribeRegions";

    private static CloudFormationRoleEditor editor(SourceFile f, String role) {
        return new CloudFormationRoleEditor(f, mapAt(f, "Resources", role));
    }

    /** Adds the policy to the role, checks the result reads back with it as the last inline policy; returns the text. */
    private static String add(String name, String text, String role) {
        SourceFile f = SourceFile.of(name, text);
        String out = apply(f, editor(f, role).addInlinePolicy(NAME, REGIONS).orElseThrow());
        SourceFile g = SourceFile.of(name, out);
        ListNode policies = (ListNode) Readers.at(YamlEditChecks.read(g), "Resources", role, "Properties", "Policies");
        MapNode added = (MapNode) policies.items().get(policies.items().size() - 1);
        assertThat(added.get("PolicyName").asText()).isEqualTo(NAME);
        PolicyDocument doc = PolicyReader.read("p", g, (MapNode) added.get("PolicyDocument"), PolicyEditor.NONE);
        assertThat(doc.version().known()).isEqualTo("2012-10-17");
        assertThat(doc.statements()).hasSize(1);
        Statement s = doc.statements().get(0);
        assertThat(s.sid().known()).isEqualTo(NAME);
        assertThat(s.isAllow()).isTrue();
        assertThat(s.actions().values().stream().map(Scalar::known)).containsExactly("ec2:DescribeRegions");
        assertThat(s.resources().values().stream().map(Scalar::known)).containsExactly("*");
        return out;
    }

    @Test
    void harnessTemplateGetsOneMorePolicyInItsStyle() {
        String text = """
                AWSTemplateFormatVersion: "2010-09-09"
                Description: Harness CCM cross-account role
                Parameters:
                  ExternalId:
                    Type: String
                Resources:
                  HarnessCERole:
                    Type: AWS::IAM::Role
                    Properties:
                      RoleName: HarnessCERole
                      AssumeRolePolicyDocument:
                        Version: 2012-10-17
                        Statement:
                          - Effect: Allow
                            Principal:
                              AWS: arn:aws:iam::891928451355:root
                            Action:
                              - sts:AssumeRole
                            Condition:
                              StringEquals:
                                sts:ExternalId: !Ref ExternalId
                      ManagedPolicyArns:
                        - arn:aws:iam::aws:policy/AWSBillingReadOnlyAccess
                      Policies:
                        - PolicyName: HarnessEventsMonitoringPolicy
                          PolicyDocument:
                            Version: 2012-10-17
                            Statement:
                              - Effect: Allow
                                Action:
                                  - ecs:ListClusters*
                                  - ecs:DescribeClusters
                                Resource: '*'
                Outputs:
                  CrossAccountRoleArn:
                    Value: !GetAtt HarnessCERole.Arn
                """;
        assertThat(add("ccm.yaml", text, "HarnessCERole")).isEqualTo(text.replace("""
                                Resource: '*'
                """, """
                                Resource: '*'
                        - PolicyName: HarnessDescribeRegions
                          PolicyDocument:
                            Version: '2012-10-17'
                            Statement:
                              - Sid: HarnessDescribeRegions
                                Effect: Allow
                                Action: ec2:DescribeRegions
                                Resource: '*'
                """));
    }

    @Test
    void policiesAreCreatedAfterTheLastPropertyWithFourSpacesAndUnindentedDashes() {
        String text = """
                Resources:
                    HarnessCERole:
                        Type: AWS::IAM::Role
                        Properties:
                            RoleName: !Sub "${AWS::StackName}-ccm"
                            AssumeRolePolicyDocument:
                                Version: "2012-10-17"
                                Statement:
                                -   Effect: Allow
                                    Principal:
                                        AWS: arn:aws:iam::891928451355:root
                                    Action: sts:AssumeRole
                            ManagedPolicyArns:
                            - arn:aws:iam::aws:policy/ReadOnlyAccess   # AWS managed: takes no statement

                    # the bucket the cost and usage report goes to
                    CurBucket:
                        Type: AWS::S3::Bucket
                """;
        assertThat(add("ccm.yml", text, "HarnessCERole")).isEqualTo(text.replace("""
                            - arn:aws:iam::aws:policy/ReadOnlyAccess   # AWS managed: takes no statement
                """, """
                            - arn:aws:iam::aws:policy/ReadOnlyAccess   # AWS managed: takes no statement
                            Policies:
                            -   PolicyName: HarnessDescribeRegions
                                PolicyDocument:
                                    Version: "2012-10-17"
                                    Statement:
                                    -   Sid: HarnessDescribeRegions
                                        Effect: Allow
                                        Action: ec2:DescribeRegions
                                        Resource: "*"
                """));
    }

    @Test
    void afterAConditionalPolicyItem() {
        String text = """
                Conditions:
                  EventsEnabled: !Equals [!Ref EnableEvents, "true"]
                Resources:
                  HarnessCERole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                        - Effect: Allow
                          Principal: {AWS: arn:aws:iam::891928451355:root}
                          Action: sts:AssumeRole
                      Policies:
                      - !If
                        - EventsEnabled
                        - PolicyName: HarnessEventsMonitoringPolicy
                          PolicyDocument:
                            Version: "2012-10-17"
                            Statement:
                            - Effect: Allow
                              Action: [ecs:ListClusters, ecs:DescribeClusters]
                              Resource: "*"
                        - !Ref AWS::NoValue
                """;
        assertThat(add("ccm.yaml", text, "HarnessCERole")).isEqualTo(text + """
                      - PolicyName: HarnessDescribeRegions
                        PolicyDocument:
                          Version: "2012-10-17"
                          Statement:
                          - Sid: HarnessDescribeRegions
                            Effect: Allow
                            Action: ec2:DescribeRegions
                            Resource: "*"
                """);
    }

    @Test
    void flowPropertiesGetAFlowPolicy() {
        String text = "Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties: {AssumeRolePolicyDocument: {Version: \"2012-10-17\","
                + " Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}]}}\n";
        assertThat(add("t.yaml", text, "Role")).isEqualTo("Resources:\n  Role:\n    Type: AWS::IAM::Role\n"
                + "    Properties: {AssumeRolePolicyDocument: {Version: \"2012-10-17\", Statement: [{Effect: Allow,"
                + " Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}]}, Policies: [{PolicyName: HarnessDescribeRegions,"
                + " PolicyDocument: {Version: \"2012-10-17\", Statement: [{Sid: HarnessDescribeRegions, Effect: Allow,"
                + " Action: ec2:DescribeRegions, Resource: \"*\"}]}}]}\n");
    }

    @Test
    void crlfTemplate() {
        String text = "Resources:\r\n  Role:\r\n    Type: AWS::IAM::Role\r\n    Properties:\r\n      AssumeRolePolicyDocument:\r\n"
                + "        Statement:\r\n          - Effect: Allow\r\n            Principal:\r\n              Service: ec2.amazonaws.com\r\n"
                + "            Action: sts:AssumeRole\r\n";
        String out = add("t.yaml", text, "Role");
        assertThat(out).isEqualTo(text + "      Policies:\r\n        - PolicyName: HarnessDescribeRegions\r\n"
                + "          PolicyDocument:\r\n            Version: \"2012-10-17\"\r\n            Statement:\r\n"
                + "              - Sid: HarnessDescribeRegions\r\n                Effect: Allow\r\n"
                + "                Action: ec2:DescribeRegions\r\n                Resource: \"*\"\r\n");
        assertThat(out.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void jsonTemplateWithTwoSpaces() {
        String text = """
                {
                  "AWSTemplateFormatVersion": "2010-09-09",
                  "Resources": {
                    "HarnessCERole": {
                      "Type": "AWS::IAM::Role",
                      "Properties": {
                        "AssumeRolePolicyDocument": {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Principal": {"AWS": "arn:aws:iam::891928451355:root"},
                              "Action": "sts:AssumeRole"
                            }
                          ]
                        },
                        "ManagedPolicyArns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"]
                      }
                    }
                  }
                }
                """;
        assertThat(add("ccm.json", text, "HarnessCERole")).isEqualTo(text.replace("""
                        "ManagedPolicyArns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"]
                """, """
                        "ManagedPolicyArns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
                        "Policies": [
                          {
                            "PolicyName": "HarnessDescribeRegions",
                            "PolicyDocument": {
                              "Version": "2012-10-17",
                              "Statement": [
                                {
                                  "Sid": "HarnessDescribeRegions",
                                  "Effect": "Allow",
                                  "Action": "ec2:DescribeRegions",
                                  "Resource": "*"
                                }
                              ]
                            }
                          }
                        ]
                """));
    }

    @Test
    void jsonTemplateWithFourSpacesAndSpacedColons() {
        String text = """
                {
                    "Resources" : {
                        "RootRole" : {
                            "Type" : "AWS::IAM::Role",
                            "Properties" : {
                                "Path" : "/",
                                "Policies" : [
                                    {
                                        "PolicyName" : "root",
                                        "PolicyDocument" : {
                                            "Version" : "2012-10-17",
                                            "Statement" : [ { "Effect" : "Allow", "Action" : "s3:GetObject", "Resource" : "*" } ]
                                        }
                                    }
                                ]
                            }
                        }
                    }
                }
                """;
        assertThat(add("root.json", text, "RootRole")).isEqualTo(text.replace("""
                                    }
                                ]
                """, """
                                    },
                                    {
                                        "PolicyName" : "HarnessDescribeRegions",
                                        "PolicyDocument" : {
                                            "Version" : "2012-10-17",
                                            "Statement" : [
                                                {
                                                    "Sid" : "HarnessDescribeRegions",
                                                    "Effect" : "Allow",
                                                    "Action" : "ec2:DescribeRegions",
                                                    "Resource" : "*"
                                                }
                                            ]
                                        }
                                    }
                                ]
                """));
    }

    @Test
    void emptyPolicyLists() {
        String yaml = "Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      Policies: []\n";
        assertThat(add("t.yaml", yaml, "Role")).isEqualTo("Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n"
                + "      Policies: [{PolicyName: HarnessDescribeRegions, PolicyDocument: {Version: \"2012-10-17\", Statement:"
                + " [{Sid: HarnessDescribeRegions, Effect: Allow, Action: ec2:DescribeRegions, Resource: \"*\"}]}}]\n");
        String json = "{\"Resources\": {\"Role\": {\"Type\": \"AWS::IAM::Role\", \"Properties\": {\"Policies\": []}}}}";
        assertThat(add("t.json", json, "Role")).isEqualTo("{\"Resources\": {\"Role\": {\"Type\": \"AWS::IAM::Role\", \"Properties\":"
                + " {\"Policies\": [{\"PolicyName\": \"HarnessDescribeRegions\", \"PolicyDocument\": {\"Version\": \"2012-10-17\","
                + " \"Statement\": [{\"Sid\": \"HarnessDescribeRegions\", \"Effect\": \"Allow\", \"Action\": \"ec2:DescribeRegions\","
                + " \"Resource\": \"*\"}]}}]}}}}");
    }

    @Test
    void computedOrDuplicatePoliciesAreNotEdited() {
        String ifPolicies = "Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n"
                + "      Policies: !If [UseCur, [], !Ref AWS::NoValue]\n";
        String longForm = "{\"Resources\": {\"Role\": {\"Type\": \"AWS::IAM::Role\", \"Properties\": "
                + "{\"Policies\": {\"Fn::If\": [\"UseCur\", [], {\"Ref\": \"AWS::NoValue\"}]}}}}}";
        String ifProperties = "Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties: !If [A, {}, {}]\n";
        String noProperties = "Resources:\n  Role:\n    Type: AWS::IAM::Role\n";
        String duplicate = "Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      Policies:\n"
                + "        - PolicyName: HarnessDescribeRegions\n          PolicyDocument: {Statement: []}\n";
        String aliased = "Shared: &p\n  - PolicyName: a\nResources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n"
                + "      Policies: *p\n";
        String anchored = "Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      Policies: &p\n"
                + "        - PolicyName: a\n          PolicyDocument: {Statement: []}\n";
        for (String[] c : List.of(new String[] {"a.yaml", ifPolicies}, new String[] {"b.json", longForm},
                new String[] {"c.yaml", ifProperties}, new String[] {"d.yaml", noProperties},
                new String[] {"e.yaml", duplicate}, new String[] {"f.yaml", aliased},
                new String[] {"g.yaml", anchored})) {
            SourceFile f = SourceFile.of(c[0], c[1]);
            assertThat(editor(f, "Role").addInlinePolicy(NAME, REGIONS)).as(c[1]).isEmpty();
        }
        // another name is fine next to the existing one
        SourceFile f = SourceFile.of("e.yaml", duplicate);
        assertThat(editor(f, "Role").addInlinePolicy("Other", REGIONS)).isPresent();
    }

    @Test
    void theAddedPolicyCanBeEditedAgainAsAYamlPolicy() {
        String text = "Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: r\n";
        String out = add("t.yaml", text, "Role");
        SourceFile g = SourceFile.of("t.yaml", out);
        Node policies = Readers.at(YamlEditChecks.read(g), "Resources", "Role", "Properties", "Policies", 0, "PolicyDocument");
        MapNode doc = (MapNode) policies;
        PolicyDocument p = PolicyReader.read("p", g, doc, new YamlPolicyEditor(g, doc));
        String again = apply(g, p.editor().addStatement(new StatementSpec(null, Effect.ALLOW, List.of("ce:GetCostAndUsage"),
                List.of("*"))).orElseThrow());
        String dash = " ".repeat(14);
        String member = " ".repeat(16);
        assertThat(again).isEqualTo(out + dash + "- Effect: Allow\n" + member + "Action: ce:GetCostAndUsage\n"
                + member + "Resource: \"*\"\n");
        assertThat(out).endsWith(dash + "- Sid: HarnessDescribeRegions\n" + member + "Effect: Allow\n"
                + member + "Action: ec2:DescribeRegions\n" + member + "Resource: \"*\"\n");
    }

    @Test
    void namesAndValuesReadBackExactlyInEverySyntax() {
        List<String[]> templates = List.of(
                new String[] {"t.yaml", "Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: r\n"},
                new String[] {"t.yaml", "Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties: {RoleName: r}\n"},
                new String[] {"t.json", "{\"Resources\": {\"Role\": {\"Type\": \"AWS::IAM::Role\",\n  \"Properties\": {\n"
                        + "    \"RoleName\": \"r\"\n  }}}}"});
        for (String[] t : templates) {
            for (String value : YamlPolicyEditorValuesTest.TRICKY) {
                SourceFile f = SourceFile.of(t[0], t[1]);
                StatementSpec spec = new StatementSpec(value, Effect.ALLOW, List.of(value), List.of(value, "*"));
                String out = apply(f, editor(f, "Role").addInlinePolicy(value, spec).orElseThrow());
                SourceFile g = SourceFile.of(t[0], out);
                MapNode added = (MapNode) Readers.at(YamlEditChecks.read(g), "Resources", "Role", "Properties", "Policies", 0);
                assertThat(added.get("PolicyName").asText()).as(out).isEqualTo(value);
                Statement s = PolicyReader.read("p", g, (MapNode) added.get("PolicyDocument"), PolicyEditor.NONE)
                        .statements().get(0);
                assertThat(s.sid().known()).as(out).isEqualTo(value);
                assertThat(s.actions().values().stream().map(Scalar::known)).as(out).containsExactly(value);
                assertThat(s.resources().values().stream().map(Scalar::known)).as(out).containsExactly(value, "*");
            }
        }
    }
}
