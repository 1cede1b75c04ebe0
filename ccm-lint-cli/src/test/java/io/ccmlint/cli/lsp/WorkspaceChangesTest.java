package io.ccmlint.cli.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowDocumentCapabilities;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What changes besides the open buffer's text: a related file edited in the editor or on disk
 * (the watcher the server registers), a configuration changed on disk, a workspace folder added,
 * and the suppression's reason put under the cursor where the client can.
 */
class WorkspaceChangesTest {
    @TempDir
    Path dir;

    /** Admits only argocd-server; both service accounts below use its role (CCM302's example). */
    static final String TRUST = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n"
            + "      \"Principal\": {\"Federated\": \"arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/5E1C2B7A9D3F4E6A8B0C1D2E3F4A5B6C\"},\n"
            + "      \"Action\": \"sts:AssumeRoleWithWebIdentity\",\n      \"Condition\": {\"StringEquals\": {\n"
            + "        \"oidc.eks.us-east-1.amazonaws.com/id/5E1C2B7A9D3F4E6A8B0C1D2E3F4A5B6C:aud\": \"sts.amazonaws.com\",\n"
            + "        \"oidc.eks.us-east-1.amazonaws.com/id/5E1C2B7A9D3F4E6A8B0C1D2E3F4A5B6C:sub\": \"system:serviceaccount:argocd:argocd-server\"\n"
            + "      }}\n    }\n  ]\n}\n";
    static final String TRUST_BOTH = TRUST.replace("\"system:serviceaccount:argocd:argocd-server\"",
            "[\"system:serviceaccount:argocd:argocd-server\", \"system:serviceaccount:argocd:argocd-application-controller\"]");
    static final String ACCOUNTS = "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: argocd-server\n"
            + "  namespace: argocd\n  annotations:\n    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/GitOpsAgent\n"
            + "---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: argocd-application-controller\n  namespace: argocd\n"
            + "  annotations:\n    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/GitOpsAgent\n";
    private static final String NO_VERSION_YAML = "Statement:\n  - Effect: Allow\n    Action: s3:GetObject\n"
            + "    Resource: arn:aws:s3:::artifacts/*\n";

    @Test
    void editingATrustPolicyRechecksTheServiceAccountsThatUseItsRole() throws Exception {
        Path trust = Files.writeString(dir.resolve("GitOpsAgent.json"), TRUST);
        Path accounts = Files.writeString(dir.resolve("service-accounts.yaml"), ACCOUNTS);
        try (LspClient c = new LspClient()) {
            initialize(c, new ClientCapabilities(), dir);
            open(c, accounts, "yaml", ACCOUNTS);
            PublishDiagnosticsParams before = c.next(uri(accounts));
            assertThat(codes(before)).containsExactly("CCM302");
            assertThat(before.getDiagnostics().get(0).getRange().getStart().getLine()).isEqualTo(14);

            open(c, trust, "json", TRUST);
            assertThat(codes(c.next(uri(accounts)))).containsExactly("CCM302");
            change(c, trust, 2, TRUST_BOTH); // the role now admits both: the other file's finding goes
            assertThat(c.next(uri(accounts)).getDiagnostics()).isEmpty();
            change(c, trust, 3, TRUST);
            assertThat(codes(c.next(uri(accounts)))).containsExactly("CCM302");
        }
    }

    @Test
    void theServerWatchesFilesWhereTheClientCanAndLintsAgainWhenOneChangesOnDisk() throws Exception {
        Path accounts = Files.writeString(dir.resolve("service-accounts.yaml"), ACCOUNTS);
        try (LspClient c = new LspClient()) {
            ClientCapabilities caps = new ClientCapabilities();
            WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
            ws.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
            caps.setWorkspace(ws);
            initialize(c, caps, dir);
            var registration = c.registered.poll(30, TimeUnit.SECONDS).getRegistrations().get(0);
            assertThat(registration.getMethod()).isEqualTo("workspace/didChangeWatchedFiles");
            var watchers = ((com.google.gson.JsonObject) registration.getRegisterOptions()).getAsJsonArray("watchers");
            List<String> globs = new java.util.ArrayList<>();
            watchers.forEach(w -> globs.add(w.getAsJsonObject().get("globPattern").getAsString()));
            assertThat(globs).contains("**/*.{json,yaml,yml,tf,tfvars,tpl}", "**/.ccm-lint.{yml,yaml}", "**/.gitignore");

            open(c, accounts, "yaml", ACCOUNTS);
            assertThat(c.next(uri(accounts)).getDiagnostics()).isEmpty(); // no trust policy of the role in sight

            Path trust = Files.writeString(dir.resolve("GitOpsAgent.json"), TRUST); // e.g. a branch checked out
            watched(c, trust, FileChangeType.Created);
            assertThat(codes(c.next(uri(accounts)))).containsExactly("CCM302");

            Files.writeString(trust, TRUST_BOTH);
            watched(c, trust, FileChangeType.Changed);
            assertThat(c.next(uri(accounts)).getDiagnostics()).isEmpty();

            Files.writeString(trust, TRUST);
            watched(c, trust, FileChangeType.Changed);
            assertThat(codes(c.next(uri(accounts)))).containsExactly("CCM302");
            Files.delete(trust);
            watched(c, trust, FileChangeType.Deleted);
            assertThat(c.next(uri(accounts)).getDiagnostics()).isEmpty();
        }
    }

