package io.ccmlint.core.edit;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.Syntax;
import io.ccmlint.core.value.Scalar;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a literal list is laid out: a bracketed list ({@code [a, b]} in JSON, HCL or YAML flow
 * style), its elements on one line or one per line, or a YAML block sequence ({@code - a}). Read
 * only from a list whose elements are exactly the given scalars: between them nothing but
 * separators, white space and comments.
 */
final class ListLayout {
    /** What may precede a block sequence's scalar on its line. */
    private static final Pattern BLOCK_ITEM_PREFIX = Pattern.compile(" *- +");

    private final SourceFile file;
    private final boolean block;

    private ListLayout(SourceFile file, boolean block) {
        this.file = file;
        this.block = block;
    }

    /** The layout of the list at {@code whole} holding exactly {@code items}, or empty. */
    static Optional<ListLayout> of(Span whole, List<Scalar> items) {
        SourceFile file = whole.file();
        String text = file.text();
        boolean block = text.charAt(whole.start()) == '-';
        boolean bracketed = text.charAt(whole.start()) == '[' && whole.length() >= 2
                && text.charAt(whole.end() - 1) == ']';
        if (!block && !bracketed || items.isEmpty()) {
            return Optional.empty();
        }
        Syntax syntax = items.get(0).style().syntax();
        int at = bracketed ? whole.start() + 1 : whole.start();
        for (int i = 0; i < items.size(); i++) {
            Span s = items.get(i).span();
            if (s.file() != file || s.start() < at || !whole.contains(s)) {
                return Optional.empty();
            }
            String gap = uncommented(text.substring(at, s.start()), syntax).strip();
            String expected = block ? "-" : i == 0 ? "" : ",";
            if (!gap.equals(expected) || block && !BLOCK_ITEM_PREFIX.matcher(linePrefix(file, s)).matches()) {
                return Optional.empty();
            }
            at = s.end();
        }
        String rest = uncommented(text.substring(at, bracketed ? whole.end() - 1 : whole.end()), syntax).strip();
        return rest.isEmpty() || bracketed && rest.equals(",") ? Optional.of(new ListLayout(file, block))
                : Optional.empty();
    }

    /**
     * What goes between {@code item} and a new element after it: a comma and a space, or a
     * comma, a line break and the item's indentation when it starts its line; in a block
     * sequence a line break and the item's {@code - } prefix.
     */
    String separator(Scalar item) {
        String lineBreak = Layout.lineBreak(file);
        if (block) {
            return lineBreak + linePrefix(file, item.span());
        }
        String indent = Layout.indentBefore(file, item.span().start());
        return indent == null ? ", " : "," + lineBreak + indent;
    }

    /** Where an element after {@code item} goes: right after it, or in a block sequence at the end of its line. */
    Span after(Scalar item) {
        if (!block) {
            return item.span().atEnd();
        }
        int end = file.lineEnd(file.line(item.span().end()));
        return file.span(end, end);
    }

    private static String linePrefix(SourceFile file, Span s) {
        return file.text().substring(file.lineStart(file.line(s.start())), s.start());
    }

    /** The text with its comments blanked, as the syntax writes them. */
    private static String uncommented(String text, Syntax syntax) {
        return switch (syntax) {
            case JSON -> text;
            case YAML -> text.replaceAll("#[^\\n]*", "");
            case HCL -> text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(#|//)[^\\n]*", "");
        };
    }
}
