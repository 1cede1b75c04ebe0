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
import java.util.List;

/** CCM502: {@code InheritFromDelegate} and {@code Irsa} credentials need delegate selectors. */
@AutoService(Rule.class)
@RuleInfo(id = "CCM502", slug = "delegate-selector-missing", title = "Delegate credentials without delegate selectors",
        severity = Severity.ERROR,
        reportsOn = {WorkspacePart.HARNESS_CONNECTORS},
        sources = {
            @Source(title = "Harness: AWS connector settings reference",
                    url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference"),
            @Source(title = "Terraform Registry: harness_platform_connector_aws",
                    url = "https://registry.terraform.io/providers/harness/harness/latest/docs/resources/platform_connector_aws")})
public final class DelegateSelectorMissingRule implements Rule {
    @Override
    public void check(RuleContext context) {
        for (HarnessConnector c : context.workspace().connectors()) {
            String type = c.credentialType();
            if (!"Aws".equals(c.type()) || !("InheritFromDelegate".equals(type) || "Irsa".equals(type))) {
                continue;
            }
            String block = Connectors.block(c);
            Node selectors = c.setting(block + ".delegate_selectors");
            List<Node> items = Connectors.items(selectors);
            String key = Connectors.key(c, block + ".delegate_selectors", "spec.delegateSelectors");
            if (selectors == null) {
                context.report(Connectors.credentialSpan(c), c.name() + " uses " + type + " credentials without " + key
                        + ": name the delegates whose identity the connector uses");
            } else if (items != null && items.isEmpty()) {
                context.report(selectors.span(), c.name() + " uses " + type + " credentials with an empty " + key);
            }
        }
    }
}
