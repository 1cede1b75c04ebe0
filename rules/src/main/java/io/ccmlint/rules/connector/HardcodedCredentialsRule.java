package io.ccmlint.rules.connector;

import io.ccmlint.core.hcl.HclBlock;
import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.rules.Credentials;
import java.util.List;
import java.util.Map;

/**
 * CCM505: provider and connector credentials written literally. Findings are sensitive: the value
 * is never shown.
 */
public final class HardcodedCredentialsRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM505", "hardcoded-credentials", "Credentials written in plain text",
            Severity.ERROR, Category.CONNECTOR,
            "A Harness API key in provider \"harness\", AWS keys in provider \"aws\", or an access key written into a"
                    + " connector instead of a secret reference end up in Git, in the Terraform state and in every"
                    + " clone. Use the provider's environment variables (HARNESS_PLATFORM_API_KEY, AWS_* or a role),"
                    + " and accessKeyRef/secretKeyRef (access_key_ref/secret_key_ref) to Harness secrets.",
            Connectors.SOURCE + "; terraform-provider-harness docs/index.md (platform_api_key, env HARNESS_PLATFORM_API_KEY)",
            FixKind.NONE);
    private static final Map<String, List<String>> PROVIDER_KEYS = Map.of(
            "harness", List.of("platform_api_key", "api_key"),
            "aws", List.of("access_key", "secret_key", "token"));

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (HclBlock p : context.workspace().terraformBlocks("provider")) {
            String name = p.labelValues().isEmpty() ? "" : p.labelValues().get(0);
            for (String key : PROVIDER_KEYS.getOrDefault(name, List.of())) {
                p.body().attribute(key).ifPresent(a -> {
                    if (a.value() instanceof HclExpression.TemplateExpression t && t.isLiteral() && !t.literalValue().isBlank()) {
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

    /** A known, non-blank string: a value Terraform computes (a variable) is not written in plain text here. */
    private static boolean notBlank(Scalar s) {
        String t = Connectors.text(s);
        return t != null && !t.isBlank();
    }

    private static void report(RuleContext context, Span span, String message) {
        context.report(context.finding(span, message).sensitive());
    }
}
