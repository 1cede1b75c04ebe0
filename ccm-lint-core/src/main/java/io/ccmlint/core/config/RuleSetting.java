package io.ccmlint.core.config;

import io.ccmlint.core.rule.Severity;
import java.util.Map;

/** What the configuration says about one rule: off, a severity, properties. */
public record RuleSetting(boolean off, Severity severity, Map<String, Object> properties) {
    public RuleSetting {
        properties = Map.copyOf(properties);
    }
}
