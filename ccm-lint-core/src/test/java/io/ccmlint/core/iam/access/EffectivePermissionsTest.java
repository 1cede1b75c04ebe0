package io.ccmlint.core.iam.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.PolicyEditor;
import io.ccmlint.core.model.policy.PolicyReader;
import io.ccmlint.core.model.principal.IamPrincipal;
import io.ccmlint.core.model.principal.PolicyAttachment;
import io.ccmlint.core.model.principal.PrincipalKind;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Effective permissions of one principal: IAM's identity-policy evaluation over several policies. */
class EffectivePermissionsTest {
    private static final String ROLE = "arn:aws:iam::123456789012:role/";

    static PolicyDocument policy(String name, String... statements) {
        String json = ("{'Version':'2012-10-17','Statement':[" + String.join(",", statements) + "]}").replace('\'', '"');
        SourceFile file = SourceFile.of(name, json);
        try {
            return PolicyReader.read(name, file, (MapNode) new JsonTreeReader().read(file), PolicyEditor.NONE);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    static IamPrincipal role(PolicyDocument boundary, Object... policies) {
        List<PolicyAttachment> list = new ArrayList<>();
        for (Object p : policies) {
            list.add(p instanceof PolicyDocument d ? PolicyAttachment.inline(d)
                    : new PolicyAttachment(null, null, reference((String) p), null));
        }
        return new IamPrincipal(PrincipalKind.ROLE, "aws_iam_role.r", "r", null, null, list,
                boundary == null ? null : PolicyAttachment.inline(boundary), null);
    }

    private static Scalar reference(String arn) {
        SourceFile f = SourceFile.of("main.tf", arn);
        return Scalar.known(arn, f.span(0, arn.length()), ScalarStyle.JSON_STRING);
    }

    static EffectivePermissions of(Object... policies) {
        return Access.alone(role(null, policies));
    }

    private static Verdict.Level level(EffectivePermissions p, String action, String resource) {
        return p.verdict(action, resource).level();
    }

    @Test
    void actionsNeededTogetherMayComeFromDifferentPolicies() {
        EffectivePermissions p = of(
                policy("pass.json", "{'Sid':'Pass','Effect':'Allow','Action':'iam:PassRole','Resource':'*'}"),
                policy("lambda.json", "{'Sid':'Fn','Effect':'Allow','Action':['lambda:Create*','lambda:InvokeFunction'],'Resource':'*'}"));
        assertThat(level(p, "iam:PassRole", "*")).isEqualTo(Verdict.Level.ALLOWED);
        Verdict create = p.verdict("lambda:CreateFunction", "*");
        assertThat(create.level()).isEqualTo(Verdict.Level.ALLOWED);
        assertThat(create.allowing()).singleElement().satisfies(g -> assertThat(g.statement().sid().known()).isEqualTo("Fn"));
        assertThat(level(p, "lambda:DeleteFunction", "*")).isEqualTo(Verdict.Level.NOT_ALLOWED);
    }

    @Test
    void anExplicitDenyWinsAndNamesItsStatement() {
        EffectivePermissions p = of(
                policy("a.json", "{'Effect':'Allow','Action':'iam:*','Resource':'*'}"),
                policy("d.json", "{'Sid':'NoPass','Effect':'Deny','Action':'iam:PassRole','Resource':'*'}"));
        Verdict pass = p.verdict("iam:PassRole", ROLE + "x");
        assertThat(pass.level()).isEqualTo(Verdict.Level.DENIED);
        assertThat(pass.denying()).singleElement().satisfies(g -> assertThat(g.statement().sid().known()).isEqualTo("NoPass"));
        assertThat(level(p, "iam:CreateRole", "*")).isEqualTo(Verdict.Level.ALLOWED);
    }

    @Test
    void aDenyOnPartOfTheResourcesLeavesTheRestAllowed() {
        EffectivePermissions p = of(policy("a.json",
                "{'Effect':'Allow','Action':'iam:PassRole','Resource':'*'}",
                "{'Effect':'Deny','Action':'iam:PassRole','Resource':'" + ROLE + "admin-*'}"));
        assertThat(level(p, "iam:PassRole", "*")).isEqualTo(Verdict.Level.ALLOWED);
        assertThat(level(p, "iam:PassRole", ROLE + "admin-ops")).isEqualTo(Verdict.Level.DENIED);
        assertThat(level(p, "iam:PassRole", ROLE + "app")).isEqualTo(Verdict.Level.ALLOWED);
    }

    @Test
    void notActionAndNotResourceAllowEverythingTheyDoNotName() {
        EffectivePermissions p = of(policy("a.json",
                "{'Effect':'Allow','NotAction':'iam:*','Resource':'*'}",
                "{'Effect':'Allow','Action':'s3:GetObject','NotResource':'arn:aws:s3:::secret/*'}"));
        assertThat(level(p, "iam:PassRole", "*")).isEqualTo(Verdict.Level.NOT_ALLOWED);
        assertThat(level(p, "lambda:CreateFunction", "*")).isEqualTo(Verdict.Level.ALLOWED);
        int iamActions = ActionIndex.get().matching("iam:*").cardinality();
        assertThat(p.access().actionCount()).isEqualTo(ActionIndex.get().size() - iamActions);

        EffectivePermissions s3 = of(policy("b.json", "{'Effect':'Allow','Action':'s3:GetObject','NotResource':'arn:aws:s3:::secret/*'}"));
        assertThat(level(s3, "s3:GetObject", "arn:aws:s3:::secret/key")).isEqualTo(Verdict.Level.NOT_ALLOWED);
        assertThat(level(s3, "s3:GetObject", "arn:aws:s3:::public/key")).isEqualTo(Verdict.Level.ALLOWED);
        assertThat(level(s3, "s3:GetObject", "*")).isEqualTo(Verdict.Level.ALLOWED);
    }

    @Test
    void conditionsMakeAccessConditionalNeverRemoveIt() {
        EffectivePermissions allowIf = of(policy("a.json",
                "{'Effect':'Allow','Action':'iam:PassRole','Resource':'*','Condition':{'StringEquals':{'iam:PassedToService':'lambda.amazonaws.com'}}}"));
        assertThat(level(allowIf, "iam:PassRole", "*")).isEqualTo(Verdict.Level.CONDITIONALLY_ALLOWED);
        EffectivePermissions denyIf = of(policy("a.json",
                "{'Effect':'Allow','Action':'iam:PassRole','Resource':'*'}",
                "{'Effect':'Deny','Action':'iam:*','Resource':'*','Condition':{'Bool':{'aws:MultiFactorAuthPresent':'false'}}}"));
        Verdict v = denyIf.verdict("iam:PassRole", "*");
        assertThat(v.level()).isEqualTo(Verdict.Level.CONDITIONALLY_ALLOWED);
        assertThat(v.why()).contains("Deny with a Condition");
    }

    @Test
    void aPermissionsBoundaryCapsWhatThePoliciesAllow() {
        PolicyDocument boundary = policy("boundary.json", "{'Effect':'Allow','Action':['s3:*','lambda:*'],'Resource':'*'}");
        EffectivePermissions p = Access.alone(role(boundary, policy("a.json", "{'Effect':'Allow','Action':'*','Resource':'*'}")));
        Verdict pass = p.verdict("iam:PassRole", "*");
        assertThat(pass.level()).isEqualTo(Verdict.Level.DENIED);
        assertThat(pass.why()).contains("boundary");
        assertThat(level(p, "lambda:InvokeFunction", "*")).isEqualTo(Verdict.Level.ALLOWED);
        assertThat(p.access().actionCount()).isEqualTo(
                ActionIndex.get().matching("s3:*").cardinality() + ActionIndex.get().matching("lambda:*").cardinality());
    }

    @Test
    void aPolicyThatCannotBeReadMakesAMissingAllowUnknown() {
        EffectivePermissions p = of(policy("a.json", "{'Effect':'Allow','Action':'s3:GetObject','Resource':'*'}"),
                "arn:aws:iam::123456789012:policy/elsewhere");
        assertThat(level(p, "iam:PassRole", "*")).isEqualTo(Verdict.Level.UNKNOWN);
        assertThat(level(p, "s3:GetObject", "*")).isEqualTo(Verdict.Level.ALLOWED);
    }

    @Test
    void actionsOutsideTheCatalogStillMatchByName() {
        EffectivePermissions p = of(policy("a.json", "{'Effect':'Allow','Action':'newsvc:Do*','Resource':'*'}"));
        assertThat(level(p, "newsvc:DoThing", "*")).isEqualTo(Verdict.Level.ALLOWED);
        assertThat(p.access().describe("*")).isEqualTo("newsvc:do* (not in the action catalog)");
    }

    @Test
    void aListingGroupsByServiceAndCountsWildcards() {
        EffectivePermissions p = of(policy("a.json",
                "{'Effect':'Allow','Action':['lambda:*','iam:PassRole','s3:GetObject','s3:PutObject'],'Resource':'*'}"));
        int lambda = ActionIndex.get().matching("lambda:*").cardinality();
        assertThat(p.access().describe("*"))
                .isEqualTo("iam:PassRole, lambda:* (" + lambda + " actions), s3: 2 actions (GetObject, PutObject)");
    }

    @Test
    void manyStatementsAndEverythingAllowedStayCheap() {
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            statements.add("{'Effect':'Allow','Action':['iam:*','s3:Get*'],'Resource':'arn:aws:s3:::b" + i + "/*'}");
        }
        statements.add("{'Effect':'Allow','NotAction':'*','Resource':'*'}");
        EffectivePermissions p = of(policy("big.json", statements.toArray(String[]::new)));
        assertThat(level(p, "iam:PassRole", "arn:aws:s3:::b4999/k")).isEqualTo(Verdict.Level.ALLOWED);
        assertThat(p.access().resources()).hasSize(5000);
    }
}
