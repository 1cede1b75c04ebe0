package io.ccmlint.core.edit;

import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.model.k8s.PodSpec;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.tree.Syntax;
import io.ccmlint.core.value.ScalarStyle;
import java.util.List;
import java.util.Optional;

/**
 * Edits a pod's {@code securityContext} in YAML, in the style the document is written in (block
 * or flow, its own indentation and line breaks), touching no other byte.
 */
public final class YamlPodSecurityEditor {
    private YamlPodSecurityEditor() {
    }

    /**
     * Edits that add {@code fsGroup: gid} to the pod's {@code securityContext}, creating it when
     * absent; empty when the shape of the YAML leaves no certain place for it (or fsGroup is
     * already set).
     */
    public static Optional<List<TextEdit>> addFsGroup(PodSpec pod, long gid) {
        MapNode spec = pod.spec();
        if (spec.syntax() != Syntax.YAML) {
            return Optional.empty();
        }
        SourceFile file = spec.span().file();
        String field = "fsGroup: " + Literals.inline(ScalarStyle.YAML_PLAIN, gid).orElseThrow();
        MapNode.Entry sc = spec.entry("securityContext");
        if (sc != null) {
            Node v = sc.value();
            if (v instanceof MapNode m) {
                if (m.has("fsGroup")) {
                    return Optional.empty();
                }
                if (!m.flow() && !m.entries().isEmpty()) {
                    MapNode.Entry last = m.entries().get(m.entries().size() - 1);
                    String indent = Layout.indentBefore(file, m.entries().get(0).keySpan().start());
                    Optional<List<TextEdit>> after = afterLine(file, last, indent, List.of(field));
                    if (after.isPresent()) {
                        return after;
                    }
                }
                return addFirst(file, m, field, field);
            }
            if (v instanceof ScalarNode s && s.scalar().isKnown() && s.scalar().value() == null) {
                return replaceNullValue(file, sc, "{" + field + "}");
            }
            return Optional.empty();
        }
        String flow = "securityContext: {" + field + "}";
        if (spec.flow()) {
            return addFirst(file, spec, flow, null);
        }
        String lb = Layout.lineBreak(file);
        String step = step(file, pod);
        MapNode.Entry sa = spec.entry("serviceAccountName") != null ? spec.entry("serviceAccountName")
                : spec.entry("serviceAccount");
        if (sa != null && step != null) {
            String indent = Layout.indentBefore(file, sa.keySpan().start());
            Optional<List<TextEdit>> after = afterLine(file, sa, indent, List.of("securityContext:", step + field));
            if (after.isPresent()) {
                return after;
            }
        }
        MapNode.Entry anchor = entryAfter(spec, "serviceAccountName");
        if (anchor == null) {
            anchor = entryAfter(spec, "serviceAccount");
        }
        if (anchor == null) {
            anchor = spec.entries().isEmpty() ? null : spec.entries().get(0);
        }
        if (anchor == null) {
            return Optional.empty();
        }
        String indent = Layout.indentBefore(file, anchor.keySpan().start());
        if (indent == null || step == null) {
            return Optional.empty();
        }
        String text = "securityContext:" + lb + indent + step + field + lb + indent;
        return Optional.of(List.of(TextEdit.insert(anchor.keySpan().atStart(), text)));
    }

