package io.ccmlint.core.rule;

import java.util.Map;

/**
 * A check. Implementations are small classes discovered with {@link java.util.ServiceLoader}
 * (list them in {@code META-INF/services/io.ccmlint.core.rule.Rule}); a jar on the classpath adds
 * its rules the same way. A rule reads models from the workspace, never raw files, and reports
 * findings through the context. Rules must be stateless across runs except for their properties.
 */
public interface Rule {
    RuleMetadata metadata();

    /**
     * Sets typed properties from the configuration ({@code rules: {ID: {property: value}}}).
     * Unknown properties must be rejected with an {@link IllegalArgumentException} naming them.
     */
    default void configure(Map<String, Object> properties) {
        if (!properties.isEmpty()) {
            throw new IllegalArgumentException("rule " + metadata().id() + " has no properties, got "
                    + properties.keySet());
        }
    }

    void check(RuleContext context);
}
