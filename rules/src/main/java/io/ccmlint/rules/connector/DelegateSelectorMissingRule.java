package io.ccmlint.rules.connector;

import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.tree.Node;
import java.util.List;

/** CCM502: {@code InheritFromDelegate} and {@code Irsa} credentials need delegate selectors. */
public final class DelegateSelectorMissingRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM502", "delegate-selector-missing",
            "Delegate credentials without delegate selectors", Severity.ERROR, Category.CONNECTOR,
            "With InheritFromDelegate or Irsa credentials the AWS identity is the delegate's (its instance profile or"
                    + " its service account's IRSA role). Without delegate selectors Harness may run the task on any"
                    + " delegate, including one with another identity or none. Harness requires connecting through a"
                    + " delegate for these credentials, and the Terraform provider requires delegate_selectors.",
            Connectors.SOURCE, FixKind.NONE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

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
