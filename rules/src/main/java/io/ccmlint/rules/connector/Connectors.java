package io.ccmlint.rules.connector;

import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.harness.YamlConnectors;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.terraform.eval.Value;
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
        Value v = c.setting("credential_type");
        return v != null ? v.span() : c.span();
    }

    static String text(Value v) {
        return v instanceof Value.Str s ? s.value() : null;
    }

    /** A number, or a string of digits (YAML may quote them), else null. */
    static BigDecimal number(Value v) {
        if (v instanceof Value.Num n) {
            return n.value();
        }
        if (v instanceof Value.Str s && NUMBER.matcher(s.value().strip()).matches()) {
            return new BigDecimal(s.value().strip());
        }
        return null;
    }

    static List<Value> items(Value v) {
        return v instanceof Value.Seq s ? s.items() : null;
    }
}
