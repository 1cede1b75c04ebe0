package io.ccmlint.core.model.policy;

import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;
import java.util.List;
import java.util.Map;

/**
 * Principal or NotPrincipal. {@code "*"} is represented as {@code wildcard=true} with no entries;
 * otherwise entries map a type (AWS, Federated, Service, CanonicalUser) to its identifiers.
 */
public record Principal(boolean negated, boolean wildcard, Span keySpan, Span valueSpan,
                        Map<String, List<Scalar>> byType) {
    public Principal {
        byType = Map.copyOf(byType);
    }

    public List<Scalar> of(String type) {
        return byType.getOrDefault(type, List.of());
    }
}