    @Test
    void whereTheClientCannotWatchTheServerWatchesTheFoldersItself() throws Exception {
        try (var probe = java.nio.file.FileSystems.getDefault().newWatchService()) {
            dir.register(probe, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE);
        } catch (java.io.IOException | UnsupportedOperationException none) { // e.g. the system's inotify instances used up
            org.junit.jupiter.api.Assumptions.abort("no file watching here: " + none);
        }
        Path accounts = Files.writeString(Files.createDirectories(dir.resolve("k8s")).resolve("service-accounts.yaml"), ACCOUNTS);
        try (LspClient c = new LspClient()) {
            initialize(c, new ClientCapabilities(), dir); // Neovim 0.7: no watcher of its own
            open(c, accounts, "yaml", ACCOUNTS);
            assertThat(c.next(uri(accounts)).getDiagnostics()).isEmpty();
            assertThat(c.registered).isEmpty();

            Path iam = Files.createDirectories(dir.resolve("iam")); // a new folder, then a file in it: no notification at all
            Path trust = Files.writeString(iam.resolve("GitOpsAgent.json"), TRUST);
            assertThat(codes(nextWith(c, accounts, "CCM302"))).containsExactly("CCM302");
            Files.writeString(trust, TRUST_BOTH);
            assertThat(nextWith(c, accounts, null).getDiagnostics()).isEmpty();
        }
    }

