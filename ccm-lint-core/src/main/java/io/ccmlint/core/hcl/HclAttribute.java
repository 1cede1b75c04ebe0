package io.ccmlint.core.hcl;

import io.ccmlint.core.source.Span;

import java.util.List;

/** {@code name = value}. The span runs from the name to the end of the value. */
public record HclAttribute(String name, Span nameSpan, Span equalsSpan, HclExpression value, Span span)
        implements HclBodyItem {
    @Override
    public List<HclExpression> children() {
        return List.of(value);
    }
}
