package io.ccmlint.core.edit;

import static io.ccmlint.core.edit.YamlEditChecks.apply;
import static io.ccmlint.core.edit.YamlEditChecks.mapAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.model.policy.Effect;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.PolicyEditor;
import io.ccmlint.core.model.policy.PolicyReader;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.policy.StatementSpec;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.value.Scalar;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlPolicyEditorTest {
    private static final StatementSpec REGIONS = new StatementSpec("HarnessDescribeRegions", Effect.ALLOW,
            List.of("ec2:DescribeRegions"), List.of("*"));
    private static final StatementSpec TWO = new StatementSpec(null, Effect.DENY,
            List.of("iam:CreateUser", "iam:DeleteUser"), List.of("*"));
    private static final Object[] CFN_POLICY = {"Resources", "HarnessCERole", "Properties", "Policies", 0, "PolicyDocument"};
    private static final Object[] CFN_TRUST = {"Resources", "HarnessCERole", "Properties", "AssumeRolePolicyDocument"};

    /** The policy at {@code path} of the text, its editor and its model. */
    private record Policy(SourceFile file, MapNode root, PolicyDocument doc) {
        static Policy of(String text, Object... path) {
            SourceFile f = SourceFile.of("template.yaml", text);
            MapNode root = mapAt(f, path);
            return new Policy(f, root, PolicyReader.read("p", f, root, new YamlPolicyEditor(f, root)));
        }

        PolicyEditor editor() {
            return doc.editor();
        }

        String apply(Optional<List<TextEdit>> edits) {
            return YamlEditChecks.apply(file, edits.orElseThrow());
        }
    }

    /** The last statement of the policy at {@code path}, as the model reads it back. */
    private static Statement lastStatement(String text, Object... path) {
        List<Statement> all = Policy.of(text, path).doc().statements();
        return all.get(all.size() - 1);
    }

    private static List<String> known(List<Scalar> values) {
        return values.stream().map(Scalar::known).toList();
    }

    @Test
    void blockSequenceIndentedUnderItsKey() {
        String text = """
                # Harness CCM: read cost data
                Version: "2012-10-17"
                Statement:
                  - Effect: Allow
                    Action:
                      - ce:GetCostAndUsage
                      - ce:GetCostForecast
                    Resource: "*"
                """;
        String out = Policy.of(text).apply(Policy.of(text).editor().addStatement(TWO));
        assertThat(out).isEqualTo("""
                # Harness CCM: read cost data
                Version: "2012-10-17"
                Statement:
                  - Effect: Allow
                    Action:
                      - ce:GetCostAndUsage
                      - ce:GetCostForecast
                    Resource: "*"
                  - Effect: Deny
                    Action:
                      - iam:CreateUser
                      - iam:DeleteUser
                    Resource: "*"
                """);
        Statement added = lastStatement(out);
        assertThat(added.isDeny()).isTrue();
        assertThat(known(added.actions().values())).containsExactly("iam:CreateUser", "iam:DeleteUser");
        assertThat(known(added.resources().values())).containsExactly("*");
    }

    @Test
    void blockSequenceNotIndentedWithFourSpaceMappings() {
        String text = """
                Version: 2012-10-17
                Statement:
                - Sid: ReadBuckets
                  Effect: Allow
                  Principal:
                      AWS: arn:aws:iam::891928451355:root
                  Action:
                  - s3:GetObject
                  Resource: arn:aws:s3:::harness-cur/*
                """;
        Policy p = Policy.of(text);
        assertThat(p.apply(p.editor().addStatement(TWO))).isEqualTo("""
                Version: 2012-10-17
                Statement:
                - Sid: ReadBuckets
                  Effect: Allow
                  Principal:
                      AWS: arn:aws:iam::891928451355:root
                  Action:
                  - s3:GetObject
                  Resource: arn:aws:s3:::harness-cur/*
                - Effect: Deny
                  Action:
                  - iam:CreateUser
                  - iam:DeleteUser
                  Resource: "*"
                """);
    }

    @Test
    void wideDashGapIsKept() {
        String text = "Statement:\n    -   Effect: Allow\n        Action: s3:GetObject\n        Resource: '*'\n";
        Policy p = Policy.of(text);
        assertThat(p.apply(p.editor().addStatement(REGIONS))).isEqualTo("Statement:\n    -   Effect: Allow\n"
                + "        Action: s3:GetObject\n        Resource: '*'\n"
                + "    -   Sid: HarnessDescribeRegions\n        Effect: Allow\n        Action: ec2:DescribeRegions\n"
                + "        Resource: '*'\n");
    }

    @Test
    void dashGapsOfMappingAndScalarItemsAreReadApart() {
        String text = "Statement:\n-   Effect: Allow\n    Action:\n    -   s3:GetObject\n    Resource:\n    - '*'\n";
        Policy p = Policy.of(text);
        assertThat(p.apply(p.editor().addStatement(TWO))).isEqualTo(text + "-   Effect: Deny\n    Action:\n"
                + "    -   iam:CreateUser\n    -   iam:DeleteUser\n    Resource: '*'\n");
    }

    @Test
    void flowPolicyStaysFlow() {
        String text = "{Version: \"2012-10-17\", Statement: [{Effect: Allow, Action: s3:GetObject, Resource: \"*\"}]}\n";
        Policy p = Policy.of(text);
        String out = p.apply(p.editor().addStatement(TWO));
        assertThat(out).isEqualTo("{Version: \"2012-10-17\", Statement: [{Effect: Allow, Action: s3:GetObject, Resource: \"*\"}, "
                + "{Effect: Deny, Action: [iam:CreateUser, iam:DeleteUser], Resource: \"*\"}]}\n");
        assertThat(known(lastStatement(out).actions().values())).containsExactly("iam:CreateUser", "iam:DeleteUser");
    }

    @Test
    void flowStatementsOnTheirOwnLinesWithPaddedBraces() {
        String text = """
                Version: "2012-10-17"
                Statement: [
                  { Effect: Allow, Action: "s3:GetObject", Resource: "*" }
                ]
                """;
        Policy p = Policy.of(text);
        assertThat(p.apply(p.editor().addStatement(REGIONS))).isEqualTo("""
                Version: "2012-10-17"
                Statement: [
                  { Effect: Allow, Action: "s3:GetObject", Resource: "*" },
                  { Sid: HarnessDescribeRegions, Effect: Allow, Action: ec2:DescribeRegions, Resource: "*" }
                ]
                """);
    }

    @Test
    void blockItemsWrittenAsFlowMappings() {
        String text = "Statement:\n  - {Effect: Allow, Action: s3:GetObject, Resource: '*'}  # read\n";
        Policy p = Policy.of(text);
        assertThat(p.apply(p.editor().addStatement(REGIONS))).isEqualTo("Statement:\n"
                + "  - {Effect: Allow, Action: s3:GetObject, Resource: '*'}  # read\n"
                + "  - {Sid: HarnessDescribeRegions, Effect: Allow, Action: ec2:DescribeRegions, Resource: '*'}\n");
    }

    @Test
    void jsonWrittenAsYamlKeepsItsQuotes() {
        String text = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\","
                + " \"Resource\": \"*\"}]}";
        Policy p = Policy.of(text);
        assertThat(p.apply(p.editor().addStatement(REGIONS))).isEqualTo("{\"Version\": \"2012-10-17\", \"Statement\": "
                + "[{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}, {\"Sid\": \"HarnessDescribeRegions\","
                + " \"Effect\": \"Allow\", \"Action\": \"ec2:DescribeRegions\", \"Resource\": \"*\"}]}");
    }

    @Test
    void crlfLineBreaks() {
        String text = "Version: \"2012-10-17\"\r\nStatement:\r\n  - Effect: Allow\r\n    Action: s3:GetObject\r\n"
                + "    Resource: \"*\"\r\n";
        Policy p = Policy.of(text);
        String out = p.apply(p.editor().addStatement(REGIONS));
        assertThat(out).isEqualTo(text + "  - Sid: HarnessDescribeRegions\r\n    Effect: Allow\r\n"
                + "    Action: ec2:DescribeRegions\r\n    Resource: \"*\"\r\n");
        assertThat(out.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void noFinalLineBreak() {
        String text = "Statement:\n  - Effect: Allow\n    Action: s3:GetObject\n    Resource: \"*\"";
        Policy p = Policy.of(text);
        assertThat(p.apply(p.editor().addStatement(REGIONS))).isEqualTo(text + "\n  - Sid: HarnessDescribeRegions\n"
                + "    Effect: Allow\n    Action: ec2:DescribeRegions\n    Resource: \"*\"");
    }

    /** A policy deep in a template, its last statement written with a tag and followed by comments. */
    private static final String TEMPLATE = """
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
                  Policies:
                    - PolicyName: HarnessCURAccess
                      PolicyDocument:
                        Statement:
                          - Sid: ReadCur
                            Effect: Allow
                            Action:
                              - s3:GetObject
                              - s3:ListBucket
                            Resource:
                              - !Sub "arn:${AWS::Partition}:s3:::${CurBucket}"
                              - !Sub arn:${AWS::Partition}:s3:::${CurBucket}/*

                          # more statements go here

                  ManagedPolicyArns:
                    - arn:aws:iam::aws:policy/AWSBillingReadOnlyAccess
            """;

    @Test
    void inACloudFormationTemplateTheStatementGoesBeforeTheComments() {
        Policy p = Policy.of(TEMPLATE, CFN_POLICY);
        String out = p.apply(p.editor().addStatement(REGIONS));
        String dash = " ".repeat(14);
        String member = " ".repeat(16);
        assertThat(out).isEqualTo(TEMPLATE.replace("${CurBucket}/*\n", "${CurBucket}/*\n"
                + dash + "- Sid: HarnessDescribeRegions\n"
                + member + "Effect: Allow\n"
                + member + "Action: ec2:DescribeRegions\n"
                + member + "Resource: \"*\"\n"));
        Statement added = lastStatement(out, CFN_POLICY);
        assertThat(added.sid().known()).isEqualTo("HarnessDescribeRegions");
        assertThat(known(added.actions().values())).containsExactly("ec2:DescribeRegions");
        // the tagged resources of the statement before are still read as tags
        MapNode before = (MapNode) Readers.at(YamlEditChecks.read(SourceFile.of("o.yaml", out)),
                "Resources", "HarnessCERole", "Properties", "Policies", 0, "PolicyDocument", "Statement", 0, "Resource", 1);
        assertThat(before.entries().get(0).key()).isEqualTo("!Sub");
    }

    @Test
    void setVersionInATemplateInsertsTheFirstKeyAndIsIdempotent() {
        Policy p = Policy.of(TEMPLATE, CFN_POLICY);
        String once = p.apply(p.editor().setVersion("2012-10-17"));
        assertThat(once).isEqualTo(TEMPLATE.replace("""
                          PolicyDocument:
                            Statement:
                """, """
                          PolicyDocument:
                            Version: "2012-10-17"
                            Statement:
                """));
        assertThat(Policy.of(once, CFN_POLICY).doc().version().known()).isEqualTo("2012-10-17");
        Policy again = Policy.of(once, CFN_POLICY);
        assertThat(again.apply(again.editor().setVersion("2012-10-17"))).isEqualTo(once);
    }

    @Test
    void setVersionReplacesAnOldValueInItsStyle() {
        String text = "Version: '2008-10-17' # old\nStatement: []\n";
        Policy p = Policy.of(text);
        assertThat(p.apply(p.editor().setVersion("2012-10-17"))).isEqualTo("Version: '2012-10-17' # old\nStatement: []\n");
        Policy plain = Policy.of("Version: 2008-10-17\nStatement: []\n");
        assertThat(plain.apply(plain.editor().setVersion("2012-10-17"))).isEqualTo("Version: \"2012-10-17\"\nStatement: []\n");
    }

    @Test
    void setVersionInAFlowPolicyAndAfterComments() {
        Policy flow = Policy.of("{Statement: [{Effect: Allow, Action: 's3:*', Resource: '*'}]}");
        assertThat(flow.apply(flow.editor().setVersion("2012-10-17")))
                .isEqualTo("{Version: '2012-10-17', Statement: [{Effect: Allow, Action: 's3:*', Resource: '*'}]}");
        String text = "# trust policy\n\nStatement:\n  - Effect: Allow\n";
        Policy block = Policy.of(text);
        assertThat(block.apply(block.editor().setVersion("2012-10-17")))
                .isEqualTo("# trust policy\n\nVersion: \"2012-10-17\"\nStatement:\n  - Effect: Allow\n");
    }

    @Test
    void singleBlockStatementBecomesTheFirstItemOfAList() {
        String text = """
                Version: "2012-10-17"
                Statement:
                    Effect: Allow
                    Action: s3:GetObject
                    Resource: "*"
                """;
        Policy p = Policy.of(text);
        String out = p.apply(p.editor().addStatement(REGIONS));
        assertThat(out).isEqualTo("""
                Version: "2012-10-17"
                Statement:
                  - Effect: Allow
                    Action: s3:GetObject
                    Resource: "*"
                  - Sid: HarnessDescribeRegions
                    Effect: Allow
                    Action: ec2:DescribeRegions
                    Resource: "*"
                """);
        assertThat(Policy.of(out).doc().statements()).hasSize(2);
    }

    @Test
    void singleFlowStatementBecomesAList() {
        Policy p = Policy.of("Statement: {Effect: Allow, Action: s3:GetObject, Resource: \"*\"}\n");
        assertThat(p.apply(p.editor().addStatement(REGIONS))).isEqualTo("Statement: [{Effect: Allow, Action: s3:GetObject,"
                + " Resource: \"*\"}, {Sid: HarnessDescribeRegions, Effect: Allow, Action: ec2:DescribeRegions, Resource: \"*\"}]\n");
    }

    @Test
    void emptyStatementList() {
        Policy p = Policy.of("Version: \"2012-10-17\"\nStatement: []\n");
        String out = p.apply(p.editor().addStatement(REGIONS));
        assertThat(out).isEqualTo("Version: \"2012-10-17\"\nStatement: [{Sid: HarnessDescribeRegions, Effect: Allow,"
                + " Action: ec2:DescribeRegions, Resource: \"*\"}]\n");
        assertThat(Policy.of(out).doc().statements()).hasSize(1);
    }

    @Test
    void lastValueABlockScalarKeepsItsText() {
        String text = """
                Statement:
                  - Effect: Allow
                    Action: sts:AssumeRole
                    Condition:
                      StringEquals:
                        sts:ExternalId: >-
                          harness:891928451355:wFHXHD0RRQWoO8tIZT5YVw

                # end
                """;
        Policy p = Policy.of(text);
        String out = p.apply(p.editor().addStatement(REGIONS));
        assertThat(out).isEqualTo("""
                Statement:
                  - Effect: Allow
                    Action: sts:AssumeRole
                    Condition:
                      StringEquals:
                        sts:ExternalId: >-
                          harness:891928451355:wFHXHD0RRQWoO8tIZT5YVw
                  - Sid: HarnessDescribeRegions
                    Effect: Allow
                    Action: ec2:DescribeRegions
                    Resource: "*"

                # end
                """);
        Statement first = Policy.of(out).doc().statements().get(0);
        assertThat(first.conditions().get(0).values().get(0).known()).isEqualTo("harness:891928451355:wFHXHD0RRQWoO8tIZT5YVw");
    }

    @Test
    void quotesOnlyWhatNeedsQuotes() {
        StatementSpec odd = new StatementSpec("A", Effect.ALLOW, List.of("s3:Get*", "s3:List*"),
                List.of("arn:aws:s3:::b/#tmp", "yes", "a: b", "it's"));
        String text = "Statement:\n  - Effect: Allow\n    Action: s3:GetObject\n    Resource: '*'\n";
        Policy p = Policy.of(text);
        String out = p.apply(p.editor().addStatement(odd));
        assertThat(out).endsWith("""
                  - Sid: A
                    Effect: Allow
                    Action:
                      - s3:Get*
                      - s3:List*
                    Resource:
                      - arn:aws:s3:::b/#tmp
                      - 'yes'
                      - 'a: b'
                      - it's
                """);
        assertThat(known(lastStatement(out).resources().values())).containsExactly("arn:aws:s3:::b/#tmp", "yes", "a: b", "it's");
    }

    @Test
    void flowListsOfValuesStayFlow() {
        String text = "Statement:\n  - Effect: Allow\n    Action: [s3:GetObject, s3:ListBucket]\n    Resource: \"*\"\n";
        Policy p = Policy.of(text);
        assertThat(p.apply(p.editor().addStatement(TWO))).isEqualTo(text
                + "  - Effect: Deny\n    Action: [iam:CreateUser, iam:DeleteUser]\n    Resource: \"*\"\n");
    }

    @Test
    void whatIsNotPlainlyWrittenIsNotEdited() {
        String intrinsic = "Statement: !If\n  - IsProd\n  - [{Effect: Allow, Action: s3:GetObject, Resource: \"*\"}]\n  - []\n";
        assertThat(Policy.of(intrinsic).editor().addStatement(REGIONS)).isEmpty();
        String longForm = "Statement:\n  Fn::If: [IsProd, [], []]\n";
        assertThat(Policy.of(longForm).editor().addStatement(REGIONS)).isEmpty();
        String alias = "x: &s\n  - Effect: Allow\n    Action: s3:GetObject\n    Resource: \"*\"\np:\n  Statement: *s\n";
        Policy aliased = Policy.of(alias, "p");
        assertThat(aliased.editor().addStatement(REGIONS)).isEmpty();
        assertThat(aliased.editor().setVersion("2012-10-17")).isEmpty();
        // an anchored list is also read where an alias names it: adding to it would change that place too
        String anchored = "Statement: &s\n  - Effect: Allow\n    Action: s3:GetObject\n    Resource: \"*\"\n";
        assertThat(Policy.of(anchored).editor().addStatement(REGIONS)).isEmpty();
        assertThat(Policy.of(anchored.replace("&s", "")).editor().addStatement(REGIONS)).isPresent();
        assertThat(Policy.of("Version: \"2012-10-17\"\n").editor().addStatement(REGIONS)).isEmpty();
        assertThat(Policy.of("Statement: oops\n").editor().addStatement(REGIONS)).isEmpty();
        assertThat(Policy.of("Version: !Ref V\nStatement: []\n").editor().setVersion("2012-10-17")).isEmpty();
        // a single statement indented by one space cannot gain a dash in front of it
        assertThat(Policy.of("Statement:\n Effect: Allow\n Action: s3:GetObject\n").editor().addStatement(REGIONS)).isEmpty();
    }

    private static final String TRUST = """
            Resources:
              HarnessCERole:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument:
                    Version: "2012-10-17"
                    Statement:
                      - Effect: Allow
                        Principal:
                          Federated: !Sub arn:aws:iam::${AWS::AccountId}:oidc-provider/app.harness.io/ng/api/oidc/account/abc123
                        Action: sts:AssumeRoleWithWebIdentity
            %s
            """;

    private static Statement trustStatement(String text) {
        return Policy.of(text, CFN_TRUST).doc().statements().get(0);
    }

    @Test
    void conditionIsCreatedUnderTheStatement() {
        String text = TRUST.formatted("");
        Policy p = Policy.of(text, CFN_TRUST);
        String out = p.apply(p.editor().addConditionValues(p.doc().statements().get(0), "StringEquals",
                "app.harness.io/ng/api/oidc/account/abc123:aud", List.of("sts.amazonaws.com")));
        assertThat(out).isEqualTo(TRUST.formatted("""
                            Condition:
                              StringEquals:
                                app.harness.io/ng/api/oidc/account/abc123:aud: sts.amazonaws.com
                """));
        assertThat(trustStatement(out).conditions().get(0).keyIs("app.harness.io/ng/api/oidc/account/abc123:aud")).isTrue();
    }

    @Test
    void conditionKeysAndOperatorsAreAddedWhereTheyBelong() {
        String text = TRUST.formatted("""
                            Condition:
                              StringEquals:
                                aud: sts.amazonaws.com   # the audience
                """.stripTrailing());
        Policy p = Policy.of(text, CFN_TRUST);
        String withKey = p.apply(p.editor().addConditionValues(p.doc().statements().get(0), "StringEquals", "sub",
                List.of("account/abc123:org/o1:project/p1", "account/abc123:org/o1:project/p2")));
        assertThat(withKey).isEqualTo(TRUST.formatted("""
                            Condition:
                              StringEquals:
                                aud: sts.amazonaws.com   # the audience
                                sub:
                                  - account/abc123:org/o1:project/p1
                                  - account/abc123:org/o1:project/p2
                """.stripTrailing()));
        Policy q = Policy.of(withKey, CFN_TRUST);
        String withOperator = q.apply(q.editor().addConditionValues(q.doc().statements().get(0), "StringLike", "x", List.of("*")));
        assertThat(withOperator).isEqualTo(TRUST.formatted("""
                            Condition:
                              StringEquals:
                                aud: sts.amazonaws.com   # the audience
                                sub:
                                  - account/abc123:org/o1:project/p1
                                  - account/abc123:org/o1:project/p2
                              StringLike:
                                x: "*"
                """.stripTrailing()));
        Policy r = Policy.of(withOperator, CFN_TRUST);
        String withValue = r.apply(r.editor().addConditionValues(r.doc().statements().get(0), "StringEquals", "sub",
                List.of("account/abc123:org/o1:project/p1", "account/abc123:org/o1:project/p3")));
        assertThat(withValue).isEqualTo(TRUST.formatted("""
                            Condition:
                              StringEquals:
                                aud: sts.amazonaws.com   # the audience
                                sub:
                                  - account/abc123:org/o1:project/p1
                                  - account/abc123:org/o1:project/p2
                                  - account/abc123:org/o1:project/p3
                              StringLike:
                                x: "*"
                """.stripTrailing()));
        Policy s = Policy.of(withValue, CFN_TRUST);
        String loneBecomesList = s.apply(s.editor().addConditionValues(s.doc().statements().get(0), "StringEquals", "aud",
                List.of("other")));
        assertThat(loneBecomesList).contains("\n                aud: [sts.amazonaws.com, other]   # the audience\n");
        assertThat(trustStatement(loneBecomesList).conditions().get(0).values()).hasSize(2);
        // values already there need no edit
        assertThat(s.editor().addConditionValues(s.doc().statements().get(0), "StringEquals", "aud",
                List.of("sts.amazonaws.com"))).isEmpty();
    }

    @Test
    void conditionValuesThatAreIntrinsicsOrAliasesAreLeftAlone() {
        String ref = TRUST.formatted("""
                            Condition:
                              StringEquals:
                                sts:ExternalId: !Ref ExternalId
                """.stripTrailing());
        Policy byRef = Policy.of(ref, CFN_TRUST);
        assertThat(byRef.editor().addConditionValues(byRef.doc().statements().get(0), "StringEquals", "sts:ExternalId",
                List.of("x"))).isEmpty();
        // the same statement can take a key of its own: only the tagged value is out of reach
        assertThat(byRef.editor().addConditionValues(byRef.doc().statements().get(0), "StringEquals", "aud",
                List.of("x"))).isPresent();
        String computed = TRUST.formatted("            Condition: !If [IsProd, {}, {}]");
        Policy byIf = Policy.of(computed, CFN_TRUST);
        assertThat(byIf.editor().addConditionValues(byIf.doc().statements().get(0), "StringEquals", "aud",
                List.of("x"))).isEmpty();
        String aliased = "c: &c {StringEquals: {aud: x}}\np:\n  Statement:\n    - Effect: Allow\n      Condition: *c\n";
        Policy p = Policy.of(aliased, "p");
        assertThat(p.editor().addConditionValues(p.doc().statements().get(0), "StringEquals", "aud", List.of("y"))).isEmpty();
        String inPlace = "p:\n  Statement:\n    - Effect: Allow\n      Condition: {StringEquals: {aud: x}}\n";
        Policy q = Policy.of(inPlace, "p");
        assertThat(q.editor().addConditionValues(q.doc().statements().get(0), "StringEquals", "aud", List.of("y"))).isPresent();
    }

    @Test
    void flowConditionsGetFlowEntries() {
        String text = "Statement:\n  - {Effect: Allow, Action: sts:AssumeRole, Condition: {StringEquals: {aud: x}}}\n";
        Policy p = Policy.of(text);
        Statement st = p.doc().statements().get(0);
        assertThat(p.apply(p.editor().addConditionValues(st, "StringEquals", "sub", List.of("a", "b"))))
                .isEqualTo("Statement:\n  - {Effect: Allow, Action: sts:AssumeRole, Condition: {StringEquals: {aud: x, sub: [a, b]}}}\n");
        String bare = "Statement:\n  - {Effect: Allow, Action: sts:AssumeRole}\n";
        Policy q = Policy.of(bare);
        assertThat(q.apply(q.editor().addConditionValues(q.doc().statements().get(0), "StringEquals", "aud", List.of("x"))))
                .isEqualTo("Statement:\n  - {Effect: Allow, Action: sts:AssumeRole, Condition: {StringEquals: {aud: x}}}\n");
    }

    @Test
    void wildcardSubjectMovesToStringEquals() {
        String text = TRUST.formatted("""
                            Condition:
                              StringEquals:
                                aud: sts.amazonaws.com
                              StringLike:
                                sub: account/abc123:*
                """.stripTrailing());
        Policy p = Policy.of(text, CFN_TRUST);
        String out = p.apply(p.editor().moveConditionKey(p.doc().statements().get(0), "StringLike", "StringEquals", "sub",
                List.of("account/abc123:org/o1:project/p1")));
        assertThat(out).isEqualTo(TRUST.formatted("""
                            Condition:
                              StringEquals:
                                aud: sts.amazonaws.com
                                sub: account/abc123:org/o1:project/p1
                """.stripTrailing()));
        assertThat(trustStatement(out).conditions()).hasSize(2);
    }

    @Test
    void movingOneOfSeveralKeysLeavesTheOthers() {
        String text = """
                Statement:
                  - Effect: Allow
                    Condition:
                      StringLike:
                        sub: "account/abc123:*"
                        other: x
                      StringEquals:
                        aud: sts.amazonaws.com
                """;
        Policy p = Policy.of(text);
        String out = p.apply(p.editor().moveConditionKey(p.doc().statements().get(0), "StringLike", "StringEquals", "sub",
                List.of("account/abc123:org/o1")));
        assertThat(out).isEqualTo("""
                Statement:
                  - Effect: Allow
                    Condition:
                      StringLike:
                        other: x
                      StringEquals:
                        aud: sts.amazonaws.com
                        sub: account/abc123:org/o1
                """);
    }
}
