package io.ccmlint.core.edit;

import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.model.policy.PolicyEditor;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.policy.StatementSpec;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.tree.Syntax;
import io.ccmlint.core.value.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Edits a policy written as a YAML mapping: a policy file of its own, or a {@code PolicyDocument}
 * deep in a CloudFormation template. New text takes the document's style (block or flow, its
 * indentation, dashes and quotes, see {@link YamlStyle}); values written as intrinsic functions
 * ({@code !Sub ...}) stay as they are. Empty whenever the place to edit is not plainly written: an
 * intrinsic or an alias where a list or mapping should be.
 */
public final class YamlPolicyEditor implements PolicyEditor {
    private final SourceFile file;
    private final MapNode root;

    /** @param root the policy's mapping, read by {@link io.ccmlint.core.tree.YamlTreeReader} from {@code file} */
    public YamlPolicyEditor(SourceFile file, MapNode root) {
        this.file = file;
        this.root = root;
    }

    @Override
    public Optional<List<TextEdit>> addStatement(StatementSpec spec) {
        MapNode.Entry st = editable() ? root.entry("Statement") : null;
        if (st == null) {
            return Optional.empty();
        }
        YamlWriter w = writer();
        Map<String, Object> statement = YamlWriter.statement(spec);
        if (st.value() instanceof ListNode list) {
            return YamlInserts.appendItem(file, list, statement, w).map(List::of);
        }
        if (st.value() instanceof MapNode single && !YamlShapes.isIntrinsic(single)) {
            return single.flow() ? wrapFlow(single, statement, w) : wrapBlock(st, single, statement, w);
        }
        return Optional.empty();
    }

    @Override
    public Optional<List<TextEdit>> setVersion(String version) {
        if (!editable() || root.entries().isEmpty()) {
            return Optional.empty();
        }
        MapNode.Entry v = root.entry("Version");
        if (v != null) {
            return v.value() instanceof ScalarNode s && s.span().length() > 0
                    ? ValueEdits.replace(s.scalar(), version).map(List::of) : Optional.empty();
        }
        YamlWriter w = writer();
        MapNode.Entry first = root.entries().get(0);
        int at = first.keySpan().start();
        if (root.flow()) {
            String indent = Layout.indentBefore(file, at);
            String separator = indent == null ? ", " : "," + w.style().nl() + indent;
            return w.flowEntry("Version", version).map(t -> List.of(TextEdit.insert(file.span(at, at), t + separator)));
        }
        String indent = YamlShapes.columnIndent(file, at);
        if (indent == null) {
            return Optional.empty();
        }
        return w.blockEntry("Version", version, indent)
                .map(t -> List.of(TextEdit.insert(file.span(at, at), t + w.style().nl() + indent)));
    }

    @Override
    public Optional<List<TextEdit>> addConditionValues(Statement statement, String operator, String key, List<String> values) {
        MapNode st = editable() ? statementNode(statement) : null;
        if (st == null || st.entries().isEmpty() || values.isEmpty()) {
            return Optional.empty();
        }
        YamlWriter w = writer();
        MapNode.Entry cond = st.entry("Condition");
        if (cond == null) {
            return YamlInserts.appendEntry(file, st, "Condition", Map.of(operator, Map.of(key, YamlWriter.values(values))), w)
                    .map(List::of);
        }
        if (!(cond.value() instanceof MapNode ops) || YamlShapes.isIntrinsic(ops)) {
            return Optional.empty();
        }
        MapNode.Entry op = ops.entry(operator);
        if (op == null) {
            return YamlInserts.appendEntry(file, ops, operator, Map.of(key, YamlWriter.values(values)), w).map(List::of);
        }
        if (!(op.value() instanceof MapNode keys) || YamlShapes.isIntrinsic(keys)) {
            return Optional.empty();
        }
        MapNode.Entry k = keys.entry(key);
        if (k == null) {
            return YamlInserts.appendEntry(file, keys, key, YamlWriter.values(values), w).map(List::of);
        }
        List<Scalar> existing = new ArrayList<>();
        for (Node n : k.value() instanceof ListNode lv ? lv.items() : List.of(k.value())) {
            if (!(n instanceof ScalarNode sv) || !sv.scalar().isKnown() || sv.scalar().value() == null || sv.span().length() == 0) {
                return Optional.empty();
            }
            existing.add(sv.scalar());
        }
        List<String> missing = values.stream()
                .filter(v -> existing.stream().noneMatch(e -> v.equals(String.valueOf(e.value())))).toList();
        if (missing.isEmpty()) {
            return Optional.empty(); // already required: nothing to do
        }
        return ValueEdits.add(k.value().span(), existing, missing).map(List::of);
    }

