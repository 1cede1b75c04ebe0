package io.ccmlint.rules.connector;

import com.google.auto.service.AutoService;
import io.ccmlint.core.hcl.HclBlock;
import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.rules.Credentials;
import java.util.List;
import java.util.Map;

/**
 * CCM505: provider and connector credentials written literally. Findings are sensitive: the value
 * is never shown.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM505", slug = "hardcoded-credentials", title = "Credentials written in plain text",
        severity = Severity.ERROR,
        reportsOn = {WorkspacePart.TERRAFORM, WorkspacePart.HARNESS_CONNECTORS},
        sources = {
            @Source(title = "Terraform Registry: Harness provider",
                    url = "https://registry.terraform.io/providers/harness/harness/latest/docs"),
            @Source(title = "Harness: AWS connector settings reference",
                    url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference"),
            @Source(title = "AWS IAM User Guide: Security best practices in IAM",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html")})
public final class HardcodedCredentialsRule implements Rule {
    private static final Map<String, List<String>> PROVIDER_KEYS = Map.of(
            "harness", List.of("platform_api_key", "api_key"),
            "aws", List.of("access_key", "secret_key", "token"));

    @Override
    public void check(RuleContext context) {
        for (HclBlock p : context.workspace().terraformBlocks("provider")) {
            String name = p.labelValues().isEmpty() ? "" : p.labelValues().get(0);
            for (String key : PROVIDER_KEYS.getOrDefault(name, List.of())) {
                p.body().attribute(key).ifPresent(a -> {
                    if (a.value() instanceof HclExpression.TemplateExpression t && t.isLiteral()
                            && !Credentials.isStandIn(t.literalValue())) {
                        report(context, a.value().span(), "provider \"" + name + "\" has " + key + " written in plain"
                                + " text; set it through the environment or a variable marked sensitive");
                    }
                });
            }
        }
        java.util.Set<Span> seen = new java.util.HashSet<>();
        for (HarnessConnector c : context.workspace().connectors()) {
            Scalar accessKey = c.scalar("manual.access_key");
            if (notBlank(accessKey) && seen.add(accessKey.span())) {
                report(context, accessKey.span(), c.name() + " has its access key in plain text ("
                        + Connectors.key(c, "manual.access_key", "accessKey") + "); use "
                        + Connectors.key(c, "manual.access_key_ref", "accessKeyRef") + " to a Harness secret");
            }
            Scalar secretKey = c.scalar("manual.secret_key");
            if (notBlank(secretKey) && seen.add(secretKey.span())) {
                report(context, secretKey.span(), c.name() + " has its secret key in plain text (secretKey); use secretKeyRef"
                        + " to a Harness secret");
            }
            Scalar ref = c.scalar("manual.secret_key_ref");
            String refText = Connectors.text(ref);
            if (refText != null && Credentials.SECRET_KEY.matcher(refText).matches() && refText.matches(".*[/+0-9].*")
                    && seen.add(ref.span())) {
                report(context, ref.span(), c.name() + " has what looks like an AWS secret key where a secret reference"
                        + " belongs (" + Connectors.key(c, "manual.secret_key_ref", "secretKeyRef") + ")");
            }
        }
    }

    /**
     * A known string that is not a stand-in ({@code "......"}, a placeholder): a value Terraform
     * computes (a variable) is not written in plain text here.
     */
    private static boolean notBlank(Scalar s) {
        String t = Connectors.text(s);
        return t != null && !Credentials.isStandIn(t);
    }

    private static void report(RuleContext context, Span span, String message) {
        context.report(context.finding(span, message).sensitive());
    }
}
