package io.ccmlint.core.fix;

import io.ccmlint.core.source.Span;
import java.util.Objects;

/** Replace the text of {@code span} (possibly empty: an insertion) with {@code replacement}. */
public record TextEdit(Span span, String replacement) {
    public TextEdit {
        Objects.requireNonNull(span);
        Objects.requireNonNull(replacement);
    }

    public static TextEdit insert(Span at, String text) {
        return new TextEdit(at, text);
    }

    /** Two edits overlap when they touch the same characters, or insert at the same point. */
    public boolean overlaps(TextEdit o) {
        if (o.span.file() != span.file()) {
            return false;
        }
        if (span.start() == o.span.start()) {
            return true;
        }
        return span.start() < o.span.end() && o.span.start() < span.end();
    }
}
