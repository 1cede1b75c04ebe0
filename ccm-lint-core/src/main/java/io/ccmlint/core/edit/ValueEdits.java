package io.ccmlint.core.edit;

import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Enclosure;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one way a fix rewrites a value: like Error Prone's {@code SuggestedFix.replace(tree, text)},
 * the value knows where and how it is written, so a rule names the value and the new value and
 * never computes offsets, quoting or escapes. The new text is rendered in the style the old value
 * was written in (JSON, YAML plain, quoted or block, HCL quoted or heredoc, bare numbers and
 * booleans), inside the literal an embedded document is written in, and lists keep their layout.
 *
 * <p>Every method returns empty rather than guess: for a value an expression computes
 * ({@link ScalarStyle#HCL_EXPRESSION}), a value not fully known (a template), a list that is not a
 * literal list of exactly the given items, or an embedded value whose text uses the outer
 * literal's escapes.
 *
 * <p>New values are {@code String}, {@code Boolean}, {@code Number} or null; a non-string is
 * written bare.
 */
public final class ValueEdits {
    private ValueEdits() {
    }

    /** The edit that makes {@code value} read {@code newValue}. */
    public static Optional<TextEdit> replace(Scalar value, Object newValue) {
        if (!value.isKnown() || !value.style().literal()) {
            return Optional.empty();
        }
        if (value.enclosure() != null) {
            return inline(value, newValue).map(text -> new TextEdit(value.span(), text));
        }
        return switch (value.style()) {
            case YAML_LITERAL, YAML_FOLDED -> newValue instanceof String s
                    ? YamlBlocks.replace(value, s).or(() -> quotedInstead(value, newValue))
                    : quotedInstead(value, newValue);
            case HCL_HEREDOC -> (newValue instanceof String s ? Heredocs.replace(value, s) : Optional.<TextEdit>empty())
                    .or(() -> Literals.inline(ScalarStyle.HCL_STRING, newValue).map(t -> new TextEdit(value.span(), t)));
            default -> Literals.inline(value.style(), newValue).map(t -> new TextEdit(value.span(), t));
        };
    }

    /**
     * The edit that puts {@code newValues} in place of {@code item}, one of the {@code items} of
     * the value written at {@code whole} (a list, or the item itself when it stands alone): one
     * value replaces it, several become list elements where it was (a lone scalar becomes a
     * list), laid out like the list (same line, or one element per line).
     */
    public static Optional<TextEdit> replaceItem(Span whole, List<Scalar> items, Scalar item, List<?> newValues) {
        if (newValues.isEmpty() || !items.contains(item)) {
            return Optional.empty();
        }
        if (whole.equals(item.span()) && items.size() == 1) {
            return newValues.size() == 1 ? replace(item, newValues.get(0))
                    : elements(item, newValues, ", ").map(text -> new TextEdit(item.span(), "[" + text + "]"));
        }
        return ListLayout.of(whole, items)
                .flatMap(layout -> elements(item, newValues, layout.separator(item)))
                .map(text -> new TextEdit(item.span(), text));
    }

    /**
     * The edit that appends {@code newValues} to the value written at {@code whole} (a list of
     * {@code items}, or a lone scalar, which becomes a list), in the list's layout.
     */
    public static Optional<TextEdit> add(Span whole, List<Scalar> items, List<?> newValues) {
        if (newValues.isEmpty() || items.isEmpty()) {
            return Optional.empty();
        }
        Scalar last = items.get(items.size() - 1);
        if (whole.equals(last.span()) && items.size() == 1) {
            List<Object> all = new ArrayList<>();
            all.add(last.value());
            all.addAll(newValues);
            return replaceItem(whole, items, last, all);
        }
        return ListLayout.of(whole, items).flatMap(layout -> {
            String separator = layout.separator(last);
            return elements(last, newValues, separator)
                    .map(text -> TextEdit.insert(layout.after(last), separator + text));
        });
    }

    /** {@code values} as elements like {@code like}, joined by {@code separator}. */
    private static Optional<String> elements(Scalar like, List<?> values, String separator) {
        ScalarStyle style = like.style();
        if (!like.isKnown() || style == ScalarStyle.YAML_LITERAL || style == ScalarStyle.YAML_FOLDED
                || style == ScalarStyle.HCL_HEREDOC || like.enclosure() != null && !holdsLines(like.enclosure(), separator)) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder();
        for (Object v : values) {
            Optional<String> text = inline(like, v);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            b.append(b.length() == 0 ? "" : separator).append(text.get());
        }
        return Optional.of(b.toString());
    }

    /** True when the enclosing literal holds {@code text} as is (a line break only in a heredoc or block). */
    private static boolean holdsLines(Enclosure e, String text) {
        boolean lineBased = e.style() == ScalarStyle.HCL_HEREDOC || e.style() == ScalarStyle.YAML_LITERAL
                || e.style() == ScalarStyle.YAML_FOLDED;
        return lineBased || text.indexOf('\n') < 0;
    }

    /**
     * {@code newValue} written inline in {@code like}'s style, and as content of the literal it
     * is enclosed in, if any.
     */
    private static Optional<String> inline(Scalar like, Object newValue) {
        if (!like.isKnown() || !like.style().literal()) {
            return Optional.empty();
        }
        Optional<String> own = Literals.inline(like.style(), newValue);
        Enclosure e = like.enclosure();
        if (e == null) {
            return own;
        }
        if (!e.literalAt(like.span()) || Literals.hasEscapesOf(e.style(), like.span().text())) {
            return Optional.empty();
        }
        return own.flatMap(raw -> Literals.asContentOf(e.style(), raw)).filter(text -> joinsCleanly(like.span(), text, e));
    }

    /**
     * False when the new text would form an escape or interpolation with the characters around
     * it in an HCL literal ({@code $} before, {@code {} after).
     */
    private static boolean joinsCleanly(Span at, String text, Enclosure e) {
        if (e.style() != ScalarStyle.HCL_STRING && e.style() != ScalarStyle.HCL_HEREDOC || text.isEmpty()) {
            return true;
        }
        String file = at.file().text();
        char before = at.start() > 0 ? file.charAt(at.start() - 1) : ' ';
        char after = at.end() < file.length() ? file.charAt(at.end()) : ' ';
        boolean opens = text.charAt(0) == '{' && (before == '$' || before == '%');
        char last = text.charAt(text.length() - 1);
        boolean closes = (last == '$' || last == '%') && after == '{';
        return !opens && !closes;
    }

    /** Replaces a block scalar with its value written on one line, for a value no block there holds. */
    private static Optional<TextEdit> quotedInstead(Scalar block, Object newValue) {
        return Literals.inline(ScalarStyle.YAML_DOUBLE_QUOTED, newValue).flatMap(t -> YamlBlocks.replaceQuoted(block, t));
    }
}
