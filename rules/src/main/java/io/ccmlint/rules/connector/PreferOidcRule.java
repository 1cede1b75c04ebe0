package io.ccmlint.rules.connector;

import com.google.auto.service.AutoService;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;

/** CCM508: access-key credentials where OIDC would do. */
@AutoService(Rule.class)
@RuleInfo(id = "CCM508", slug = "prefer-oidc", title = "Access keys instead of OIDC",
        severity = Severity.INFO,
        reportsOn = {WorkspacePart.HARNESS_CONNECTORS},
        sources = {
            @Source(title = "Harness: IaCM AWS Authentication",
                    url = "https://developer.harness.io/kb/reference-architectures/iacm/iacm-aws-connectors"),
            @Source(title = "AWS IAM User Guide: Security best practices in IAM",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html")})
public final class PreferOidcRule implements Rule {
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
