package io.ccmlint.core.edit;

import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.ScalarStyle;
import java.util.Optional;

/**
 * Writes text of an embedded document (policy JSON in a heredoc, an HCL string or a YAML string)
 * into the outer value that holds it: the text is rendered in the document's own syntax first,
 * then escaped here for the outer value's style.
 */
final class Enclosures {
    private Enclosures() {
    }

    /**
     * {@code raw} as the text that replaces {@code at} inside an outer value written in
     * {@code outer} (null: directly in the file, {@code raw} as it is). Empty when the outer value
     * cannot hold the text (a YAML plain scalar), or when {@code at} holds an interpolation or
     * directive: its text is then computed, not written, and the edit would drop the expression.
     */
    static Optional<String> write(ScalarStyle outer, Span at, String raw) {
        if (outer == null) {
            return Optional.of(raw);
        }
        boolean template = outer == ScalarStyle.HCL_STRING || outer == ScalarStyle.HCL_HEREDOC;
        if (template && interpolates(at.text())) {
            return Optional.empty();
        }
        return Literals.asContentOf(outer, raw).filter(text -> !template || joinsCleanly(at, text));
    }

    /** True when HCL template text holds <code>${</code> or <code>%{</code> that is not escaped as <code>$${</code> or <code>%%{</code>. */
    private static boolean interpolates(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '$' || c == '%') && text.charAt(i + 1) == c) {
                i++; // $$ or %%: an escape when a brace follows, else two literal characters
            } else if ((c == '$' || c == '%') && text.charAt(i + 1) == '{') {
                return true;
            }
        }
        return false;
    }

    /**
     * False when the new text would form an escape or interpolation with the characters around
     * it in an HCL template ({@code $} before and <code>{</code> first, or the other way round).
     */
    private static boolean joinsCleanly(Span at, String text) {
        if (text.isEmpty()) {
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
