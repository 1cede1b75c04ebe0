package io.ccmlint.rules.iam;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.tree.ParseLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corners of CCM114/CCM115/CCM118 the examples do not show: what an absent key does, which set operators widen. */
class ConditionRulesTest {
    @TempDir
    Path dir;

    private List<Finding> lint(String rule, String condition) throws Exception {
        Files.writeString(dir.resolve("policy.json"), """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject",
                  "Resource": "arn:aws:s3:::acme/*", "Condition": %s}]}
                """.formatted(condition));
        Linter linter = new Linter(RuleRegistry.discover(getClass().getClassLoader()), LintConfig.defaults(dir), 1,
                ParseLimits.DEFAULT, dir);
        return linter.lint(List.of(dir)).findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    private String message(String rule, String condition) throws Exception {
        List<Finding> found = lint(rule, condition);
        assertThat(found).as(condition).hasSize(1);
        return found.get(0).message();
    }

    @Test
    void anAbsentKeyMakesTheConditionFalseOrTrueAsTheOperatorSays() throws Exception {
        String never = "the condition never holds and the statement never applies";
        String always = "the condition always holds and restricts nothing";
        assertThat(message("CCM114", "{\"StringLike\": {\"s3:prefix\": \"a/*\"}}")).contains(never);
        assertThat(message("CCM114", "{\"StringNotLike\": {\"s3:prefix\": \"a/*\"}}")).contains(always);
        assertThat(message("CCM114", "{\"StringLikeIfExists\": {\"s3:prefix\": \"a/*\"}}")).contains(always);
        assertThat(message("CCM114", "{\"ForAllValues:StringLike\": {\"s3:prefix\": \"a/*\"}}")).contains(always);
        assertThat(message("CCM114", "{\"ForAnyValue:StringNotLike\": {\"s3:prefix\": \"a/*\"}}")).contains(never);
        assertThat(message("CCM114", "{\"Null\": {\"s3:prefix\": \"true\"}}")).contains(always);
        assertThat(message("CCM114", "{\"Null\": {\"s3:prefix\": \"false\"}}")).contains(never);
    }

    @Test
    void keysTerraformComputesAndKeysOfOtherNamespacesAreLeftAlone() throws Exception {
        assertThat(lint("CCM114", "{\"StringEquals\": {\"saml:sub\": \"x\", \"accounts.google.com:aud\": \"y\"}}")).isEmpty();
        assertThat(lint("CCM114", "{\"StringEquals\": {\"s4:prefix\": \"x\"}}")).as("no such service").isEmpty();
        assertThat(lint("CCM114", "{\"StringEquals\": {\"S3:ExistingObjectTag/team\": \"x\"}}")).as("any case").isEmpty();
    }

    @Test
    void forAnyValueIsReportedOnlyWhereItDecidesOtherwise() throws Exception {
        assertThat(lint("CCM118", "{\"ForAnyValue:StringEquals\": {\"aws:SourceVpc\": \"vpc-1\"}}")).isEmpty();
        assertThat(lint("CCM118", "{\"ForAnyValue:StringNotEqualsIfExists\": {\"aws:SourceVpc\": \"vpc-1\"}}")).isEmpty();
        assertThat(message("CCM118", "{\"ForAnyValue:StringNotEquals\": {\"aws:SourceVpc\": \"vpc-1\"}}"))
                .contains("requests without the key are not allowed");
        assertThat(message("CCM118", "{\"ForAnyValue:Null\": {\"aws:SourceVpc\": \"true\"}}")).contains("never holds");
        assertThat(message("CCM118", "{\"ForAllValues:StringEqualsIfExists\": {\"aws:SourceVpc\": \"vpc-1\"}}"))
                .contains("ForAllValues also holds when the key is absent");
        assertThat(lint("CCM118", "{\"ForAllValues:StringEquals\": {\"aws:PrincipalOrgPaths\": \"o-1/*\"}}")).isEmpty();
    }

    @Test
    void operatorFamiliesAcceptedOnOtherKeyTypes() throws Exception {
        assertThat(lint("CCM115", "{\"StringEquals\": {\"aws:SecureTransport\": \"true\", \"aws:MultiFactorAuthAge\": \"x\"}}"))
                .as("String operators compare any key's text").isEmpty();
        assertThat(lint("CCM115", "{\"ArnLike\": {\"aws:SourceVpc\": \"arn:aws:ec2:*:*:vpc/*\"}}")).isEmpty();
        assertThat(lint("CCM115", "{\"NumericLessThan\": {\"aws:EpochTime\": \"1700000000\"}}")).isEmpty();
        assertThat(message("CCM115", "{\"BinaryEquals\": {\"aws:SourceIp\": \"QQ==\"}}")).contains("use IpAddress or NotIpAddress");
        assertThat(message("CCM115", "{\"DateLessThan\": {\"aws:CurrentTime\": \"${aws:TokenIssueTime}\"}}"))
                .contains("policy variables cannot be used with Date operators");
        assertThat(lint("CCM115", "{\"Bool\": {\"aws:SecureTransport\": \"${aws:ViaAWSService}\"}}")).isEmpty();
    }
}
