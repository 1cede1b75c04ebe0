package io.ccmlint.cli.lsp;

import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.fix.FixPlan;
import io.ccmlint.core.rule.Finding;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * The code actions on a range of a linted file: each fix of a finding there as a quick fix (safe
 * ones first, unsafe ones titled so), "fix all safe fixes in this file" (the fixes {@code fix}
 * would apply in one pass: {@link FixPlan}), and "suppress with a reason" where the file has comments.
 */
final class CodeActions {
    static final String FIX_ALL = "source.fixAll.ccm-lint";

    private CodeActions() {
    }

    /**
     * @param uri the document's URI as the editor named it (edits of this file use it)
     * @param path the document's path
     */
    static List<CodeAction> on(String uri, Path path, Range range, LintSession.Linted linted, LocalDate today) {
        List<Finding> here = linted.findings().stream().filter(f -> Positions.meet(Positions.range(f.span()), range)).toList();
        List<CodeAction> safe = new ArrayList<>();
        List<CodeAction> unsafe = new ArrayList<>();
        List<CodeAction> suppress = new ArrayList<>();
        for (Finding f : here) {
            Diagnostic d = FindingDiagnostics.of(f, linted.docsBaseUrl());
            Fix fix = f.fix();
            if (fix != null) {
                CodeAction a = action(f.ruleId() + ": " + fix.description() + (fix.safe() ? "" : " (unsafe)"),
                        CodeActionKind.QuickFix, edit(uri, path, fix.edits()), d);
                a.setIsPreferred(fix.safe());
                (fix.safe() ? safe : unsafe).add(a);
            }
            TextEdit comment = SuppressComment.edit(f, linted.workspace(), today);
            if (comment != null) {
                suppress.add(action("Suppress " + f.ruleId() + " on this line (write the reason)", CodeActionKind.QuickFix,
                        new WorkspaceEdit(Map.of(uri, List.of(comment))), d));
            }
        }
        List<CodeAction> out = new ArrayList<>(safe);
        out.addAll(unsafe);
        FixPlan all = FixPlan.of(linted.findings(), false, f -> true);
        if (!all.isEmpty()) {
            List<io.ccmlint.core.fix.TextEdit> edits = new ArrayList<>();
            all.applied().forEach(f -> edits.addAll(f.fix().edits()));
            out.add(action("Fix all safe ccm-lint findings in this file (" + all.applied().size() + ")", FIX_ALL,
                    edit(uri, path, edits), null));
        }
        out.addAll(suppress);
        return out;
    }

    private static CodeAction action(String title, String kind, WorkspaceEdit edit, Diagnostic d) {
        CodeAction a = new CodeAction(title);
        a.setKind(kind);
        a.setEdit(edit);
        if (d != null) {
            a.setDiagnostics(List.of(d));
        }
        return a;
    }

    /** A fix's edits by file: the open document under the editor's URI, any other file under its own. */
    private static WorkspaceEdit edit(String uri, Path path, List<io.ccmlint.core.fix.TextEdit> edits) {
        Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
        for (io.ccmlint.core.fix.TextEdit e : edits) {
            Path p = e.span().file().path().toAbsolutePath().normalize();
            String u = p.equals(path) ? uri : OpenDocuments.uri(p);
            changes.computeIfAbsent(u, k -> new ArrayList<>()).add(new TextEdit(Positions.range(e.span()), e.replacement()));
        }
        return new WorkspaceEdit(changes);
    }
}
