package io.ccmlint.rules.connector;

import com.google.auto.service.AutoService;
import io.ccmlint.core.edit.ValueEdits;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.value.Scalar;
import java.util.List;
import java.util.regex.Pattern;

/** CCM501: an OIDC AWS connector must connect through a delegate. Safe fix: {@code true}. */
@AutoService(Rule.class)
@RuleInfo(id = "CCM501", slug = "oidc-connector-platform", title = "OIDC connector set to connect through the Harness Platform",
        severity = Severity.ERROR, fix = FixKind.SAFE,
        reportsOn = {WorkspacePart.HARNESS_CONNECTORS},
        sources = {
            @Source(title = "Harness: AWS connector settings reference",
                    url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference"),
            @Source(title = "Terraform Registry: harness_platform_connector_aws",
                    url = "https://registry.terraform.io/providers/harness/harness/latest/docs/resources/platform_connector_aws")})
public final class OidcConnectorPlatformRule implements Rule {
    private static final Pattern YAML_LINE = Pattern.compile("\\s*executeOnDelegate\\s*:\\s*false\\s*(#.*)?");
    private static final Pattern TF_LINE = Pattern.compile("\\s*execute_on_delegate\\s*=\\s*false\\s*(#.*)?");

    @Override
    public void check(RuleContext context) {
        for (HarnessConnector c : context.workspace().connectors()) {
            Scalar b = c.scalar("execute_on_delegate");
            if ("Aws".equals(c.type()) && "OidcAuthentication".equals(c.credentialType())
                    && b != null && Boolean.FALSE.equals(b.value())) {
                String key = Connectors.key(c, "execute_on_delegate", "executeOnDelegate");
                context.report(b.span(), c.name() + " uses OIDC credentials but " + key + " is false: OIDC works only"
                        + " through a delegate", fix(b, key));
            }
        }
    }

    /** Only where {@code false} is written on the attribute's own line (not through a variable, which others may share). */
    private static Fix fix(Scalar value, String key) {
        String line = value.span().file().lineText(value.span().startLine());
        Pattern p = key.equals("executeOnDelegate") ? YAML_LINE : TF_LINE;
        if (!p.matcher(line).matches()) {
            return null;
        }
        return ValueEdits.replace(value, true)
                .map(e -> Fix.safe("connect through a delegate: " + key + " true", List.of(e))).orElse(null);
    }
}
