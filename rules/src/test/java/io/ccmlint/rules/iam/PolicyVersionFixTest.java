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

/**
 * CCM108's fix is unsafe exactly when the policy holds an IAM policy variable, which 2012-10-17
 * starts to substitute; a Terraform interpolation is no policy variable (IAM never sees it).
 */
class PolicyVersionFixTest {
    @TempDir
    Path dir;

    private Finding versionFinding(String file, String text) throws Exception {
        Files.writeString(dir.resolve(file), text);
        List<Finding> found = new Linter(RuleRegistry.of(List.of(new PolicyVersionRule())), LintConfig.defaults(dir), 1,
                ParseLimits.DEFAULT, dir).lint(List.of(dir)).findings();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).fix()).isNotNull();
        return found.get(0);
    }

    private static String terraform(String resource) {
        return "resource \"aws_iam_policy\" \"p\" {\n  policy = jsonencode({\n    Version = \"2008-10-17\"\n"
                + "    Statement = [{ Effect = \"Allow\", Action = \"s3:GetObject\", Resource = \"" + resource + "\" }]\n"
                + "  })\n}\n";
    }

    @Test
    void aPolicyVariableInJsonMakesTheFixUnsafe() throws Exception {
        assertThat(versionFinding("p.json", "{\"Version\": \"2008-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
                + " \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::home/${aws:username}/*\"}]}").fix().safe()).isFalse();
    }

    @Test
    void aPolicyVariableEscapedInTerraformMakesTheFixUnsafe() throws Exception {
        assertThat(versionFinding("main.tf", terraform("arn:aws:s3:::home/$${aws:username}/*")).fix().safe()).isFalse();
    }

    @Test
    void aTerraformInterpolationLeavesTheFixSafe() throws Exception {
        assertThat(versionFinding("main.tf", terraform("arn:aws:s3:::${var.bucket}/*")).fix().safe()).isTrue();
    }
}
