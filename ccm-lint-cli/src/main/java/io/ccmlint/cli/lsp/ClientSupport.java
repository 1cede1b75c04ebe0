package io.ccmlint.cli.lsp;

import org.eclipse.lsp4j.ClientCapabilities;

/**
 * What the editor said it can do ({@code initialize}'s client capabilities), as far as the server
 * uses it: watch files for the server (registered dynamically), snippets in a code action's edit
 * (LSP 3.18 {@code SnippetTextEdit}), and show a document at a selection ({@code window/showDocument}).
 */
record ClientSupport(boolean watchFiles, boolean snippetEdits, boolean showDocument) {
    static final ClientSupport NONE = new ClientSupport(false, false, false);

    static ClientSupport of(ClientCapabilities c) {
        if (c == null) {
            return NONE;
        }
        var ws = c.getWorkspace();
        boolean watch = ws != null && ws.getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(ws.getDidChangeWatchedFiles().getDynamicRegistration());
        boolean snippets = ws != null && ws.getWorkspaceEdit() != null
                && Boolean.TRUE.equals(ws.getWorkspaceEdit().getSnippetEditSupport())
                && Boolean.TRUE.equals(ws.getWorkspaceEdit().getDocumentChanges());
        boolean show = c.getWindow() != null && c.getWindow().getShowDocument() != null
                && c.getWindow().getShowDocument().isSupport();
        return new ClientSupport(watch, snippets, show);
    }
}
