package io.ccmlint.rules.connector;

import io.ccmlint.core.edit.ValueEdits;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.value.Scalar;
import java.util.List;
import java.util.regex.Pattern;

/** CCM501: an OIDC AWS connector must connect through a delegate. Safe fix: {@code true}. */
public final class OidcConnectorPlatformRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM501", "oidc-connector-platform",
            "OIDC connector set to connect through the Harness Platform", Severity.ERROR, Category.CONNECTOR,
            "\"If you are using OIDC for your connection, you will not be able to connect to AWS through the Harness"
                    + " Platform. Please connect through a Harness Delegate.\" An OidcAuthentication connector with"
                    + " executeOnDelegate: false (execute_on_delegate = false) fails its connection test and every"
                    + " task that uses it.",
            Connectors.SOURCE, FixKind.SAFE);
    private static final Pattern YAML_LINE = Pattern.compile("\\s*executeOnDelegate\\s*:\\s*false\\s*(#.*)?");
    private static final Pattern TF_LINE = Pattern.compile("\\s*execute_on_delegate\\s*=\\s*false\\s*(#.*)?");

    @Override
    public RuleMetadata metadata() {
        return META;
    }

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
