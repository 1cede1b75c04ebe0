package io.ccmlint.rules.trust;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.tree.ParseLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue #5's check: the sample trust policy of Harness's AWS connector settings reference passes; without aud, with the sub of another
 * account, or with StringLike and a wildcard, it gives exactly the one expected finding.
 */
class HarnessOidcSampleTrustTest {
    /** Harness's AWS connector settings reference, "Sample IAM policy scoped to a specific project or organization", as printed there. */
    private static final String SAMPLE = """
            {
            "Version": "2012-10-17",
            "Statement": [
            {
            "Effect": "Allow",
            "Principal": {
            "Federated": "arn:aws:iam::156272853481:oidc-provider/app.harness.io/ng/api/oidc/account/Hue1lBsaSx2APlXjzVEPIg"
            },
            "Action": "sts:AssumeRoleWithWebIdentity",
            "Condition": {
            "StringEquals": {
            "app.harness.io/ng/api/oidc/account/Hue1lBsaSx2APlXjzVEPIg:aud": "sts.amazonaws.com",
            "app.harness.io/ng/api/oidc/account/Hue1lBsaSx2APlXjzVEPIg:sub": "account/Hue1lBsaSx2APlXjzVEPIg:org/default:project/OIDC_Test"
            }
            }
            }
            ]
            }
            """;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "as printed                     | |",
        "aud removed                    | CCM201 | 7",
        "sub of another account         | CCM203 | 13",
        "StringLike with a wildcard     | CCM204 | 15"})
    void sampleTrustPassesAndEachBrokenVariantGivesOneFinding(String variant, String rule, Integer line) throws Exception {
        String text = switch (variant) {
            case "aud removed" -> SAMPLE.replace("\"app.harness.io/ng/api/oidc/account/Hue1lBsaSx2APlXjzVEPIg:aud\": \"sts.amazonaws.com\",\n", "\n");
            case "sub of another account" -> SAMPLE.replace("\"account/Hue1lBsaSx2APlXjzVEPIg:org", "\"account/Kq2vT8xWbN4mR1yZc7LpHg:org");
            case "StringLike with a wildcard" -> SAMPLE.replace("\"StringEquals\": {\n\"app.harness.io/ng/api/oidc/account/Hue1lBsaSx2APlXjzVEPIg:aud\": \"sts.amazonaws.com\",",
                    "\"StringEquals\": {\n\"app.harness.io/ng/api/oidc/account/Hue1lBsaSx2APlXjzVEPIg:aud\": \"sts.amazonaws.com\"\n},\n\"StringLike\": {")
                    .replace("project/OIDC_Test\"", "project/*\"");
            default -> SAMPLE;
        };
        assertThat(text).as("the variant changed the sample").isNotEqualTo(rule == null ? null : SAMPLE);
        Files.writeString(dir.resolve("trust.json"), text);
        var result = new Linter(RuleRegistry.discover(getClass().getClassLoader()), LintConfig.defaults(dir), 1,
                ParseLimits.DEFAULT, dir).lint(List.of(dir));
        List<String> found = result.findings().stream().map(f -> f.ruleId() + ":" + f.span().startLine()).toList();
        assertThat(found).isEqualTo(rule == null ? List.of() : List.of(rule + ":" + line));
    }
}
