package io.ccmlint.core.edit;

import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Enclosure;
import io.ccmlint.core.value.ScalarStyle;
import java.util.Optional;

/**
 * Writes text of an embedded document into the literal that encloses it: the text is rendered
 * in the document's own syntax first, then escaped for the outer literal here.
 */
final class Enclosures {
    private Enclosures() {
    }

    /**
     * {@code raw} as the text that replaces {@code at} inside {@code e}, or empty when that is not
     * literal text of {@code e} (a hole), when the text there uses {@code e}'s escapes (the
     * document read in place then differs from what {@code e} means), or when {@code e} cannot
     * hold {@code raw}. A null {@code e} takes the text as it is.
     */
    static Optional<String> write(Enclosure e, Span at, String raw) {
        if (e == null) {
            return Optional.of(raw);
        }
        if (!e.literalAt(at) || Literals.hasEscapesOf(e.style(), at.text())) {
            return Optional.empty();
        }
        return Literals.asContentOf(e.style(), raw).filter(text -> joinsCleanly(at, text, e));
    }

    /**
     * False when the new text would form an escape or interpolation with the characters around
     * it in an HCL literal ({@code $} before and <code>{</code> first, or the other way round).
     */
    private static boolean joinsCleanly(Span at, String text, Enclosure e) {
        if (e.style() != ScalarStyle.HCL_STRING && e.style() != ScalarStyle.HCL_HEREDOC || text.isEmpty()) {
            return true;
        }
        String file = at.file().text();
        char before = at.start() > 0 ? file.charAt(at.start() - 1) : ' ';
        char after = at.end() < file.length() ? file.charAt(at.end()) : ' ';
        char last = text.charAt(text.length() - 1);
        boolean opens = text.charAt(0) == '{' && (before == '$' || before == '%');
        boolean closes = (last == '$' || last == '%') && after == '{';
        return !opens && !closes;
    }
}
