package io.ccmlint.core.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.model.policy.Condition;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.PolicyEditor;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import io.ccmlint.core.value.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Scalars of policies written in Terraform: each says how it is written (style), how much is
 * known, and where, also inside JSON held in a heredoc or a quoted string.
 */
class PolicyScalarsTest {
    @TempDir
    Path dir;

    private Statement statement(String tf) throws Exception {
        return policy(tf).statements().get(0);
    }

    private PolicyDocument policy(String tf) throws Exception {
        Files.writeString(dir.resolve("main.tf"), tf);
        List<PolicyDocument> policies = new Linter(RuleRegistry.of(List.of()), LintConfig.defaults(dir), 1,
                ParseLimits.DEFAULT, dir).lint(List.of(dir)).workspace().policies();
        assertThat(policies).hasSize(1);
        return policies.get(0);
    }

    private static Scalar resource(Statement s) {
        return s.resources().values().get(0);
    }

    @Test
    void jsonencodeValuesAreKnownLiteralsOrTemplatesOfTheEvaluator() throws Exception {
        Statement s = statement("""
                locals {
                  sid = "Read"
                }
                resource "aws_iam_policy" "p" {
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Sid      = local.sid
                      Effect   = "Allow"
                      Action   = ["s3:GetObject"]
                      Resource = "arn:aws:s3:::${var.bucket}/home/$${aws:username}"
                      Condition = { StringEquals = { "aws:SourceAccount" = "123456789012" } }
                    }]
                  })
                }
                """);
        assertThat(s.sid().known()).isEqualTo("Read");
        assertThat(s.sid().style()).isEqualTo(ScalarStyle.HCL_STRING);
        assertThat(s.sid().span().text()).isEqualTo("\"Read\""); // where the local is written
        assertThat(s.actions().values().get(0).style()).isEqualTo(ScalarStyle.HCL_STRING);
        Scalar r = resource(s);
        assertThat(r.isPartial()).isTrue();
        assertThat(r.style()).isEqualTo(ScalarStyle.HCL_EXPRESSION);
        assertThat(r.template().parts()).containsExactly(new Template.Literal("arn:aws:s3:::"),
                r.template().parts().get(1), new Template.Literal("/home/${aws:username}"));
        assertThat(((Template.Hole) r.template().parts().get(1)).reference()).isEqualTo("var.bucket");
        Condition c = s.conditions().get(0);
        assertThat(c.operator().known()).isEqualTo("StringEquals");
        assertThat(c.operator().style()).isEqualTo(ScalarStyle.HCL_IDENTIFIER);
        assertThat(c.key().known()).isEqualTo("aws:SourceAccount");
        assertThat(c.key().style()).isEqualTo(ScalarStyle.HCL_STRING);
        assertThat(c.key().span().text()).isEqualTo("\"aws:SourceAccount\"");
    }

    @Test
    void keysKeepHowTheyAreWrittenThroughMergeAndAreExpressionsWhenComputed() throws Exception {
        Statement s = statement("""
                locals {
                  op = "StringEquals"
                  base = { "aws:SourceAccount" = "123456789012" }
                }
                resource "aws_iam_policy" "p" {
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Effect    = "Allow"
                      Action    = "s3:GetObject"
                      Resource  = "*"
                      Condition = { (local.op) = merge(local.base, { "aws:SourceVpc" = "vpc-1" }) }
                    }]
                  })
                }
                """);
        Condition account = s.conditions().get(0);
        assertThat(account.operator().known()).isEqualTo("StringEquals");
        assertThat(account.operator().style()).as("a computed key is never rewritten in place")
                .isEqualTo(ScalarStyle.HCL_EXPRESSION);
        assertThat(account.key().known()).isEqualTo("aws:SourceAccount");
        assertThat(account.key().style()).as("merge keeps the style of the key where it is written")
                .isEqualTo(ScalarStyle.HCL_STRING);
        assertThat(account.key().span().text()).isEqualTo("\"aws:SourceAccount\"");
        assertThat(s.conditions().get(1).key().style()).isEqualTo(ScalarStyle.HCL_STRING);
    }

