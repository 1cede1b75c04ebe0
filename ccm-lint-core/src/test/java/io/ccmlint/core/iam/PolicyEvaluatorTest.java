package io.ccmlint.core.iam;

import static io.ccmlint.core.iam.Decision.ALLOWED;
import static io.ccmlint.core.iam.Decision.CONDITIONALLY_ALLOWED;
import static io.ccmlint.core.iam.Decision.EXPLICITLY_DENIED;
import static io.ccmlint.core.iam.Decision.NOT_ALLOWED;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.PolicyEditor;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.policy.ValueSet;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import io.ccmlint.core.value.Template;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-made IAM evaluation cases. JSON is written with single quotes ({@code '} stands for
 * {@code "}). Cases built with {@link Case#sids} also check which statements matched.
 */
class PolicyEvaluatorTest {

    /** One question against some policies; {@code allowing}/{@code denying} are Sids, or null to skip. */
    record Case(String name, List<String> policies, String action, String resource, Decision expected,
                List<String> allowing, List<String> denying) {
        Case sids(List<String> allowingSids, List<String> denyingSids) {
            return new Case(name, policies, action, resource, expected, allowingSids, denyingSids);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Case c(String name, String action, String resource, Decision expected, String... policies) {
        return new Case(name, Arrays.asList(policies), action, resource, expected, null, null);
    }

    /** A policy document whose Statement is the array of the given statement objects. */
    private static String doc(String... statements) {
        return "{'Version':'2012-10-17','Statement':[" + String.join(",", statements) + "]}";
    }

    private static String allow(String action, String resource) {
        return "{'Effect':'Allow','Action':" + action + ",'Resource':" + resource + "}";
    }

    private static final String ALLOW_ALL = doc("{'Sid':'All','Effect':'Allow','Action':'*','Resource':'*'}");
    private static final String ROLE = "arn:aws:iam::123456789012:role/HarnessCE";
    private static final String IF_MFA = "'Condition':{'Bool':{'aws:MultiFactorAuthPresent':'true'}}";
    private static final String IF_REGION = "'Condition':{'StringEquals':{'aws:RequestedRegion':['us-east-1']}}";

    static Stream<Case> cases() {
        return Stream.of(
            // --- exact and * ---
            c("exact action", "ec2:DescribeRegions", "*", ALLOWED, doc(allow("'ec2:DescribeRegions'", "'*'"))),
            c("exact action, other action", "ec2:DescribeInstances", "*", NOT_ALLOWED,
                doc(allow("'ec2:DescribeRegions'", "'*'"))),
            c("action * allows anything", "iam:PassRole", ROLE, ALLOWED, doc(allow("'*'", "'*'"))),
            c("ec2:* allows an ec2 action", "ec2:RunInstances", "*", ALLOWED, doc(allow("'ec2:*'", "'*'"))),
            c("ec2:* does not allow s3", "s3:GetObject", "*", NOT_ALLOWED, doc(allow("'ec2:*'", "'*'"))),
            c("ec2:* needs the colon", "ec2", "*", NOT_ALLOWED, doc(allow("'ec2:*'", "'*'"))),
            c("ec2:Describe* allows DescribeRegions", "ec2:DescribeRegions", "*", ALLOWED,
                doc(allow("'ec2:Describe*'", "'*'"))),
            c("ec2:Describe* does not allow RunInstances", "ec2:RunInstances", "*", NOT_ALLOWED,
                doc(allow("'ec2:Describe*'", "'*'"))),
            c("trailing * matches empty", "ec2:Describe", "*", ALLOWED, doc(allow("'ec2:Describe*'", "'*'"))),
            c("prefix must match from the start", "xec2:DescribeRegions", "*", NOT_ALLOWED,
                doc(allow("'ec2:Describe*'", "'*'"))),
            // --- ? ---
            c("? matches one character", "ec2:DescribeRegions", "*", ALLOWED,
                doc(allow("'ec2:DescribeRegion?'", "'*'"))),
            c("? does not match empty", "ec2:DescribeRegion", "*", NOT_ALLOWED,
                doc(allow("'ec2:DescribeRegion?'", "'*'"))),
            c("s3:GetObjec? matches GetObject", "s3:GetObject", "*", ALLOWED, doc(allow("'s3:GetObjec?'", "'*'"))),
            c("? matches exactly one, not two", "s3:GetObjectAcl", "*", NOT_ALLOWED,
                doc(allow("'s3:GetObjec?'", "'*'"))),
            // --- * in the middle ---
            c("s3:*Object matches GetObject", "s3:GetObject", "*", ALLOWED, doc(allow("'s3:*Object'", "'*'"))),
            c("s3:*Object matches PutObject", "s3:PutObject", "*", ALLOWED, doc(allow("'s3:*Object'", "'*'"))),
            c("s3:*Object does not match GetObjectAcl", "s3:GetObjectAcl", "*", NOT_ALLOWED,
                doc(allow("'s3:*Object'", "'*'"))),
            c("iam:Pass* matches PassRole", "iam:PassRole", ROLE, ALLOWED, doc(allow("'iam:Pass*'", "'*'"))),
            c("iam:Pass* does not match GetRole", "iam:GetRole", ROLE, NOT_ALLOWED, doc(allow("'iam:Pass*'", "'*'"))),
            // --- case ---
            c("actions are case-insensitive (question)", "EC2:describeregions", "*", ALLOWED,
                doc(allow("'ec2:DescribeRegions'", "'*'"))),
            c("actions are case-insensitive (pattern)", "ec2:DescribeRegions", "*", ALLOWED,
                doc(allow("'EC2:DESCRIBE*'", "'*'"))),
            c("resources are case-sensitive", "s3:GetObject", "arn:aws:s3:::mybucket", NOT_ALLOWED,
                doc(allow("'s3:GetObject'", "'arn:aws:s3:::MyBucket'"))),
            c("resource with the same case", "s3:GetObject", "arn:aws:s3:::MyBucket", ALLOWED,
                doc(allow("'s3:GetObject'", "'arn:aws:s3:::MyBucket'"))),
            // --- shapes ---
            c("Action as a list", "s3:PutObject", "*", ALLOWED,
                doc(allow("['s3:GetObject','s3:PutObject']", "'*'"))),
            c("Resource as a list, second entry", "s3:GetObject", "arn:aws:s3:::b/k", ALLOWED,
                doc(allow("'s3:GetObject'", "['arn:aws:s3:::a/*','arn:aws:s3:::b/*']"))),
            c("Statement as a single object", "ec2:DescribeRegions", "*", ALLOWED,
                "{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'ec2:Describe*','Resource':'*'}}"),
            c("empty Action list allows nothing", "ec2:DescribeRegions", "*", NOT_ALLOWED, doc(allow("[]", "'*'"))),
            c("Principal is ignored", "ec2:DescribeRegions", "*", ALLOWED,
                doc("{'Effect':'Allow','Principal':'*','Action':'ec2:*','Resource':'*'}")),
            c("Version 2008-10-17 does not matter", "ec2:DescribeRegions", "*", ALLOWED,
                "{'Version':'2008-10-17','Statement':[{'Effect':'Allow','Action':'ec2:*','Resource':'*'}]}"),
            // --- NotAction / NotResource ---
            c("NotAction iam:* excludes iam:PassRole", "iam:PassRole", ROLE, NOT_ALLOWED,
                doc("{'Effect':'Allow','NotAction':'iam:*','Resource':'*'}")),
            c("NotAction iam:* allows ec2", "ec2:RunInstances", "*", ALLOWED,
                doc("{'Effect':'Allow','NotAction':'iam:*','Resource':'*'}")),
            c("NotAction list excludes each entry", "organizations:ListAccounts", "*", NOT_ALLOWED,
                doc("{'Effect':'Allow','NotAction':['iam:*','organizations:*'],'Resource':'*'}")),
            c("NotAction is case-insensitive", "IAM:passrole", ROLE, NOT_ALLOWED,
                doc("{'Effect':'Allow','NotAction':'iam:Pass*','Resource':'*'}")),
            c("empty NotAction list is malformed: never applies", "ec2:RunInstances", "*", NOT_ALLOWED,
                doc("{'Effect':'Allow','NotAction':[],'Resource':'*'}")),
            c("NotResource excludes the matching resource", "s3:GetObject", "arn:aws:s3:::secret/key", NOT_ALLOWED,
                doc("{'Effect':'Allow','Action':'s3:*','NotResource':'arn:aws:s3:::secret/*'}")),
            c("NotResource allows other resources", "s3:GetObject", "arn:aws:s3:::public/key", ALLOWED,
                doc("{'Effect':'Allow','Action':'s3:*','NotResource':'arn:aws:s3:::secret/*'}")),
            c("NotAction Deny spares the excluded actions", "ec2:DescribeRegions", "*", ALLOWED,
                doc("{'Sid':'All','Effect':'Allow','Action':'*','Resource':'*'}",
                    "{'Sid':'OnlyReads','Effect':'Deny','NotAction':['ec2:Describe*','ec2:Get*'],'Resource':'*'}"))
                .sids(List.of("All"), List.of()),
            c("NotAction Deny denies everything else", "ec2:RunInstances", "*", EXPLICITLY_DENIED,
                doc("{'Sid':'All','Effect':'Allow','Action':'*','Resource':'*'}",
                    "{'Sid':'OnlyReads','Effect':'Deny','NotAction':['ec2:Describe*','ec2:Get*'],'Resource':'*'}"))
                .sids(List.of("All"), List.of("OnlyReads")),
            c("NotResource Deny denies outside the bucket", "s3:PutObject", "arn:aws:s3:::other/k", EXPLICITLY_DENIED,
                ALLOW_ALL, doc("{'Effect':'Deny','Action':'s3:*','NotResource':['arn:aws:s3:::mine','arn:aws:s3:::mine/*']}")),
            // --- Deny precedence ---
            c("Deny beats Allow in the same policy", "ec2:TerminateInstances", "*", EXPLICITLY_DENIED,
                doc("{'Sid':'Ec2','Effect':'Allow','Action':'ec2:*','Resource':'*'}",
                    "{'Sid':'NoTerminate','Effect':'Deny','Action':'ec2:TerminateInstances','Resource':'*'}"))
                .sids(List.of("Ec2"), List.of("NoTerminate")),
            c("Deny beats Allow across policies", "ec2:TerminateInstances", "*", EXPLICITLY_DENIED,
                doc("{'Sid':'Ec2','Effect':'Allow','Action':'ec2:*','Resource':'*'}"),
                doc("{'Sid':'NoTerminate','Effect':'Deny','Action':'ec2:TerminateInstances','Resource':'*'}"))
                .sids(List.of("Ec2"), List.of("NoTerminate")),
            c("Deny with ec2:* beats a precise Allow", "ec2:DescribeRegions", "*", EXPLICITLY_DENIED,
                doc(allow("'ec2:DescribeRegions'", "'*'"), "{'Effect':'Deny','Action':'ec2:*','Resource':'*'}")),
            c("Deny on other actions leaves the Allow", "ec2:DescribeRegions", "*", ALLOWED,
                doc(allow("'ec2:*'", "'*'"), "{'Effect':'Deny','Action':'ec2:Terminate*','Resource':'*'}")),
            c("Deny on another resource leaves the Allow", "s3:GetObject", "arn:aws:s3:::open/k", ALLOWED,
                doc(allow("'s3:*'", "'*'"), "{'Effect':'Deny','Action':'s3:*','Resource':'arn:aws:s3:::locked/*'}")),
            c("Deny alone is an explicit deny", "ec2:RunInstances", "*", EXPLICITLY_DENIED,
                doc("{'Effect':'Deny','Action':'*','Resource':'*'}")),
            c("Deny is case-insensitive on actions", "EC2:TERMINATEINSTANCES", "*", EXPLICITLY_DENIED,
                ALLOW_ALL, doc("{'Effect':'Deny','Action':'ec2:terminate*','Resource':'*'}")),
            // --- conditions ---
            c("conditional Allow", "ec2:RunInstances", "*", CONDITIONALLY_ALLOWED,
                doc("{'Sid':'Mfa','Effect':'Allow','Action':'ec2:*','Resource':'*'," + IF_MFA + "}"))
                .sids(List.of("Mfa"), List.of()),
            c("conditional Allow with a set operator", "ec2:CreateTags", "*", CONDITIONALLY_ALLOWED,
                doc("{'Effect':'Allow','Action':'ec2:CreateTags','Resource':'*',"
                    + "'Condition':{'ForAllValues:StringEquals':{'aws:TagKeys':['team']}}}")),
            c("conditional Deny plus Allow", "ec2:RunInstances", "*", CONDITIONALLY_ALLOWED,
                doc("{'Sid':'Ec2','Effect':'Allow','Action':'ec2:*','Resource':'*'}",
                    "{'Sid':'RegionLock','Effect':'Deny','Action':'*','Resource':'*'," + IF_REGION + "}"))
                .sids(List.of("Ec2"), List.of("RegionLock")),
            c("conditional Deny without Allow", "ec2:RunInstances", "*", NOT_ALLOWED,
                doc("{'Effect':'Deny','Action':'*','Resource':'*'," + IF_REGION + "}")),
            c("unconditional plus conditional Allow", "ec2:RunInstances", "*", ALLOWED,
                doc("{'Sid':'Mfa','Effect':'Allow','Action':'ec2:*','Resource':'*'," + IF_MFA + "}",
                    "{'Sid':'Plain','Effect':'Allow','Action':'ec2:RunInstances','Resource':'*'}"))
                .sids(List.of("Mfa", "Plain"), List.of()),
            c("unconditional Deny plus conditional Allow", "ec2:RunInstances", "*", EXPLICITLY_DENIED,
                doc("{'Effect':'Allow','Action':'ec2:*','Resource':'*'," + IF_MFA + "}",
                    "{'Effect':'Deny','Action':'ec2:RunInstances','Resource':'*'}")),
            c("unconditional and conditional Deny", "ec2:RunInstances", "*", EXPLICITLY_DENIED,
                doc("{'Sid':'A','Effect':'Allow','Action':'*','Resource':'*'}",
                    "{'Sid':'D1','Effect':'Deny','Action':'ec2:*','Resource':'*'," + IF_REGION + "}",
                    "{'Sid':'D2','Effect':'Deny','Action':'ec2:Run*','Resource':'*'}"))
                .sids(List.of("A"), List.of("D1", "D2")),
            c("empty Condition on Allow is unconditional", "ec2:RunInstances", "*", ALLOWED,
                doc("{'Effect':'Allow','Action':'ec2:*','Resource':'*','Condition':{}}")),
            c("empty Condition on Deny is unconditional", "ec2:RunInstances", "*", EXPLICITLY_DENIED,
                ALLOW_ALL, doc("{'Effect':'Deny','Action':'ec2:*','Resource':'*','Condition':{}}")),
            // --- malformed statements never apply ---
            c("missing Effect", "ec2:RunInstances", "*", NOT_ALLOWED, doc("{'Action':'ec2:*','Resource':'*'}")),
            c("lowercase allow is not an Effect", "ec2:RunInstances", "*", NOT_ALLOWED,
                doc("{'Effect':'allow','Action':'ec2:*','Resource':'*'}")),
            c("lowercase deny is not an Effect", "ec2:RunInstances", "*", ALLOWED,
                ALLOW_ALL, doc("{'Effect':'deny','Action':'ec2:*','Resource':'*'}")),
            c("missing Resource", "ec2:RunInstances", "*", NOT_ALLOWED, doc("{'Effect':'Allow','Action':'ec2:*'}")),
            c("missing Action", "ec2:RunInstances", "*", NOT_ALLOWED, doc("{'Effect':'Allow','Resource':'*'}")),
            c("Deny without Resource does not deny", "ec2:RunInstances", "*", ALLOWED,
                ALLOW_ALL, doc("{'Effect':'Deny','Action':'*'}")),
            // --- resource ARNs ---
            c("bucket/* does not match the bucket", "s3:ListBucket", "arn:aws:s3:::bucket", NOT_ALLOWED,
                doc(allow("'s3:*'", "'arn:aws:s3:::bucket/*'"))),
            c("bucket/* matches a nested key", "s3:GetObject", "arn:aws:s3:::bucket/a/b.txt", ALLOWED,
                doc(allow("'s3:*'", "'arn:aws:s3:::bucket/*'"))),
            c("bucket does not match its objects", "s3:GetObject", "arn:aws:s3:::bucket/key", NOT_ALLOWED,
                doc(allow("'s3:*'", "'arn:aws:s3:::bucket'"))),
            c("role/* matches a role with a path", "iam:PassRole", "arn:aws:iam::123456789012:role/ccm/HarnessCE",
                ALLOWED, doc(allow("'iam:PassRole'", "'arn:aws:iam::123456789012:role/*'"))),
            c("role/* does not match another account", "iam:PassRole", "arn:aws:iam::210987654321:role/x",
                NOT_ALLOWED, doc(allow("'iam:PassRole'", "'arn:aws:iam::123456789012:role/*'"))),
            c("question resource * needs a * pattern", "ec2:DescribeInstances", "*", NOT_ALLOWED,
                doc(allow("'ec2:*'", "'arn:aws:ec2:*'"))),
            c("role-scoped PassRole does not cover *", "iam:PassRole", "*", NOT_ALLOWED,
                doc(allow("'iam:PassRole'", "'" + ROLE + "'"))),
            c("Resource * covers an ARN", "ec2:DescribeInstances", "arn:aws:ec2:us-east-1:123456789012:instance/i-1",
                ALLOWED, doc(allow("'ec2:*'", "'*'"))),
            c("? in a resource", "s3:GetObject", "arn:aws:s3:::logs-2/x", ALLOWED,
                doc(allow("'s3:GetObject'", "'arn:aws:s3:::logs-?/*'"))),
            // --- several policies ---
            c("union of policies", "ec2:DescribeRegions", "*", ALLOWED,
                doc("{'Sid':'S3','Effect':'Allow','Action':'s3:GetObject','Resource':'*'}"),
                doc("{'Sid':'Ec2','Effect':'Allow','Action':'ec2:Describe*','Resource':'*'}"))
                .sids(List.of("Ec2"), List.of()),
            c("statements are not combined", "s3:GetObject", "arn:aws:s3:::b/k", NOT_ALLOWED,
                doc(allow("'s3:GetObject'", "'arn:aws:s3:::other/*'")),
                doc(allow("'ec2:*'", "'arn:aws:s3:::b/*'"))),
            c("allowing keeps policy then statement order", "s3:GetObject", "*", ALLOWED,
                doc("{'Sid':'A1','Effect':'Allow','Action':'s3:*','Resource':'*'}",
                    "{'Sid':'A2','Effect':'Allow','Action':'ec2:*','Resource':'*'}",
                    "{'Sid':'A3','Effect':'Allow','Action':'s3:Get*','Resource':'*'}"),
                doc("{'Sid':'B1','Effect':'Allow','Action':'*','Resource':'*'}"))
                .sids(List.of("A1", "A3", "B1"), List.of()),
            c("no policies", "ec2:DescribeRegions", "*", NOT_ALLOWED),
            c("policy with no statements", "ec2:DescribeRegions", "*", NOT_ALLOWED, "{'Version':'2012-10-17','Statement':[]}"),
            // --- IAM policy variables (and text that merely looks like one): known text substituted per request ---
            c("${} action never allows", "ec2:DescribeRegions", "*", NOT_ALLOWED,
                doc(allow("'${var.action}'", "'*'"))),
            c("${} resource never allows", "s3:GetObject", "arn:aws:s3:::data/k", NOT_ALLOWED,
                doc(allow("'s3:GetObject'", "'arn:aws:s3:::${var.bucket}/*'"))),
            c("${} next to a literal match still allows", "s3:GetObject", "*", ALLOWED,
                doc(allow("['${var.extra}','s3:GetObject']", "'*'"))),
            c("${} in NotAction of an Allow never allows", "ec2:RunInstances", "*", NOT_ALLOWED,
                doc("{'Effect':'Allow','NotAction':'${var.excluded}','Resource':'*'}")),
            c("${} Deny that could match makes it conditional", "ec2:RunInstances", "*", CONDITIONALLY_ALLOWED,
                ALLOW_ALL, doc("{'Sid':'Unknown','Effect':'Deny','Action':'${var.denied}','Resource':'*'}"))
                .sids(List.of("All"), List.of("Unknown")),
            c("${} Deny that cannot match is ignored", "ec2:RunInstances", "*", ALLOWED,
                ALLOW_ALL, doc("{'Effect':'Deny','Action':'s3:*','Resource':'arn:aws:s3:::${var.bucket}/*'}")),
            c("${} Deny alone is not an explicit deny", "ec2:RunInstances", "*", NOT_ALLOWED,
                doc("{'Effect':'Deny','Action':'${local.actions}','Resource':'*'}")),
            c("IAM policy variable in an Allow never allows", "s3:GetObject", "arn:aws:s3:::home/alice/x", NOT_ALLOWED,
                doc(allow("'s3:GetObject'", "'arn:aws:s3:::home/${aws:username}/*'"))),
            c("IAM policy variable in a Deny", "s3:PutObject", "arn:aws:s3:::home/alice/x", CONDITIONALLY_ALLOWED,
                ALLOW_ALL, doc("{'Effect':'Deny','Action':'s3:*','Resource':'arn:aws:s3:::home/${aws:username}/*'}"))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides(Case c) {
        PolicyEvaluator.Evaluation e = PolicyEvaluator.evaluate(Policies.policies(c.policies()), c.action(), c.resource());
        assertThat(e.decision()).as(c.name()).isEqualTo(c.expected());
        assertThat(PolicyEvaluator.decide(Policies.policies(c.policies()), c.action(), c.resource()))
                .isEqualTo(c.expected());
        if (c.allowing() != null) {
            assertThat(Policies.sids(e.allowing())).as("allowing").containsExactlyElementsOf(c.allowing());
        }
        if (c.denying() != null) {
            assertThat(Policies.sids(e.denying())).as("denying").containsExactlyElementsOf(c.denying());
        }
    }

    @Test
    void thereAreEnoughCases() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(45);
        assertThat(cases().map(Case::name).distinct().count()).isEqualTo(cases().count());
    }

    @Test
    void aTerraformHoleNeverAllowsButADenyThroughOneMayMatch() {
        PolicyDocument allow = terraform("Allow", "${var.service}:*", "*");
        assertThat(PolicyEvaluator.decide(List.of(allow), "s3:GetObject", "*")).isEqualTo(NOT_ALLOWED);
        PolicyDocument all = Policies.policy(ALLOW_ALL);
        PolicyDocument deny = terraform("Deny", "*", "arn:aws:s3:::${lookup({a = 1}, \"b\")}/*");
        assertThat(PolicyEvaluator.decide(List.of(all, deny), "s3:GetObject", "arn:aws:s3:::a/k"))
                .isEqualTo(CONDITIONALLY_ALLOWED);
    }

    @Test
    void aTerraformHoleIsJudgedByTheTextAroundIt() {
        PolicyDocument all = Policies.policy(ALLOW_ALL);
        PolicyDocument deny = terraform("Deny", "s3:*", "arn:aws:s3:::other-${var.env}/*");
        assertThat(PolicyEvaluator.decide(List.of(all, deny), "s3:GetObject", "arn:aws:s3:::data/k")).isEqualTo(ALLOWED);
        assertThat(PolicyEvaluator.decide(List.of(all, deny), "s3:GetObject", "arn:aws:s3:::other-prod/k"))
                .isEqualTo(CONDITIONALLY_ALLOWED);
        PolicyDocument denyEc2 = terraform("Deny", "ec2:${var.verb}Instances", "*");
        assertThat(PolicyEvaluator.decide(List.of(all, denyEc2), "s3:GetObject", "*")).isEqualTo(ALLOWED);
        assertThat(PolicyEvaluator.decide(List.of(all, denyEc2), "ec2:RunInstances", "*")).isEqualTo(CONDITIONALLY_ALLOWED);
    }

    /** One statement whose Action and Resource Terraform computes: each {@code ${...}} is a hole (test shorthand). */
    private static PolicyDocument terraform(String effect, String action, String resource) {
        SourceFile file = SourceFile.of("main.tf", effect + " " + action + " " + resource);
        Span span = file.wholeFile();
        Statement s = new Statement(span, null, Scalar.known(effect, span, ScalarStyle.HCL_STRING),
                new ValueSet("actions", false, span, span, List.of(value(action, span))),
                new ValueSet("resources", false, span, span, List.of(value(resource, span))), null, null, List.of());
        return new PolicyDocument("tf", file, span, null, span, List.of(s), null, PolicyEditor.NONE);
    }

    /** {@code text} with each {@code ${...}} (braces nest) as a hole. */
    private static Scalar value(String text, Span span) {
        List<Template.Part> parts = new ArrayList<>();
        int from = 0;
        for (int open = text.indexOf("${"); open >= 0; open = text.indexOf("${", from)) {
            int close = open + 2;
            for (int depth = 1; depth > 0; close++) {
                depth += text.charAt(close) == '{' ? 1 : text.charAt(close) == '}' ? -1 : 0;
            }
            parts.add(new Template.Literal(text.substring(from, open)));
            parts.add(new Template.Hole(text.substring(open + 2, close - 1), span));
            from = close;
        }
        if (parts.isEmpty()) {
            return Scalar.known(text, span, ScalarStyle.HCL_STRING);
        }
        parts.add(new Template.Literal(text.substring(from)));
        return Scalar.partial(new Template(parts), span, ScalarStyle.HCL_EXPRESSION);
    }

    @Test
    void returnsTheStatementObjectsFromTheModel() {
        var policy = Policies.policy(doc("{'Sid':'A','Effect':'Allow','Action':'*','Resource':'*'}",
                "{'Sid':'D','Effect':'Deny','Action':'ec2:*','Resource':'*'," + IF_REGION + "}"));
        PolicyEvaluator.Evaluation e = PolicyEvaluator.evaluate(List.of(policy), "ec2:RunInstances", "*");
        assertThat(e.decision()).isEqualTo(CONDITIONALLY_ALLOWED);
        assertThat(e.allowing()).containsExactly(policy.statements().get(0));
        assertThat(e.denying()).containsExactly(policy.statements().get(1));
    }
}
