package io.ccmlint.rules.connector;

import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.harness.YamlConnectors;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.value.Scalar;
import java.math.BigDecimal;
import java.util.List;

/**
 * Helpers over {@link HarnessConnector}: settings use the Terraform attribute paths for both
 * origins (see {@link YamlConnectors}); messages name the key as the file writes it.
 */
final class Connectors {
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    private Connectors() {
    }

    static boolean terraform(HarnessConnector c) {
        String p = c.span().file().displayPath();
        return p.endsWith(".tf") || p.endsWith(".tf.json");
    }

    /** The key as written: the Terraform path, or the YAML key for connector YAML. */
    static String key(HarnessConnector c, String terraformPath, String yamlKey) {
        return terraform(c) ? terraformPath : yamlKey;
    }

    /** The Terraform credential block of the connector's credential type (manual, irsa...), or null. */
    static String block(HarnessConnector c) {
        return YamlConnectors.block(c.credentialType());
    }

    /** Where the credential type is written (YAML), else the connector's header. */
    static Span credentialSpan(HarnessConnector c) {
        Node v = c.setting("credential_type");
        return v != null ? v.span() : c.span();
    }

    /** The known string of a setting, else null (not written, not a string, or not known here). */
    static String text(Scalar s) {
        return s != null && s.value() instanceof String t ? t : null;
    }

    /** A number, or a string of digits (YAML may quote them), else null. */
    static BigDecimal number(Scalar s) {
        if (s != null && s.value() instanceof BigDecimal n) {
            return n;
        }
        String t = text(s);
        return t != null && NUMBER.matcher(t.strip()).matches() ? new BigDecimal(t.strip()) : null;
    }

    /** The items of a list setting, or null when it is not a list (not written, or computed by Terraform). */
    static List<Node> items(Node n) {
        return n instanceof ListNode l ? l.items() : null;
    }
}
