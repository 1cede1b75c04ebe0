package io.ccmlint.rules.connector;

import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.tree.Node;
import java.util.regex.Pattern;

/**
 * CCM506: cross-account (STS) access on a connector used for EKS needs {@code Irsa} credentials.
 * "Used for EKS" is read from the connector itself: its identifier, name or description names EKS.
 */
public final class StsEksRequiresIrsaRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM506", "sts-eks-requires-irsa",
            "Cross-account access for EKS without IRSA", Severity.WARNING, Category.CONNECTOR,
            "\"The STS role is supported for EC2 and ECS. It is supported for EKS if you use the IRSA credentials"
                    + " option.\" A connector meant for EKS that assumes a cross-account role with access keys,"
                    + " the delegate's instance role or OIDC does not reach the cluster. ccm-lint takes a connector"
                    + " whose identifier, name or description mentions EKS as used for EKS.",
            Connectors.SOURCE, FixKind.NONE);
    private static final Pattern EKS = Pattern.compile("(?i)(^|[^a-z])eks([^a-z]|$)");

    @Override
    public RuleMetadata metadata() {
        return META;
    }

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
