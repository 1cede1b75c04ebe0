package io.ccmlint.core.edit;

import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.model.policy.Effect;
import io.ccmlint.core.model.policy.PolicyEditor;
import io.ccmlint.core.model.policy.StatementSpec;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import java.util.List;
import java.util.Optional;

/**
 * Edits a policy written as JSON text (a {@code .json} file or JSON inside a heredoc), in the
 * file's own indentation, key spacing and line breaks. Only the inserted or replaced characters
 * change; inside a heredoc the new text is escaped for it.
 */
public final class JsonPolicyEditor implements PolicyEditor {
    private final SourceFile file;
    private final MapNode root;
    private final ScalarStyle within;

    public JsonPolicyEditor(SourceFile file, MapNode root) {
        this(file, root, null);
    }

    /** An editor for JSON written inside a value of style {@code within} (a heredoc), or directly in the file when null. */
    public JsonPolicyEditor(SourceFile file, MapNode root, ScalarStyle within) {
        this.file = file;
        this.root = root;
        this.within = within;
    }

    @Override
    public Optional<List<TextEdit>> addStatement(StatementSpec spec) {
        return enclosed(statement(spec));
    }

    @Override
    public Optional<List<TextEdit>> setVersion(String version) {
        MapNode.Entry v = root.entry("Version");
        if (v != null) {
            return v.value() instanceof ScalarNode s ? ValueEdits.replace(s.scalar(), version).map(List::of) : Optional.empty();
        }
        return enclosed(versionMember(version));
    }

    @Override
    public Optional<List<TextEdit>> addConditionValues(io.ccmlint.core.model.policy.Statement statement, String operator,
                                                      String key, List<String> values) {
        return enclosed(conditionValues(statement, operator, key, values));
    }

    @Override
    public Optional<List<TextEdit>> moveConditionKey(io.ccmlint.core.model.policy.Statement statement, String from,
                                                    String to, String key, List<String> values) {
        return enclosed(movedConditionKey(statement, from, to, key, values));
    }

    /** The edits with their text written for the value the JSON is embedded in; empty when one cannot be. */
    private Optional<List<TextEdit>> enclosed(Optional<List<TextEdit>> edits) {
        if (edits.isEmpty() || within == null) {
            return edits;
        }
        List<TextEdit> out = new java.util.ArrayList<>();
        for (TextEdit e : edits.get()) {
            Optional<String> text = Enclosures.write(within, e.span(), e.replacement());
            if (text.isEmpty()) {
                return Optional.empty();
            }
            out.add(new TextEdit(e.span(), text.get()));
        }
        return Optional.of(out);
    }

