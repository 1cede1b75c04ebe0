package io.ccmlint.core.edit;

import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.hcl.HclBlock;
import io.ccmlint.core.model.policy.Effect;
import io.ccmlint.core.model.policy.PolicyEditor;
import io.ccmlint.core.model.policy.StatementSpec;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Edits a {@code data "aws_iam_policy_document"} block: a new {@code statement {}} block after the
 * last one, in the block's indentation, with aligned attributes.
 */
public final class PolicyDocumentBlockEditor implements PolicyEditor {
    private final SourceFile file;
    private final HclBlock document;
    private final Scalar version;

    /** @param version the value of the block's {@code version} attribute, or null when it has none */
    public PolicyDocumentBlockEditor(SourceFile file, HclBlock document, Scalar version) {
        this.file = file;
        this.document = document;
        this.version = version;
    }

    @Override
    public Optional<List<TextEdit>> addStatement(StatementSpec spec) {
        String nl = Layout.lineBreak(file);
        List<HclBlock> statements = document.body().blocks("statement");
        String indent;
        String unit;
        io.ccmlint.core.source.Span at;
        String prefix;
        if (statements.isEmpty()) {
            String outer = Layout.lineIndent(file, document.span().start());
            indent = outer + "  ";
            unit = "  ";
            at = document.closeBraceSpan().atStart();
            prefix = "";
        } else {
            // after the last statement block, separated by a blank line
            HclBlock last = statements.get(statements.size() - 1);
            indent = Layout.lineIndent(file, last.span().start());
            unit = innerUnit(last, indent);
            at = last.span().atEnd();
            prefix = nl + nl + indent;
        }
        List<String[]> kv = new ArrayList<>();
        if (spec.sid() != null) {
            kv.add(new String[] {"sid", Literals.hcl(spec.sid())});
        }
        kv.add(new String[] {"effect", Literals.hcl(spec.effect() == Effect.ALLOW ? "Allow" : "Deny")});
        kv.add(new String[] {"actions", Literals.strings(ScalarStyle.HCL_STRING, spec.actions(), true)});
        kv.add(new String[] {"resources", Literals.strings(ScalarStyle.HCL_STRING, spec.resources(), true)});
        String block = "statement {" + nl + Layout.alignedLines(kv, indent + unit, "=", nl) + nl + indent + "}";
        if (statements.isEmpty()) {
            boolean closeOnOwnLine = !Layout.sameLine(file, document.openBraceSpan().start(), document.closeBraceSpan().start());
            String closeIndent = Layout.lineIndent(file, document.closeBraceSpan().start());
            // before the closing brace: "{ }" becomes "{\n  statement {...}\n}", a brace on its own line keeps it
            String text = closeOnOwnLine ? unit + block + nl + closeIndent : nl + indent + block + nl + closeIndent;
            return Optional.of(List.of(TextEdit.insert(at, text)));
        }
        return Optional.of(List.of(TextEdit.insert(at, prefix + block)));
    }

    /** Sets the {@code version} attribute; without one the provider's default, 2012-10-17, applies. */
    @Override
    public Optional<List<TextEdit>> setVersion(String newVersion) {
        return version == null ? Optional.empty() : ValueEdits.replace(version, newVersion).map(List::of);
    }

    private String innerUnit(HclBlock block, String indent) {
        var items = block.body().items();
        if (!items.isEmpty()) {
            String inner = Layout.indentBefore(file, items.get(0).span().start());
            if (inner != null && inner.length() > indent.length() && inner.startsWith(indent)) {
                return inner.substring(indent.length());
            }
        }
        return "  ";
    }
}
