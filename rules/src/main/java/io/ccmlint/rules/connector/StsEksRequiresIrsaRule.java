package io.ccmlint.rules.connector;

import com.google.auto.service.AutoService;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.tree.Node;
import java.util.regex.Pattern;

/**
 * CCM506: cross-account (STS) access on a connector used for EKS needs {@code Irsa} credentials.
 * "Used for EKS" is read from the connector itself: its identifier, name or description names EKS.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM506", slug = "sts-eks-requires-irsa", title = "Cross-account access for EKS without IRSA",
        severity = Severity.WARNING,
        reportsOn = {WorkspacePart.HARNESS_CONNECTORS},
        sources = @Source(title = "Harness: AWS connector settings reference",
                url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference"))
public final class StsEksRequiresIrsaRule implements Rule {
    private static final Pattern EKS = Pattern.compile("(?i)(^|[^a-z])eks([^a-z]|$)");

    @Override
    public void check(RuleContext context) {
        for (HarnessConnector c : context.workspace().connectors()) {
            Node role = c.setting("cross_account_access.role_arn");
            if (!"Aws".equals(c.type()) || role == null || c.credentialType() == null || "Irsa".equals(c.credentialType())
                    || !mentionsEks(c)) {
                continue;
            }
            context.report(role.span(), c.name() + " is for EKS and assumes a cross-account role with "
                    + c.credentialType() + " credentials: STS works for EKS only with Irsa credentials");
        }
    }

    private static boolean mentionsEks(HarnessConnector c) {
        for (String key : new String[] {"identifier", "name", "description"}) {
            String t = Connectors.text(c.scalar(key));
            if (t != null && EKS.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }
}