    /** The next diagnostics of the file that hold {@code code} (null: none at all); a burst of changes on disk may lint more than once. */
    private static PublishDiagnosticsParams nextWith(LspClient c, Path file, String code) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < until) {
            PublishDiagnosticsParams p = c.next(uri(file));
            if (code == null ? p.getDiagnostics().isEmpty() : codes(p).contains(code)) {
                return p;
            }
        }
        throw new AssertionError("no diagnostics " + (code == null ? "without findings" : "with " + code) + " within 30 s");
    }

    @Test
    void aConfigurationChangedOnDiskIsReadAgain() throws Exception {
        Path config = Files.writeString(dir.resolve(".ccm-lint.yml"), "rules: {}\n");
        Path policy = Files.writeString(dir.resolve("policy.yaml"), NO_VERSION_YAML);
        try (LspClient c = new LspClient()) {
            initialize(c, new ClientCapabilities(), dir);
            open(c, policy, "yaml", NO_VERSION_YAML);
            assertThat(codes(c.next(uri(policy)))).containsExactly("CCM108");
            Files.writeString(config, "rules:\n  CCM108: off\n");
            watched(c, config, FileChangeType.Changed);
            assertThat(c.next(uri(policy)).getDiagnostics()).isEmpty();
        }
    }

    @Test
    void aWorkspaceFolderAddedBringsItsFilesIntoTheCrossFileRules() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.writeString(repo.resolve("GitOpsAgent.json"), TRUST);
        Path accounts = Files.writeString(repo.resolve("service-accounts.yaml"), ACCOUNTS);
        try (LspClient c = new LspClient()) {
            initialize(c, new ClientCapabilities(), other);
            open(c, accounts, "yaml", ACCOUNTS);
            assertThat(c.next(uri(accounts)).getDiagnostics()).isEmpty(); // outside the folders: linted alone
            c.server.getWorkspaceService().didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(
                    new WorkspaceFoldersChangeEvent(List.of(new WorkspaceFolder(LspClient.uri(repo), "repo")), List.of())));
            assertThat(codes(c.next(uri(accounts)))).containsExactly("CCM302");
            c.server.getWorkspaceService().didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(
                    new WorkspaceFoldersChangeEvent(List.of(), List.of(new WorkspaceFolder(LspClient.uri(repo), "repo")))));
            assertThat(c.next(uri(accounts)).getDiagnostics()).isEmpty();
        }
    }

    @Test
    void theSuppressionsReasonIsASnippetWhereTheClientTakesOne() throws Exception {
        Path policy = Files.writeString(dir.resolve("policy.yaml"), NO_VERSION_YAML);
        try (LspClient c = new LspClient()) {
            ClientCapabilities caps = new ClientCapabilities();
            WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
            WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
            edits.setDocumentChanges(true);
            edits.setSnippetEditSupport(true);
            ws.setWorkspaceEdit(edits);
            caps.setWorkspace(ws);
            initialize(c, caps, dir);
            open(c, policy, "yaml", NO_VERSION_YAML);
            CodeAction suppress = suppress(c, policy, c.next(uri(policy)).getDiagnostics().get(0));
            var edit = suppress.getEdit().getDocumentChanges().get(0).getLeft();
            assertThat(edit.getTextDocument().getUri()).isEqualTo(uri(policy));
            assertThat(edit.getTextDocument().getVersion()).isEqualTo(1);
            SnippetTextEdit snippet = edit.getEdits().get(0).getRight();
            assertThat(snippet.getSnippet().getKind()).isEqualTo("snippet");
            assertThat(snippet.getSnippet().getValue()).isEqualTo("# ccm-lint:disable=CCM108 reason=\"$1\" until=2026-04-10\n");
            assertThat(snippet.getRange()).isEqualTo(new Range(new Position(0, 0), new Position(0, 0)));
            assertThat(suppress.getCommand()).isNull();
        }
    }

    @Test
    void elseTheCursorIsPutInTheReasonByShowingTheDocument() throws Exception {
        String indented = "Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n"
                + "        Statement:\n          - Effect: Allow\n            Action: s3:GetObject\n            Resource: \"*\"\n";
        Path template = Files.writeString(dir.resolve("template.yaml"), indented);
        try (LspClient c = new LspClient()) {
            ClientCapabilities caps = new ClientCapabilities();
            WindowClientCapabilities window = new WindowClientCapabilities();
            window.setShowDocument(new ShowDocumentCapabilities(true));
            caps.setWindow(window);
            initialize(c, caps, dir);
            open(c, template, "yaml", indented);
            Diagnostic d = c.next(uri(template)).getDiagnostics().stream()
                    .filter(x -> x.getCode().getLeft().equals("CCM108")).findFirst().orElseThrow();
            CodeAction suppress = suppress(c, template, d);
            String text = LspClient.apply(indented, suppress.getEdit().getChanges().get(uri(template)));
            int line = d.getRange().getStart().getLine(); // the directive's line once inserted
            String directive = text.split("\n")[line];
            assertThat(directive).startsWith("        # ccm-lint:disable=CCM108 reason=\"\" until=");

            assertThat(suppress.getCommand().getCommand()).isEqualTo(CodeActions.WRITE_REASON);
            c.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(suppress.getCommand().getCommand(),
                    suppress.getCommand().getArguments())).get(30, TimeUnit.SECONDS);
            ShowDocumentParams shown = c.documentsShown.poll(30, TimeUnit.SECONDS);
            assertThat(shown.getUri()).isEqualTo(uri(template));
            assertThat(shown.getTakeFocus()).isTrue();
            Position at = shown.getSelection().getStart();
            assertThat(shown.getSelection().getEnd()).isEqualTo(at);
            assertThat(at.getLine()).isEqualTo(line);
            assertThat(directive.substring(0, at.getCharacter())).endsWith("reason=\"");
            assertThat(directive.substring(at.getCharacter())).startsWith("\" until=");
        }
    }

    private static void initialize(LspClient c, ClientCapabilities caps, Path folder) throws Exception {
        InitializeParams init = new InitializeParams();
        init.setCapabilities(caps);
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(LspClient.uri(folder), "ws")));
        c.server.initialize(init).get(30, TimeUnit.SECONDS);
        c.server.initialized(new InitializedParams());
    }

    private static String uri(Path p) {
        return LspClient.uri(p);
    }

    private static void open(LspClient c, Path file, String language, String text) {
        c.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(file), language, 1, text)));
    }

    private static void change(LspClient c, Path file, int version, String text) {
        c.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri(file), version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    private static void watched(LspClient c, Path file, FileChangeType type) {
        c.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(new FileEvent(uri(file), type))));
    }

    private static CodeAction suppress(LspClient c, Path file, Diagnostic d) throws Exception {
        return c.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri(file)),
                        d.getRange(), new CodeActionContext(List.of(d)))).get(30, TimeUnit.SECONDS).stream()
                .map(Either::getRight).filter(a -> a.getTitle().startsWith("Suppress " + d.getCode().getLeft()))
                .findFirst().orElseThrow();
    }

    private static List<String> codes(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
    }
}
