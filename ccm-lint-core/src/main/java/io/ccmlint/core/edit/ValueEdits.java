package io.ccmlint.core.edit;

import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.source.Span;
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
 * booleans), escaped again for the outer value an embedded document is written in
 * ({@link Scalar#within()}: policy JSON in a heredoc), and lists keep their layout.
 *
 * <p>Every method returns empty rather than guess: for a value an expression computes
 * ({@link ScalarStyle#HCL_EXPRESSION}), a value not fully known (a template), a list that is not a
 * literal list of exactly the given items, or an embedded value whose text an interpolation
 * computes.
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
        if (value.within() != null) {
            return block(value.style()) ? Optional.empty() : inline(value, newValue).flatMap(raw -> written(value, raw));
        }
        return switch (value.style()) {
            case YAML_LITERAL, YAML_FOLDED -> newValue instanceof String s
                    ? YamlBlocks.replace(value, s).or(() -> quotedInstead(value, newValue))
                    : quotedInstead(value, newValue);
            case HCL_HEREDOC -> (newValue instanceof String s ? Heredocs.replace(value, s) : Optional.<TextEdit>empty())
                    .or(() -> Literals.inline(ScalarStyle.HCL_STRING, newValue).map(t -> new TextEdit(value.span(), t)));
            default -> inline(value, newValue).map(t -> new TextEdit(value.span(), t));
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
                    : elements(item, newValues, ", ").flatMap(text -> written(item, "[" + text + "]"));
        }
        return ListLayout.of(whole, items)
                .flatMap(layout -> elements(item, newValues, layout.separator(item)))
                .flatMap(text -> written(item, text));
    }

    /**
     * The edit that writes {@code newValues} in place of all {@code items} of the value written
     * at {@code whole} (a list, or a lone scalar), in its layout.
     */
    public static Optional<TextEdit> replaceAll(Span whole, List<Scalar> items, List<?> newValues) {
        if (items.size() == 1 && whole.equals(items.get(0).span())) {
            return replaceItem(whole, items, items.get(0), newValues);
        }
        if (newValues.isEmpty() || items.isEmpty()) {
            return Optional.empty();
        }
        Scalar first = items.get(0);
        Span all = whole.file().span(first.span().start(), items.get(items.size() - 1).span().end());
        return ListLayout.of(whole, items)
                .flatMap(layout -> elements(first, newValues, layout.separator(first)))
                .flatMap(text -> Enclosures.write(first.within(), all, text))
                .map(text -> new TextEdit(all, text));
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
            Span at = layout.after(last);
            return elements(last, newValues, separator)
                    .flatMap(text -> Enclosures.write(last.within(), at, separator + text))
                    .map(text -> TextEdit.insert(at, text));
        });
    }

    /** {@code values} rendered like {@code like}, joined by {@code separator}. */
    private static Optional<String> elements(Scalar like, List<?> values, String separator) {
        if (block(like.style())) {
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

    /** True for the styles written over several lines, which no list element or embedded value is given. */
    private static boolean block(ScalarStyle style) {
        return style == ScalarStyle.YAML_LITERAL || style == ScalarStyle.YAML_FOLDED || style == ScalarStyle.HCL_HEREDOC;
    }

    /** {@code newValue} written on one line in {@code like}'s own style. */
    private static Optional<String> inline(Scalar like, Object newValue) {
        return like.isKnown() ? Literals.inline(like.style(), newValue) : Optional.empty();
    }

    /** The edit that writes {@code raw} in place of {@code at}, escaped for the outer value {@code at} is embedded in. */
    private static Optional<TextEdit> written(Scalar at, String raw) {
        return Enclosures.write(at.within(), at.span(), raw).map(text -> new TextEdit(at.span(), text));
    }

    /** Replaces a block scalar with its value written on one line, for a value no block there holds. */
    private static Optional<TextEdit> quotedInstead(Scalar block, Object newValue) {
        return Literals.inline(ScalarStyle.YAML_DOUBLE_QUOTED, newValue).flatMap(t -> YamlBlocks.replaceQuoted(block, t));
    }
}