    @Override
    public Optional<List<TextEdit>> moveConditionKey(Statement statement, String from, String to, String key,
                                                    List<String> values) {
        MapNode st = editable() ? statementNode(statement) : null;
        MapNode.Entry cond = st == null ? null : st.entry("Condition");
        if (cond == null || !(cond.value() instanceof MapNode ops) || YamlShapes.isIntrinsic(ops)
                || !(ops.get(from) instanceof MapNode fromKeys) || fromKeys.entry(key) == null
                || !(ops.get(to) instanceof MapNode toKeys) || toKeys.entry(key) != null) {
            return Optional.empty();
        }
        Optional<List<TextEdit>> add = addConditionValues(statement, to, key, values);
        Optional<TextEdit> remove = fromKeys.entries().size() == 1
                ? YamlInserts.removeEntry(file, ops, ops.entry(from))
                : YamlInserts.removeEntry(file, fromKeys, fromKeys.entry(key));
        if (add.isEmpty() || remove.isEmpty()) {
            return Optional.empty();
        }
        List<TextEdit> edits = new ArrayList<>(add.get());
        edits.add(remove.get());
        return Optional.of(edits);
    }

    /** {@code Statement: {...}} becomes {@code [{...}, {new}]}. */
    private Optional<List<TextEdit>> wrapFlow(MapNode single, Map<String, Object> statement, YamlWriter w) {
        int end = YamlShapes.contentEnd(single);
        if (end < 0) {
            return Optional.empty();
        }
        return w.flow(statement).map(t -> List.of(TextEdit.insert(single.span().atStart(), "["),
                TextEdit.insert(file.span(end, end), ", " + t + "]")));
    }

    /**
     * A single statement written as a block mapping becomes the first item of a block sequence by
     * turning the two spaces before its first key into {@code "- "}: its keys keep their column, so
     * no other line changes. Empty when it is not indented by two or more under {@code Statement}.
     */
    private Optional<List<TextEdit>> wrapBlock(MapNode.Entry st, MapNode single, Map<String, Object> statement, YamlWriter w) {
        if (single.entries().isEmpty()) {
            return Optional.empty();
        }
        int first = single.entries().get(0).keySpan().start();
        String indent = Layout.indentBefore(file, first);
        int at = YamlShapes.lineAfter(file, YamlShapes.contentEnd(single));
        if (indent == null || !indent.endsWith("  ") || at < 0
                || indent.length() - 2 < YamlShapes.column(file, st.keySpan().start())) {
            return Optional.empty();
        }
        String dashIndent = indent.substring(0, indent.length() - 2);
        return new YamlWriter(w.style().withDashGap(" ")).item(statement, dashIndent)
                .map(t -> List.of(new TextEdit(file.span(first - 2, first), "- "),
                        TextEdit.insert(file.span(at, at), w.style().nl() + dashIndent + t)));
    }

    /** The statement mapping a model statement was read from. */
    private MapNode statementNode(Statement statement) {
        Node st = root.get("Statement");
        List<Node> items = st instanceof ListNode l ? l.items() : st == null ? List.of() : List.of(st);
        for (Node n : items) {
            if (n instanceof MapNode m && m.span().equals(statement.span()) && !YamlShapes.isIntrinsic(m)) {
                return m;
            }
        }
        return null;
    }

    /** True for a YAML mapping written in place: no intrinsic, no alias to follow. */
    private boolean editable() {
        return root.syntax() == Syntax.YAML && !YamlShapes.isIntrinsic(root) && YamlShapes.writtenInPlace(root);
    }

    private YamlWriter writer() {
        return new YamlWriter(YamlStyle.learn(file, root));
    }
}
