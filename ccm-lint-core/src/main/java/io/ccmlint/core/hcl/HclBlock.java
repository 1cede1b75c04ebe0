package io.ccmlint.core.hcl;

import io.ccmlint.core.source.Span;

import java.util.List;

/**
 * {@code type "label" ... { body }}. The span runs from the type to the closing brace. When the
 * block is broken (a syntax error), the brace spans may be empty spans at the point of the error.
 */
public record HclBlock(String type, Span typeSpan, List<HclLabel> labels, HclBody body, Span openBraceSpan,
                       Span closeBraceSpan, Span span) implements HclBodyItem {
    public HclBlock {
        labels = List.copyOf(labels);
    }

    @Override
    public List<HclBody> children() {
        return List.of(body);
    }

    /** The label values, e.g. {@code ["aws_iam_role", "ccm"]}. */
    public List<String> labelValues() {
        return labels.stream().map(HclLabel::value).toList();
    }
}
