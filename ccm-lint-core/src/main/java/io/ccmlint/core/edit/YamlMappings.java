package io.ccmlint.core.edit;

import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.tree.Syntax;
import io.ccmlint.core.value.ScalarStyle;
import java.util.Optional;

/**
 * Edits of YAML mappings that keep the document's own style: a new entry goes where the first
 * entry is, in the mapping's indentation (block) or after its brace (flow); a value is set through
 * {@link ValueEdits}. Every method returns empty rather than guess.
 */
public final class YamlMappings {
    private YamlMappings() {
    }

    /**
     * The edit that adds {@code key: value} as the first entry of {@code m} (a plain key, a
     * scalar value): in a block mapping on a line of its own right below the line that opens it
     * (above the comments before the first key), after the {@code {} of a flow mapping. Empty when the key is already there, or when the first key does
     * not start its line (a mapping that is a list item's, {@code - name: x}).
     */
    public static Optional<TextEdit> addFirst(MapNode m, String key, Object value) {
        if (m.syntax() != Syntax.YAML || m.has(key) || !key.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
            return Optional.empty();
        }
        Optional<String> rendered = Literals.inline(ScalarStyle.YAML_PLAIN, value);
        if (rendered.isEmpty()) {
            return Optional.empty();
        }
        String entry = key + ": " + rendered.get();
        SourceFile file = m.span().file();
        if (m.flow()) {
            int open = m.span().start();
            if (open >= file.text().length() || file.text().charAt(open) != '{') {
                return Optional.empty();
            }
            if (m.entries().isEmpty()) {
                return Optional.of(new TextEdit(m.span(), "{" + entry + "}"));
            }
            return Optional.of(TextEdit.insert(m.entries().get(0).keySpan().atStart(), entry + ", "));
        }
        if (m.entries().isEmpty()) {
            return Optional.empty();
        }
        int first = m.entries().get(0).keySpan().start();
        String indent = Layout.indentBefore(file, first);
        if (indent == null) {
            return Optional.empty();
        }
        // right below the line that opens the mapping (its key's), above comments that belong to the first key
        int line = file.line(first);
        while (line > file.line(0) && file.lineText(line - 1).strip().matches("(#.*)?")) {
            line--;
        }
        if (line > file.line(0)) {
            int end = file.lineEnd(line - 1);
            return Optional.of(TextEdit.insert(file.span(end, end), Layout.lineBreak(file) + indent + entry));
        }
        return Optional.of(TextEdit.insert(file.span(first, first), entry + Layout.lineBreak(file) + indent));
    }

    /**
     * The edit that makes the entry's scalar value read {@code value}; an empty value ({@code key:}
     * with nothing after the colon but a comment, or the next entry of a flow mapping) gets it after the colon.
     */
    public static Optional<TextEdit> setValue(MapNode.Entry e, Object value) {
        if (!(e.value() instanceof ScalarNode s)) {
            return Optional.empty();
        }
        if (s.span().length() > 0) {
            return ValueEdits.replace(s.scalar(), value);
        }
        SourceFile file = e.keySpan().file();
        String text = file.text();
        int colon = e.keySpan().end();
        while (colon < text.length() && (text.charAt(colon) == ' ' || text.charAt(colon) == '\t')) {
            colon++;
        }
        if (colon >= text.length() || text.charAt(colon) != ':') {
            return Optional.empty();
        }
        int after = colon + 1;
        String rest = text.substring(after, file.lineEnd(file.line(after))).strip();
        if (!rest.isEmpty() && !rest.startsWith("#") && !rest.startsWith(",") && !rest.startsWith("}")) {
            return Optional.empty(); // the value goes on (a block scalar, a node on the next line): not empty
        }
        boolean space = after < text.length() && text.charAt(after) == ' ';
        int at = space ? after + 1 : after;
        return Literals.inline(ScalarStyle.YAML_PLAIN, value)
                .map(v -> TextEdit.insert(file.span(at, at), space ? v : " " + v));
    }
}