    @Test
    void heredocJsonIsReadAsTerraformRendersIt() throws Exception {
        PolicyDocument p = policy("""
                locals {
                  account = "123456789012"
                }
                resource "aws_iam_policy" "p" {
                  policy = <<-EOF
                    {
                      "Version": "2012-10-17",
                      "Statement": [{
                        "Effect": "Allow",
                        "Action": "s3:ListBucket",
                        "Resource": ["arn:aws:s3:::${var.bucket}", "arn:aws:s3:::home/$${aws:username}"],
                        "Condition": {"StringEquals": {"aws:SourceAccount": "${local.account}"}}
                      }]
                    }
                  EOF
                }
                """);
        Statement s = p.statements().get(0);
        Scalar hole = resource(s);
        assertThat(hole.isPartial()).isTrue();
        assertThat(hole.template().knownPrefix()).isEqualTo("arn:aws:s3:::");
        assertThat(hole.style()).isEqualTo(ScalarStyle.HCL_EXPRESSION); // an interpolating template, not literal text
        assertThat(hole.within()).isEqualTo(ScalarStyle.HCL_HEREDOC);
        assertThat(hole.span().text()).isEqualTo("\"arn:aws:s3:::${var.bucket}\"");
        assertThat(hole.span().startLine()).isEqualTo(11);
        Scalar variable = s.resources().values().get(1);
        assertThat(variable.known()).isEqualTo("arn:aws:s3:::home/${aws:username}"); // $${ is the escape
        assertThat(variable.span().text()).isEqualTo("\"arn:aws:s3:::home/$${aws:username}\"");
        assertThat(variable.style()).isEqualTo(ScalarStyle.JSON_STRING); // its own text: an edit can rewrite it
        Scalar account = s.conditions().get(0).values().get(0);
        assertThat(account.known()).isEqualTo("123456789012"); // the local, filled in
        assertThat(account.span().text()).isEqualTo("\"${local.account}\"");
        assertThat(account.style()).isEqualTo(ScalarStyle.HCL_EXPRESSION); // rewriting it would drop the reference
        assertThat(p.editor()).isNotSameAs(PolicyEditor.NONE);
    }

    @Test
    void jsonInAQuotedStringIsLocatedThroughItsEscapes() throws Exception {
        PolicyDocument p = policy("resource \"aws_iam_policy\" \"p\" {\n"
                + "  policy = \"{\\\"Version\\\": \\\"2012-10-17\\\", \\\"Statement\\\": [{\\\"Effect\\\": \\\"Allow\\\","
                + " \\\"Action\\\": \\\"s3:GetObject\\\", \\\"Resource\\\": \\\"arn:aws:s3:::${var.bucket}/*\\\"}]}\"\n"
                + "}\n");
        Statement s = p.statements().get(0);
        assertThat(s.actions().values().get(0).known()).isEqualTo("s3:GetObject");
        assertThat(s.actions().values().get(0).span().text()).isEqualTo("\\\"s3:GetObject\\\"");
        assertThat(s.actions().values().get(0).within()).isEqualTo(ScalarStyle.HCL_STRING);
        assertThat(resource(s).isPartial()).isTrue();
        assertThat(resource(s).span().text()).isEqualTo("\\\"arn:aws:s3:::${var.bucket}/*\\\"");
        assertThat(p.version().known()).isEqualTo("2012-10-17");
        assertThat(p.editor()).isSameAs(PolicyEditor.NONE); // a fix would have to escape its quotes
    }

    @Test
    void aPolicyDocumentBlockHasItsProviderDefaultsAsValuesNotWritten() throws Exception {
        PolicyDocument p = policy("""
                data "aws_iam_policy_document" "d" {
                  statement {
                    actions   = ["sts:AssumeRoleWithWebIdentity"]
                    resources = ["*"]
                    condition {
                      test     = "StringEquals"
                      variable = "${var.issuer}:sub"
                      values   = ["system:serviceaccount:argocd:argocd-server"]
                    }
                  }
                }
                """);
        assertThat(p.version().known()).isEqualTo("2012-10-17");
        assertThat(p.version().style()).isEqualTo(ScalarStyle.HCL_DEFAULT);
        Statement s = p.statements().get(0);
        assertThat(s.isAllow()).isTrue();
        assertThat(s.effect().style()).isEqualTo(ScalarStyle.HCL_DEFAULT);
        assertThat(s.effect().style().literal()).isFalse();
        Condition c = s.conditions().get(0);
        assertThat(c.operator().style()).isEqualTo(ScalarStyle.HCL_STRING);
        assertThat(c.key().isPartial()).isTrue();
        assertThat(c.key().template().knownSuffix()).isEqualTo(":sub");
        assertThat(c.keyIs("oidc.eks.us-east-1.amazonaws.com/id/X:sub")).isFalse(); // not known: no key it names for sure
    }
}
