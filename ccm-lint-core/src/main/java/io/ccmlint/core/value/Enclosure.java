package io.ccmlint.core.value;

import io.ccmlint.core.source.Span;
import java.util.List;
import java.util.Objects;

/**
 * The literal an embedded document is written in: policy JSON in a Terraform heredoc, in a YAML
 * block scalar or a quoted string. A value of that document has its span in the outer file; a new
 * value is rendered in the value's own syntax, then written as content of this literal (a heredoc
 * escapes <code>${</code>, a quoted string its quotes).
 *
 * @param style how the outer literal is written (for a heredoc with interpolations still
 *              {@link ScalarStyle#HCL_HEREDOC}: its text around the holes is literal)
 * @param span  the outer literal
 * @param holes the parts of it that are not literal text (interpolations, directives): never rewritten
 */
public record Enclosure(ScalarStyle style, Span span, List<Span> holes) {
    public Enclosure {
        Objects.requireNonNull(style);
        Objects.requireNonNull(span);
        holes = List.copyOf(holes);
    }

    /** True when {@code inner} lies in the literal text: inside the span, clear of every hole. */
    public boolean literalAt(Span inner) {
        return span.contains(inner) && holes.stream().noneMatch(h -> h.start() < inner.end() && inner.start() < h.end());
    }
}