    /**
     * Inserts {@code lines} (each after {@code indent}) on new lines right after {@code entry}, when
     * the entry is a one-line scalar whose key starts its line; else empty.
     */
    private static Optional<List<TextEdit>> afterLine(SourceFile file, MapNode.Entry entry, String indent, List<String> lines) {
        if (indent == null || !(entry.value() instanceof ScalarNode v)) {
            return Optional.empty();
        }
        String raw = v.span().text();
        if (raw.startsWith("|") || raw.startsWith(">") || !Layout.sameLine(file, entry.keySpan().start(), v.span().end())) {
            return Optional.empty();
        }
        String lb = Layout.lineBreak(file);
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(lb).append(indent).append(line);
        }
        int at = file.lineEnd(file.line(v.span().end()));
        return Optional.of(List.of(TextEdit.insert(file.span(at, at), text.toString())));
    }

    /** The entry following {@code key}, or null when {@code key} is absent or last. */
    private static MapNode.Entry entryAfter(MapNode m, String key) {
        List<MapNode.Entry> entries = m.entries();
        for (int i = 0; i < entries.size() - 1; i++) {
            if (entries.get(i).key().equals(key)) {
                return entries.get(i + 1);
            }
        }
        return null;
    }

    /**
     * Adds {@code blockText} (block mapping) or {@code flowText} (flow mapping) as the first entry
     * of {@code m}. A null {@code blockText} means the mapping must be flow.
     */
    private static Optional<List<TextEdit>> addFirst(SourceFile file, MapNode m, String blockText, String flowOnly) {
        if (m.flow()) {
            String text = file.text();
            int open = m.span().start();
            if (open >= text.length() || text.charAt(open) != '{') {
                return Optional.empty();
            }
            if (m.entries().isEmpty()) {
                return Optional.of(List.of(new TextEdit(m.span(), "{" + blockText + "}")));
            }
            return Optional.of(List.of(TextEdit.insert(m.entries().get(0).keySpan().atStart(), blockText + ", ")));
        }
        if (flowOnly == null || m.entries().isEmpty()) {
            return Optional.empty();
        }
        MapNode.Entry first = m.entries().get(0);
        String indent = Layout.indentBefore(file, first.keySpan().start());
        if (indent == null) {
            return Optional.empty();
        }
        return Optional.of(List.of(TextEdit.insert(first.keySpan().atStart(),
                blockText + Layout.lineBreak(file) + indent)));
    }

    /** {@code key:} / {@code key: null} / {@code key: ~} on one line: the value becomes {@code replacement}. */
    private static Optional<List<TextEdit>> replaceNullValue(SourceFile file, MapNode.Entry e, String replacement) {
        int keyEnd = e.keySpan().end();
        int valueEnd = Math.max(keyEnd, e.value().span().end());
        if (!Layout.sameLine(file, keyEnd, valueEnd)) {
            valueEnd = keyEnd;
        }
        String between = file.text().substring(keyEnd, valueEnd);
        if (!between.matches("\\s*:\\s*(null|Null|NULL|~)?") && !between.isEmpty()) {
            return Optional.empty();
        }
        if (between.isEmpty()) {
            // the value is empty and its mark lies elsewhere: replace from the key's end to the colon
            int colon = file.text().indexOf(':', keyEnd);
            if (colon < 0 || !Layout.sameLine(file, keyEnd, colon)) {
                return Optional.empty();
            }
            int after = colon + 1;
            String rest = file.text().substring(after, file.lineEnd(file.line(after)));
            String restTrim = rest.strip();
            if (!restTrim.isEmpty() && !restTrim.startsWith("#")) {
                return Optional.empty();
            }
            return Optional.of(List.of(TextEdit.insert(file.span(after, after), " " + replacement)));
        }
        return Optional.of(List.of(new TextEdit(file.span(keyEnd, valueEnd), ": " + replacement)));
    }

    /**
     * The document's indentation step: how much deeper the pod spec's keys sit than the line of the
     * {@code spec} key holding them; null when that cannot be read.
     */
    private static String step(SourceFile file, PodSpec pod) {
        MapNode spec = pod.spec();
        if (spec.entries().isEmpty()) {
            return null;
        }
        String inner = Layout.lineIndent(file, spec.entries().get(0).keySpan().start());
        String outer = Layout.lineIndent(file, pod.keySpan().start());
        if (inner.length() > outer.length() && inner.startsWith(outer)) {
            return inner.substring(outer.length());
        }
        return null;
    }
}
