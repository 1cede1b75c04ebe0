package io.ccmlint.core.cloudformation;

import io.ccmlint.core.source.DecodedText;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.tree.YamlEscapes;
import io.ccmlint.core.value.ScalarStyle;

/**
 * Where a part of a string's value is written in the file (a {@code ${Name}} of a {@code !Sub}),
 * through the string's quotes and escapes. Aligned on first use only: most strings never need it.
 * A value that cannot be aligned with its source gives the whole string's place.
 */
final class WrittenText {
    /** JSON's escapes: {@code \"}, {@code \\}, {@code \/}, {@code \b}, {@code \f}, {@code \n}, {@code \r}, {@code \t}, {@code \}{@code uXXXX}. */
    static final DecodedText.Escapes JSON = (raw, at, end, out) -> {
        if (raw.charAt(at) != '\\' || at + 1 >= end) {
            return 0;
        }
        char c = raw.charAt(at + 1);
        switch (c) {
            case '"', '\\', '/' -> out.append(c);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                return DecodedText.Escapes.hex(raw, at, end, 4, out);
            }
            default -> {
                return 0;
            }
        }
        return 2;
    };

    private final ScalarNode string;
    private DecodedText aligned;
    private boolean tried;

    WrittenText(ScalarNode string) {
        this.string = string;
    }

    /** Where {@code [start, end)} of the string's value is written, or the whole string's place. */
    Span span(int start, int end) {
        if (!tried) {
            tried = true;
            aligned = align();
        }
        return aligned == null ? string.span() : aligned.span(start, end);
    }

    private DecodedText align() {
        if (!(string.scalar().value() instanceof String value)) {
            return null;
        }
        Span span = string.span();
        ScalarStyle style = string.style();
        DecodedText.Escapes escapes = style == ScalarStyle.JSON_STRING ? JSON : YamlEscapes.of(style);
        DecodedText.Builder b = DecodedText.builder(span.file());
        return b.appendAligned(value, contentStart(span, style), span.end(), escapes) ? b.build() : null;
    }

    /** After the opening quote, or on the line after a block scalar's header. */
    private static int contentStart(Span span, ScalarStyle style) {
        return switch (style) {
            case JSON_STRING, YAML_DOUBLE_QUOTED, YAML_SINGLE_QUOTED -> span.start() + 1;
            case YAML_LITERAL, YAML_FOLDED -> {
                int nl = span.text().indexOf('\n');
                yield nl < 0 ? span.end() : span.start() + nl + 1;
            }
            default -> span.start();
        };
    }
}
