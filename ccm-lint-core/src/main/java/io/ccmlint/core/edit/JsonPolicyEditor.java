package io.ccmlint.core.edit;

import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.model.policy.Effect;
import io.ccmlint.core.model.policy.PolicyEditor;
import io.ccmlint.core.model.policy.StatementSpec;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Edits a policy written as JSON text (a {@code .json} file or JSON inside a heredoc), in the
 * file's own indentation, key spacing and line breaks. Only the inserted or replaced characters
 * change.
 */
public final class JsonPolicyEditor implements PolicyEditor {
    private final SourceFile file;
    private final MapNode root;

    public JsonPolicyEditor(SourceFile file, MapNode root) {
        this.file = file;
        this.root = root;
    }

    @Override
    public Optional<List<TextEdit>> addStatement(StatementSpec spec) {
        MapNode.Entry st = root.entry("Statement");
        if (st == null) {
            return Optional.empty();
        }
        String nl = Layout.lineBreak(file);
        if (st.value() instanceof ListNode list) {
            if (list.items().isEmpty()) {
                String outer = Layout.lineIndent(file, st.keySpan().start());
                String unit = indentUnit();
                String body = nl + outer + unit + render(spec, outer + unit, unit, separator(), nl) + nl + outer + "]";
                return Optional.of(List.of(new TextEdit(list.span(), "[" + body)));
            }
            Node last = list.items().get(list.items().size() - 1);
            Node first = list.items().get(0);
            String itemIndent = Layout.indentBefore(file, first.span().start());
            if (itemIndent == null) { // items written inline after '[': stay inline
                return Optional.of(List.of(TextEdit.insert(last.span().atEnd(), ", " + renderInline(spec))));
            }
            String unit = memberUnit(last, itemIndent);
            String text = "," + nl + itemIndent + render(spec, itemIndent, unit, separator(), nl);
            return Optional.of(List.of(TextEdit.insert(last.span().atEnd(), text)));
        }
        if (st.value() instanceof MapNode single) {
            if (Layout.sameLine(file, single.span().start(), single.span().end())) { // a one-line object: stay inline
                return Optional.of(List.of(TextEdit.insert(single.span().atStart(), "["),
                        TextEdit.insert(single.span().atEnd(), ", " + renderInline(spec) + "]")));
            }
            String itemIndent = Layout.lineIndent(file, single.span().start());
            String unit = memberUnit(single, itemIndent);
            String text = "," + nl + itemIndent + render(spec, itemIndent, unit, separator(), nl) + "]";
            return Optional.of(List.of(TextEdit.insert(single.span().atStart(), "["), TextEdit.insert(single.span().atEnd(), text)));
        }
        return Optional.empty();
    }

    @Override
    public Optional<List<TextEdit>> setVersion(String version) {
        MapNode.Entry v = root.entry("Version");
        if (v != null) {
            return Optional.of(List.of(new TextEdit(v.value().span(), JsonText.quote(version))));
        }
        if (root.entries().isEmpty()) {
            return Optional.empty();
        }
        MapNode.Entry first = root.entries().get(0);
        String indent = Layout.indentBefore(file, first.keySpan().start());
        String member = JsonText.quote("Version") + separator() + JsonText.quote(version) + ",";
        String text = indent == null ? member + " " : member + Layout.lineBreak(file) + indent;
        return Optional.of(List.of(TextEdit.insert(first.keySpan().atStart(), text)));
    }

    /** The text between a key and its value as this file writes it, e.g. {@code ": "}. */
    private String separator() {
        for (MapNode.Entry e : root.entries()) {
            String between = file.text().substring(e.keySpan().end(), e.value().span().start());
            if (!between.contains("\n") && !between.contains("\r")) {
                return between;
            }
        }
        return ": ";
    }

    /** Indentation step inside an existing statement object, else the file's step. */
    private String memberUnit(Node item, String itemIndent) {
        if (item instanceof MapNode m && !m.entries().isEmpty()) {
            String memberIndent = Layout.indentBefore(file, m.entries().get(0).keySpan().start());
            if (memberIndent != null && memberIndent.length() > itemIndent.length() && memberIndent.startsWith(itemIndent)) {
                return memberIndent.substring(itemIndent.length());
            }
        }
        return indentUnit();
    }

    /** The indentation of the root's first member: the file's indentation step. */
    private String indentUnit() {
        if (!root.entries().isEmpty()) {
            String indent = Layout.indentBefore(file, root.entries().get(0).keySpan().start());
            String rootIndent = Layout.lineIndent(file, root.span().start());
            if (indent != null && indent.length() > rootIndent.length()) {
                return indent.substring(rootIndent.length());
            }
        }
        return "  ";
    }

    private static String render(StatementSpec s, String indent, String unit, String sep, String nl) {
        String inner = indent + unit;
        StringBuilder b = new StringBuilder("{").append(nl);
        if (s.sid() != null) {
            b.append(inner).append(JsonText.quote("Sid")).append(sep).append(JsonText.quote(s.sid())).append(',').append(nl);
        }
        b.append(inner).append(JsonText.quote("Effect")).append(sep).append(JsonText.quote(effect(s.effect()))).append(',').append(nl);
        b.append(inner).append(JsonText.quote("Action")).append(sep).append(values(s.actions())).append(',').append(nl);
        b.append(inner).append(JsonText.quote("Resource")).append(sep).append(values(s.resources())).append(nl);
        return b.append(indent).append('}').toString();
    }

    private static String renderInline(StatementSpec s) {
        return "{" + (s.sid() == null ? "" : "\"Sid\": " + JsonText.quote(s.sid()) + ", ")
                + "\"Effect\": " + JsonText.quote(effect(s.effect()))
                + ", \"Action\": " + values(s.actions()) + ", \"Resource\": " + values(s.resources()) + "}";
    }

    private static String effect(Effect e) {
        return e == Effect.ALLOW ? "Allow" : "Deny";
    }

    private static String values(List<String> v) {
        return v.size() == 1 ? JsonText.quote(v.get(0))
                : v.stream().map(JsonText::quote).collect(Collectors.joining(", ", "[", "]"));
    }

}
