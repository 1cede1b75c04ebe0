package io.ccmlint.core.rule;

import java.util.Map;

/**
 * A check. Implementations are small classes declared with {@link RuleInfo} and discovered with
 * {@link java.util.ServiceLoader} (listed in {@code META-INF/services/io.ccmlint.core.rule.Rule}, by
 * hand or by an annotation processor such as auto-service); a jar on the classpath adds its rules the
 * same way. A rule reads models from the workspace, never raw files, and reports findings through the
 * context. Rules must be stateless across runs except for their properties.
 */
public interface Rule {
    /** The class's {@link RuleInfo} with its rule.md, read once; override only to build metadata otherwise. */
    default RuleMetadata metadata() {
        return Declarations.of(getClass());
    }

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
