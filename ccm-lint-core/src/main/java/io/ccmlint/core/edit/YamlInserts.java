package io.ccmlint.core.edit;

import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import java.util.Optional;

/**
 * Adds an item to a YAML sequence, an entry to a YAML mapping, or removes an entry, in the
 * collection's own style: a flow collection gets {@code , new} after its last element (on its own
 * line when the elements are), a block collection new lines after its last element's text, before
 * the comments and blank lines that follow it. Empty when the collection is not plainly written.
 */
final class YamlInserts {
    private YamlInserts() {
    }

    /** Appends {@code value} (a string, list or map) to {@code list}. */
    static Optional<TextEdit> appendItem(SourceFile file, ListNode list, Object value, YamlWriter w) {
        if (list.flow()) {
            if (list.items().isEmpty()) {
                return isEmptyFlow(list, '[', ']') ? w.flow(java.util.List.of(value)).map(t -> new TextEdit(list.span(), t))
                        : Optional.empty();
            }
            Node last = list.items().get(list.items().size() - 1);
            int end = YamlShapes.contentEnd(last);
            String indent = Layout.indentBefore(file, list.items().get(0).span().start());
            String separator = indent == null ? ", " : "," + w.style().nl() + indent;
            return end < 0 ? Optional.empty() : w.flow(value).map(t -> TextEdit.insert(file.span(end, end), separator + t));
        }
        if (list.items().isEmpty()) {
            return Optional.empty();
        }
        Node last = list.items().get(list.items().size() - 1);
        String[] dash = YamlShapes.dash(file, last);
        int at = YamlShapes.lineAfter(file, YamlShapes.contentEnd(last));
        if (dash == null || at < 0 || !YamlShapes.onlyComments(file, at, list.span().end())) {
            return Optional.empty();
        }
        YamlWriter like = new YamlWriter(w.style().withDashGap(dash[1]));
        Optional<String> item = last instanceof MapNode m && m.flow()
                ? like.flow(value).map(t -> "-" + dash[1] + t) // items written {...}: the new one too
                : like.item(value, dash[0]);
        return item.map(t -> TextEdit.insert(file.span(at, at), w.style().nl() + dash[0] + t));
    }

    /** Adds {@code key: value} as the last entry of {@code map}. */
    static Optional<TextEdit> appendEntry(SourceFile file, MapNode map, String key, Object value, YamlWriter w) {
        if (YamlShapes.isIntrinsic(map)) {
            return Optional.empty();
        }
        if (map.flow()) {
            if (map.entries().isEmpty()) {
                String pad = w.style().mapPadded() ? " " : "";
                return isEmptyFlow(map, '{', '}')
                        ? w.flowEntry(key, value).map(t -> new TextEdit(map.span(), "{" + pad + t + pad + "}"))
                        : Optional.empty();
            }
            MapNode.Entry last = map.entries().get(map.entries().size() - 1);
            int end = YamlShapes.entryEnd(last);
            String indent = Layout.indentBefore(file, last.keySpan().start());
            String separator = indent == null ? ", " : "," + w.style().nl() + indent;
            return end < 0 ? Optional.empty() : w.flowEntry(key, value).map(t -> TextEdit.insert(file.span(end, end), separator + t));
        }
        if (map.entries().isEmpty()) {
            return Optional.empty();
        }
        MapNode.Entry last = map.entries().get(map.entries().size() - 1);
        String indent = YamlShapes.columnIndent(file, last.keySpan().start());
        int at = YamlShapes.lineAfter(file, YamlShapes.entryEnd(last));
        if (indent == null || at < 0 || !YamlShapes.onlyComments(file, at, map.span().end())) {
            return Optional.empty();
        }
        return w.blockEntry(key, value, indent).map(t -> TextEdit.insert(file.span(at, at), w.style().nl() + indent + t));
    }

    /**
     * Removes {@code entry} from {@code map}, which keeps other entries: in a flow mapping with the
     * comma that separated it, in a block mapping its whole lines.
     */
    static Optional<TextEdit> removeEntry(SourceFile file, MapNode map, MapNode.Entry entry) {
        int i = map.entries().indexOf(entry);
        if (i < 0 || map.entries().size() < 2) {
            return Optional.empty();
        }
        int end = YamlShapes.entryEnd(entry);
        if (end < 0) {
            return Optional.empty();
        }
        if (map.flow()) {
            if (i > 0) {
                int before = YamlShapes.entryEnd(map.entries().get(i - 1));
                return before < 0 ? Optional.empty() : Optional.of(new TextEdit(file.span(before, end), ""));
            }
            return Optional.of(new TextEdit(file.span(entry.keySpan().start(), map.entries().get(1).keySpan().start()), ""));
        }
        int at = YamlShapes.lineAfter(file, end);
        if (Layout.indentBefore(file, entry.keySpan().start()) == null || at < 0) {
            return Optional.empty(); // the key shares its line (a sequence dash): its lines are not its own
        }
        int line = file.line(at);
        int start = file.lineStart(file.line(entry.keySpan().start()));
        if (line < file.lineCount()) {
            return Optional.of(new TextEdit(file.span(start, file.lineStart(line + 1)), ""));
        }
        int from = start == 0 ? 0 : file.lineEnd(file.line(start) - 1); // the last line: take the break before it
        return Optional.of(new TextEdit(file.span(from, at), ""));
    }

    private static boolean isEmptyFlow(Node n, char open, char close) {
        String text = n.span().text();
        return text.length() >= 2 && text.charAt(0) == open && text.charAt(text.length() - 1) == close
                && text.substring(1, text.length() - 1).isBlank();
    }
}
