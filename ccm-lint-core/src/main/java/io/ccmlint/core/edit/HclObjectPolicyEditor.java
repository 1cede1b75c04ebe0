package io.ccmlint.core.edit;

import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.hcl.HclExpression.ObjectCons;
import io.ccmlint.core.hcl.HclExpression.ObjectItem;
import io.ccmlint.core.hcl.HclExpression.TupleCons;
import io.ccmlint.core.model.policy.Effect;
import io.ccmlint.core.model.policy.PolicyEditor;
import io.ccmlint.core.model.policy.StatementSpec;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.value.ScalarStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Edits a policy written as an HCL object ({@code policy = jsonencode({...})}) in the file's own
 * style: the new statement copies the existing statements' layout (own line or {@code [{ ... }]}),
 * key quoting, {@code =} or {@code :}, and indentation, with aligned {@code =} as terraform fmt does.
 */
public final class HclObjectPolicyEditor implements PolicyEditor {
    private final SourceFile file;
    private final ObjectCons policy;
    private final MapNode values;

    /** @param values the object as evaluated: its scalars know how and where each value is written */
    public HclObjectPolicyEditor(SourceFile file, ObjectCons policy, MapNode values) {
        this.file = file;
        this.policy = policy;
        this.values = values;
    }

    @Override
    public Optional<List<TextEdit>> addStatement(StatementSpec spec) {
        ObjectItem statement = item(policy, "Statement");
        if (statement == null) {
            return Optional.empty();
        }
        String nl = Layout.lineBreak(file);
        if (statement.value() instanceof TupleCons tuple && !tuple.elements().isEmpty()
                && tuple.elements().get(tuple.elements().size() - 1) instanceof ObjectCons last) {
            String text = renderAfter(last, spec, nl);
            boolean trailingComma = tuple.commas().size() >= tuple.elements().size();
            if (trailingComma) {
                io.ccmlint.core.source.Span after = tuple.commas().get(tuple.commas().size() - 1);
                return Optional.of(List.of(TextEdit.insert(after.atEnd(), text.substring(1) + ",")));
            }
            return Optional.of(List.of(TextEdit.insert(last.span().atEnd(), text)));
        }
        if (statement.value() instanceof ObjectCons single) {
            String text = renderAfter(single, spec, nl) + "]";
            return Optional.of(List.of(TextEdit.insert(single.span().atStart(), "["), TextEdit.insert(single.span().atEnd(), text)));
        }
        return Optional.empty();
    }

    @Override
    public Optional<List<TextEdit>> setVersion(String version) {
        if (item(policy, "Version") != null) {
            return values.get("Version") instanceof ScalarNode v ? ValueEdits.replace(v.scalar(), version).map(List::of)
                    : Optional.empty();
        }
        if (policy.items().isEmpty()) {
            return Optional.empty();
        }
        ObjectItem first = policy.items().get(0);
        String indent = Layout.indentBefore(file, first.span().start());
        String key = keyStyle(first, "Version");
        String assign = assign(first);
        String member = key + " " + assign + " " + Literals.hcl(version);
        String text = indent == null ? member + ", " : member + Layout.lineBreak(file) + indent;
        return Optional.of(List.of(TextEdit.insert(first.span().atStart(), text)));
    }

    /** Text to insert right after {@code like} (a statement object) that adds a new statement. */
    private String renderAfter(ObjectCons like, StatementSpec spec, String nl) {
        boolean multiLine = !Layout.sameLine(file, like.openSpan().start(), like.closeSpan().start());
        ObjectItem sample = like.items().isEmpty() ? null : like.items().get(0);
        String assign = sample == null ? "=" : assign(sample);
        List<String[]> kv = new ArrayList<>();
        if (spec.sid() != null) {
            kv.add(new String[] {keyStyle(sample, "Sid"), Literals.hcl(spec.sid())});
        }
        kv.add(new String[] {keyStyle(sample, "Effect"), Literals.hcl(spec.effect() == Effect.ALLOW ? "Allow" : "Deny")});
        kv.add(new String[] {keyStyle(sample, "Action"), Literals.strings(ScalarStyle.HCL_STRING, spec.actions(), false)});
        kv.add(new String[] {keyStyle(sample, "Resource"), Literals.strings(ScalarStyle.HCL_STRING, spec.resources(), false)});
        if (!multiLine) {
            StringBuilder b = new StringBuilder(", { ");
            for (int i = 0; i < kv.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(kv.get(i)[0]).append(' ').append(assign).append(' ').append(kv.get(i)[1]);
            }
            return b.append(" }").toString();
        }
        String closeIndent = Layout.lineIndent(file, like.closeSpan().start());
        String memberIndent = sample != null && Layout.indentBefore(file, sample.span().start()) != null
                ? Layout.indentBefore(file, sample.span().start()) : closeIndent + "  ";
        String body = "{" + nl + Layout.alignedLines(kv, memberIndent, assign, nl) + nl + closeIndent + "}";
        String ownLineIndent = Layout.indentBefore(file, like.span().start());
        return ownLineIndent != null ? "," + nl + ownLineIndent + body : ", " + body;
    }

    private static String assign(ObjectItem item) {
        return item.assignSpan().text().trim();
    }

    /** Writes {@code name} as the sample key is written: bare or quoted. */
    private static String keyStyle(ObjectItem sample, String name) {
        boolean quoted = sample != null && sample.key() instanceof HclExpression.Template;
        return quoted ? Literals.hcl(name) : name;
    }

    private static ObjectItem item(ObjectCons o, String name) {
        for (ObjectItem i : o.items()) {
            if (name.equals(i.keyName())) {
                return i;
            }
        }
        return null;
    }

}