    private Optional<List<TextEdit>> statement(StatementSpec spec) {
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

    private Optional<List<TextEdit>> versionMember(String version) {
        if (root.entries().isEmpty()) {
            return Optional.empty();
        }
        MapNode.Entry first = root.entries().get(0);
        String indent = Layout.indentBefore(file, first.keySpan().start());
        String member = Literals.json("Version") + separator() + Literals.json(version) + ",";
        String text = indent == null ? member + " " : member + Layout.lineBreak(file) + indent;
        return Optional.of(List.of(TextEdit.insert(first.keySpan().atStart(), text)));
    }

    private Optional<List<TextEdit>> conditionValues(io.ccmlint.core.model.policy.Statement statement, String operator,
                                                     String key, List<String> values) {
        MapNode st = statementNode(statement);
        if (st == null || st.entries().isEmpty()) {
            return Optional.empty();
        }
        String sep = separator();
        MapNode.Entry cond = st.entry("Condition");
        if (cond == null) {
            MapNode.Entry last = st.entries().get(st.entries().size() - 1);
            String indent = Layout.indentBefore(file, last.keySpan().start());
            String compact;
            if (indent == null) {
                compact = Literals.json("Condition") + sep + "{" + Literals.json(operator) + sep + "{"
                        + Literals.json(key) + sep + values(values) + "}}";
            } else {
                String nl = Layout.lineBreak(file);
                String unit = memberUnit(st, Layout.lineIndent(file, st.span().start()));
                compact = Literals.json("Condition") + sep + "{" + nl + indent + unit + Literals.json(operator) + sep + "{" + nl
                        + indent + unit + unit + Literals.json(key) + sep + values(values) + nl + indent + unit + "}" + nl + indent + "}";
            }
            return Optional.of(List.of(TextEdit.insert(st.entries().get(st.entries().size() - 1).value().span().atEnd(),
                    memberPrefix(st.entries().get(st.entries().size() - 1)) + compact)));
        }
        if (!(cond.value() instanceof MapNode ops)) {
            return Optional.empty();
        }
        MapNode.Entry op = ops.entry(operator);
        if (op == null) {
            String member = Literals.json(operator) + sep + block(ops, Literals.json(key) + sep + values(values));
            return Optional.of(List.of(ops.entries().isEmpty()
                    ? new TextEdit(ops.span(), "{" + member + "}")
                    : TextEdit.insert(ops.entries().get(ops.entries().size() - 1).value().span().atEnd(),
                    memberPrefix(ops.entries().get(ops.entries().size() - 1)) + member)));
        }
        if (!(op.value() instanceof MapNode keys)) {
            return Optional.empty();
        }
        MapNode.Entry k = keys.entry(key);
        if (k == null) {
            String member = Literals.json(key) + sep + values(values);
            return Optional.of(List.of(keys.entries().isEmpty()
                    ? new TextEdit(keys.span(), "{" + member + "}")
                    : TextEdit.insert(keys.entries().get(keys.entries().size() - 1).value().span().atEnd(),
                    memberPrefix(keys.entries().get(keys.entries().size() - 1)) + member)));
        }
        List<Scalar> existing = new java.util.ArrayList<>();
        for (Node n : k.value() instanceof ListNode lv ? lv.items() : List.of(k.value())) {
            if (!(n instanceof ScalarNode sv) || !sv.scalar().isKnown() || sv.scalar().value() == null) {
                return Optional.empty();
            }
            // as written in the JSON text: enclosed() escapes all edits for the heredoc at once
            Scalar e = sv.scalar();
            existing.add(new Scalar(e.value(), e.span(), e.style(), e.template()));
        }
        List<String> missing = values.stream()
                .filter(v -> existing.stream().noneMatch(e -> v.equals(String.valueOf(e.value())))).toList();
        if (missing.isEmpty()) {
            return Optional.empty(); // already required: nothing to do
        }
        return ValueEdits.add(k.value().span(), existing, missing).map(List::of);
    }

    private Optional<List<TextEdit>> movedConditionKey(io.ccmlint.core.model.policy.Statement statement, String from,
                                                      String to, String key, List<String> values) {
        MapNode st = statementNode(statement);
        MapNode.Entry cond = st == null ? null : st.entry("Condition");
        if (cond == null || !(cond.value() instanceof MapNode ops) || !(ops.get(from) instanceof MapNode fromKeys)
                || fromKeys.entry(key) == null || !(ops.get(to) instanceof MapNode toKeys) || toKeys.entry(key) != null) {
            return Optional.empty();
        }
        Optional<List<TextEdit>> add = conditionValues(statement, to, key, values);
        if (add.isEmpty()) {
            return Optional.empty();
        }
        List<TextEdit> edits = new java.util.ArrayList<>(add.get());
        edits.add(fromKeys.entries().size() == 1 ? removal(ops, ops.entry(from)) : removal(fromKeys, fromKeys.entry(key)));
        return Optional.of(edits);
    }

    /**
     * {@code {member}} laid out like the sibling maps of {@code parent}: on its own lines when the
     * parent's members are on their own lines, else inline.
     */
    private String block(MapNode parent, String member) {
        MapNode.Entry last = parent.entries().get(parent.entries().size() - 1);
        String indent = Layout.indentBefore(file, last.keySpan().start());
        if (indent == null) {
            return "{" + member + "}";
        }
        String unit = memberUnit(last.value(), indent);
        String nl = Layout.lineBreak(file);
        return "{" + nl + indent + unit + member + nl + indent + "}";
    }

    /** Deletes a member with the comma and layout that separated it from its neighbour. */
    private TextEdit removal(MapNode parent, MapNode.Entry member) {
        int i = parent.entries().indexOf(member);
        if (i > 0) {
            MapNode.Entry before = parent.entries().get(i - 1);
            return new TextEdit(file.span(before.value().span().end(), member.value().span().end()), "");
        }
        if (parent.entries().size() > 1) {
            return new TextEdit(file.span(member.keySpan().start(), parent.entries().get(1).keySpan().start()), "");
        }
        return new TextEdit(parent.span(), "{}");
    }

    /** The statement object a model statement was read from. */
    private MapNode statementNode(io.ccmlint.core.model.policy.Statement statement) {
        Node st = root.get("Statement");
        List<Node> items = st instanceof ListNode l ? l.items() : st == null ? List.of() : List.of(st);
        for (Node n : items) {
            if (n instanceof MapNode m && m.span().equals(statement.span())) {
                return m;
            }
        }
        return null;
    }

    /** What goes between an existing member and a new one after it: a comma, and the member's own line layout. */
    private String memberPrefix(MapNode.Entry last) {
        String indent = Layout.indentBefore(file, last.keySpan().start());
        return indent == null ? ", " : "," + Layout.lineBreak(file) + indent;
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

    /** A statement object over several lines, its members at {@code indent + unit}, closed at {@code indent}. */
    static String render(StatementSpec s, String indent, String unit, String sep, String nl) {
        String inner = indent + unit;
        StringBuilder b = new StringBuilder("{").append(nl);
        if (s.sid() != null) {
            b.append(inner).append(Literals.json("Sid")).append(sep).append(Literals.json(s.sid())).append(',').append(nl);
        }
        b.append(inner).append(Literals.json("Effect")).append(sep).append(Literals.json(effect(s.effect()))).append(',').append(nl);
        b.append(inner).append(Literals.json("Action")).append(sep).append(values(s.actions())).append(',').append(nl);
        b.append(inner).append(Literals.json("Resource")).append(sep).append(values(s.resources())).append(nl);
        return b.append(indent).append('}').toString();
    }

    /** A statement object on one line. */
    static String renderInline(StatementSpec s) {
        return "{" + (s.sid() == null ? "" : "\"Sid\": " + Literals.json(s.sid()) + ", ")
                + "\"Effect\": " + Literals.json(effect(s.effect()))
                + ", \"Action\": " + values(s.actions()) + ", \"Resource\": " + values(s.resources()) + "}";
    }

    private static String effect(Effect e) {
        return e == Effect.ALLOW ? "Allow" : "Deny";
    }

    private static String values(List<String> v) {
        return Literals.strings(ScalarStyle.JSON_STRING, v, false);
    }

}
