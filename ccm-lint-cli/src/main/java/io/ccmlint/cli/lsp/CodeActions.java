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
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.StringValue;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The code actions on a range of a linted file: each fix of a finding there as a quick fix (safe
 * ones first, unsafe ones titled so), "fix all safe fixes in this file" (the fixes {@code fix}
 * would apply in one pass: {@link FixPlan}), and "suppress with a reason" where the file has comments
 * (the cursor put in the reason when the editor can).
 */
final class CodeActions {
    static final String FIX_ALL = "source.fixAll.ccm-lint";
    /** The command that puts the cursor in a suppression's empty reason ({@code window/showDocument}); arguments: URI, line, character. */
    static final String WRITE_REASON = "ccm-lint.writeReason";

    private CodeActions() {
    }

    /**
     * @param uri the document's URI as the editor named it (edits of this file use it)
     * @param path the document's path
     * @param client what the editor can do: a snippet puts the cursor in the suppression's reason, else a command that shows it
     */
    static List<CodeAction> on(String uri, Path path, Range range, LintSession.Linted linted, LocalDate today,
                               ClientSupport client) {
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
            SuppressComment.Directive comment = SuppressComment.directive(f, linted.workspace(), today);
            if (comment != null) {
                suppress.add(suppress(uri, f, comment, linted.version(), d, client));
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

    /**
     * Inserts the directive with the cursor in its empty reason: as a snippet where the editor
     * takes one in a code action's edit (LSP 3.18), else as text followed by a command that shows
     * the document there ({@code window/showDocument}), else as text only.
     */
    private static CodeAction suppress(String uri, Finding f, SuppressComment.Directive comment, int version, Diagnostic d,
                                       ClientSupport client) {
        String title = "Suppress " + f.ruleId() + " on this line (write the reason)";
        if (client.snippetEdits()) {
            StringValue snippet = new StringValue();
            snippet.setKind("snippet");
            snippet.setValue(comment.snippet());
            TextDocumentEdit edit = new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, version),
                    List.of(Either.forRight(new SnippetTextEdit(comment.at(), snippet))));
            return action(title, CodeActionKind.QuickFix, new WorkspaceEdit(List.of(Either.forLeft(edit))), d);
        }
        CodeAction a = action(title, CodeActionKind.QuickFix, new WorkspaceEdit(Map.of(uri, List.of(comment.edit()))), d);
        if (client.showDocument()) {
            Position reason = comment.reason();
            a.setCommand(new Command("Write the reason", WRITE_REASON, List.of(uri, reason.getLine(), reason.getCharacter())));
        }
        return a;
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
