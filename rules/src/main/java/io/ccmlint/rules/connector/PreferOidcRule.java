package io.ccmlint.rules.connector;

import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;

/** CCM508: access-key credentials where OIDC would do. */
public final class PreferOidcRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM508", "prefer-oidc", "Access keys instead of OIDC",
            Severity.INFO, Category.CONNECTOR,
            "\"It is recommended that you use OIDC over access keys as keys have to be rotated whereas OIDC uses a"
                    + " trust between Harness and your AWS account.\" An AWS connector with ManualConfig (manual)"
                    + " credentials stores long-lived keys; OidcAuthentication (through a delegate), Irsa or"
                    + " InheritFromDelegate need none.",
            "Harness developer hub, IaCM AWS authentication (seed 001)", FixKind.NONE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (HarnessConnector c : context.workspace().connectors()) {
            if ("Aws".equals(c.type()) && "ManualConfig".equals(c.credentialType())) {
                context.report(Connectors.credentialSpan(c), c.name() + " authenticates with access keys, which must be"
                        + " rotated; prefer OIDC (OidcAuthentication) or the delegate's identity (Irsa)");
            }
        }
    }
}
