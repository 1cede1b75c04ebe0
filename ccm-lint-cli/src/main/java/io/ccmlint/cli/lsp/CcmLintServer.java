package io.ccmlint.cli.lsp;

import io.ccmlint.core.Version;
import io.ccmlint.core.config.ConfigLoader;
import io.ccmlint.core.engine.RuleRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WatchKind;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * {@code ccm-lint lsp}: diagnostics on open, change (debounced), save and changes on disk (a
 * watcher the editor registers for the server), quick fixes, suppress with a reason, and rule
 * help on hover. Lints run one at a time on one thread, so a burst of
 * typing costs one lint; a rule that crashes or a configuration that cannot be read is said to the
 * client (window/logMessage, and window/showMessage once per distinct problem) and the server goes on.
 */
public final class CcmLintServer implements LanguageServer, LanguageClientAware, TextDocumentService, WorkspaceService {
    /** {@code -Dccmlint.timing}: each lint's phases, and here what the server adds (docs/performance.md). */
    private static final boolean TIMING = System.getProperty("ccmlint.timing") != null;
    private final LintSession session;
    private final OpenDocuments docs = new OpenDocuments();
    private final ScheduledExecutorService linting = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ccm-lint-lsp-lint");
        t.setDaemon(true);
        return t;
    });
    private final Map<Path, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final Set<String> told = ConcurrentHashMap.newKeySet();
    private volatile LanguageClient client;
    private volatile ClientSupport clientSupport = ClientSupport.NONE;
    /** The server's own watch of the folders, when the editor cannot watch for it; null when it does, or none could be set. */
    private FolderWatcher ownWatch;
    /** The editor watches files for the server (its watcher registered). */
    private volatile boolean editorWatches;
    private volatile boolean shutdown;
    private volatile java.util.function.IntConsumer onExit = code -> { };

    public CcmLintServer(ServerSettings settings, RuleRegistry rules) {
        this.session = new LintSession(settings, rules);
    }

    public static CcmLintServer withDefaults() {
        return new CcmLintServer(ServerSettings.defaults(), RuleRegistry.discover(CcmLintServer.class.getClassLoader()));
    }

    @Override
    public void connect(LanguageClient c) {
        client = c;
    }

    @Override
    @SuppressWarnings("deprecation") // rootUri: clients older than workspace folders send only it
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        List<Path> folders = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder f : params.getWorkspaceFolders()) {
                addFolder(folders, f.getUri());
            }
        }
        if (folders.isEmpty() && params.getRootUri() != null) {
            addFolder(folders, params.getRootUri());
        }
        session.workspaceFolders(folders);
        clientSupport = ClientSupport.of(params.getCapabilities());
        ServerCapabilities caps = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Full);
        sync.setSave(new SaveOptions(false));
        caps.setTextDocumentSync(sync);
        caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActions.FIX_ALL)));
        caps.setHoverProvider(true);
        caps.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(CodeActions.WRITE_REASON)));
        WorkspaceFoldersOptions folderChanges = new WorkspaceFoldersOptions();
        folderChanges.setSupported(true);
        folderChanges.setChangeNotifications(true);
        caps.setWorkspace(new WorkspaceServerCapabilities(folderChanges));
        return CompletableFuture.completedFuture(new InitializeResult(caps, new ServerInfo("ccm-lint", Version.get())));
    }

    private static void addFolder(List<Path> folders, String uri) {
        Path p = OpenDocuments.path(uri);
        if (p != null) {
            folders.add(p);
        }
    }

    /**
     * Asks the editor to watch the files a lint reads, when it can; else (or when it refuses) the
     * server watches the folders itself. Either way a change on disk lints again, and a lint
     * reads only what changed.
     */
    @Override
    public void initialized(InitializedParams params) {
        LanguageClient c = client;
        if (c == null || !clientSupport.watchFiles()) {
            watchFolders();
            return;
        }
        List<FileSystemWatcher> watchers = new ArrayList<>(List.of(
                new FileSystemWatcher(Either.forLeft("**/*.{json,yaml,yml,tf,tfvars,tpl}")),
                new FileSystemWatcher(Either.forLeft("**/.ccm-lint.{yml,yaml}")),
                new FileSystemWatcher(Either.forLeft("**/.gitignore")),
                new FileSystemWatcher(Either.forLeft("**/*"), WatchKind.Delete))); // a folder deleted
        if (session.settings().baseline() != null) {
            watchers.add(new FileSystemWatcher(Either.forLeft(session.settings().baseline().toAbsolutePath().normalize().toString())));
        }
        Registration watch = new Registration("ccm-lint-files", "workspace/didChangeWatchedFiles",
                new DidChangeWatchedFilesRegistrationOptions(watchers));
        try {
            c.registerCapability(new RegistrationParams(List.of(watch))).whenComplete((ok, refused) -> {
                if (refused == null) {
                    editorWatches = true;
                    session.watched(true);
                } else {
                    watchFolders();
                }
            });
        } catch (RuntimeException refused) { // a client that says it can but has no such method
            watchFolders();
        }
    }

    /** (Re)starts the server's own watch of the workspace folders, unless the editor watches. */
    private synchronized void watchFolders() {
        if (ownWatch != null) {
            ownWatch.close();
            ownWatch = null;
        }
        if (editorWatches || shutdown || session.workspaceFolders().isEmpty() || !session.settings().watchFolders()) {
            session.watched(editorWatches);
            return;
        }
        try {
            ownWatch = new FolderWatcher(session.workspaceFolders(), this::changedOnDisk);
            session.watched(true);
        } catch (IOException | RuntimeException e) {
            session.watched(false); // correct still: every lint walks the folders and takes the workspace as changed
            LanguageClient c = client;
            if (c != null) {
                c.logMessage(new MessageParams(MessageType.Info, "ccm-lint: cannot watch the workspace folders (" + e
                        + "): files changed outside the editor are seen at the next edit"));
            }
        }
    }

    private synchronized void stopWatching() {
        if (ownWatch != null) {
            ownWatch.close();
            ownWatch = null;
        }
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        linting.shutdownNow();
        stopWatching();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        linting.shutdownNow();
        stopWatching();
        onExit.accept(shutdown ? 0 : 1); // the protocol's exit codes: 1 when exit came without shutdown
    }

    /** What {@code exit} does after stopping the lints: the command line ends the process with the code. */
    public void onExit(java.util.function.IntConsumer exit) {
        onExit = exit;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return this;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return this;
    }

    // --- documents

    @Override
    public void didOpen(DidOpenTextDocumentParams p) {
        opened(p.getTextDocument().getUri(), p.getTextDocument().getText(), p.getTextDocument().getVersion(), 0);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams p) {
        List<TextDocumentContentChangeEvent> changes = p.getContentChanges();
        if (changes.isEmpty()) {
            return;
        }
        // full sync: the last change holds the whole text
        opened(p.getTextDocument().getUri(), changes.get(changes.size() - 1).getText(), p.getTextDocument().getVersion(),
                session.settings().debounceMillis());
    }

    @Override
    public void didSave(DidSaveTextDocumentParams p) {
        Path path = OpenDocuments.path(p.getTextDocument().getUri());
        if (path == null) {
            return;
        }
        if (ConfigLoader.NAMES.contains(path.getFileName().toString())) {
            configChanged();
            return;
        }
        schedule(session.rootOf(path), 0);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams p) {
        String uri = p.getTextDocument().getUri();
        Path path = OpenDocuments.path(uri);
        if (path != null) {
            docs.remove(path);
            session.closed(path);
        }
        publish(uri, List.of());
    }

    private void opened(String uri, String text, int version, long delayMillis) {
        Path path = OpenDocuments.path(uri);
        if (path == null) {
            return;
        }
        docs.put(new OpenDocuments.Doc(uri, path, text, version));
        schedule(session.rootOf(path), delayMillis);
    }

    /** A configuration or the baseline changed: every linter is made again, every folder with open files linted. */
    private void configChanged() {
        session.forgetLinters();
        told.clear();
        lintOpenFolders(0);
    }

    /** Lints every folder that has open files (after the delay: what changed on disk comes in bursts). */
    private void lintOpenFolders(long delayMillis) {
        docs.paths().stream().map(session::rootOf).distinct().forEach(root -> schedule(root, delayMillis));
    }

    /** Lints {@code root} after the delay, replacing a lint of it not yet started (typing debounced). */
    private void schedule(Path root, long delayMillis) {
        if (shutdown) {
            return;
        }
        ScheduledFuture<?> next = linting.schedule(() -> lintNow(root), delayMillis, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> before = pending.put(root, next);
        if (before != null) {
            before.cancel(false);
        }
    }

    private void lintNow(Path root) {
        long start = System.nanoTime();
        try {
            Map<Path, OpenDocuments.Doc> open = docs.below(root);
            if (open.isEmpty()) {
                return;
            }
            LintSession.Outcome o = session.lint(root, open);
            long linted = System.nanoTime();
            if (o.configError() != null) {
                tell(MessageType.Error, "ccm-lint: " + o.configError() + " (no findings until it is fixed)");
                open.values().forEach(d -> publish(d.uri(), List.of()));
                return;
            }
            o.internalErrors().forEach(e -> tell(MessageType.Warning, "ccm-lint: " + e));
            o.files().forEach((path, l) -> {
                OpenDocuments.Doc d = open.get(path);
                publish(d.uri(), l.findings().stream().map(f -> FindingDiagnostics.of(f, l.docsBaseUrl())).toList());
            });
            if (TIMING) {
                System.err.printf(java.util.Locale.ROOT, "ccm-lint timing: lsp: %.1f ms lint (with its findings by file), %.1f ms publish%n",
                        (linted - start) / 1e6, (System.nanoTime() - linted) / 1e6);
            }
        } catch (RuntimeException | StackOverflowError e) { // a bug of ours: said, and the server goes on
            tell(MessageType.Error, "ccm-lint: internal error while linting " + root + ": " + e);
        }
    }

    private void publish(String uri, List<Diagnostic> diagnostics) {
        LanguageClient c = client;
        if (c != null) {
            c.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics));
        }
    }

    /** Logs to the client every time, and shows a problem once until it changes. */
    private void tell(MessageType type, String message) {
        LanguageClient c = client;
        if (c == null) {
            return;
        }
        c.logMessage(new MessageParams(type, message));
        if (told.add(message)) {
            c.showMessage(new MessageParams(type, message));
        }
    }

    // --- requests on a linted document

    /** The findings of the document as it is now, or null when it changed since its last lint (the client asks again). */
    private LintSession.Linted current(String uri) {
        Path path = OpenDocuments.path(uri);
        OpenDocuments.Doc d = docs.get(path);
        LintSession.Linted l = session.last(path);
        return d != null && l != null && l.version() == d.version() ? l : null;
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams p) {
        String uri = p.getTextDocument().getUri();
        LintSession.Linted l = current(uri);
        if (l == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        List<String> only = p.getContext() == null ? null : p.getContext().getOnly();
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        for (CodeAction a : CodeActions.on(uri, OpenDocuments.path(uri), p.getRange(), l, today(), clientSupport)) {
            if (only == null || only.isEmpty() || only.stream().anyMatch(k -> a.getKind().equals(k) || a.getKind().startsWith(k + "."))) {
                out.add(Either.forRight(a));
            }
        }
        return CompletableFuture.completedFuture(out);
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams p) {
        LintSession.Linted l = current(p.getTextDocument().getUri());
        return CompletableFuture.completedFuture(l == null ? null : RuleHover.at(p.getPosition(), l, today()));
    }

    /** {@link CodeActions#WRITE_REASON}: shows the document with the cursor in the suppression's empty reason. */
    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams p) {
        LanguageClient c = client;
        List<Object> args = p.getArguments();
        if (c == null || !CodeActions.WRITE_REASON.equals(p.getCommand()) || args == null || args.size() != 3) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            Position at = new Position(number(args.get(1)), number(args.get(2)));
            ShowDocumentParams show = new ShowDocumentParams(text(args.get(0)));
            show.setSelection(new Range(at, at));
            show.setTakeFocus(true);
            return c.showDocument(show).thenApply(r -> null);
        } catch (RuntimeException badArguments) {
            return CompletableFuture.completedFuture(null);
        }
    }

    /** A command argument as JSON-RPC delivers it (a Gson element), or as given in-process. */
    private static int number(Object o) {
        return o instanceof com.google.gson.JsonPrimitive j ? j.getAsInt() : ((Number) o).intValue();
    }

    private static String text(Object o) {
        return o instanceof com.google.gson.JsonPrimitive j ? j.getAsString() : (String) o;
    }

    private LocalDate today() {
        return LocalDate.now(session.settings().clock());
    }

    // --- workspace

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
    }

    /**
     * Files changed on disk outside the editor (a branch checked out, a generator run): the
     * folders with open files are linted again. A configuration or the baseline: linters anew.
     */
    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        changedOnDisk(params.getChanges());
    }

    /** What the editor's watcher, or the server's own ({@link FolderWatcher}), saw change. */
    private void changedOnDisk(List<FileEvent> changes) {
        if (shutdown) {
            return;
        }
        boolean config = false;
        Path baseline = session.settings().baseline() == null ? null : session.settings().baseline().toAbsolutePath().normalize();
        boolean relevant = false;
        for (FileEvent e : changes) {
            Path p = OpenDocuments.path(e.getUri());
            if (p == null || p.getFileName() == null || inGitFolder(p)) {
                continue;
            }
            if (ConfigLoader.NAMES.contains(p.getFileName().toString()) || p.equals(baseline)) {
                config = true;
            } else if (mayMatter(p, e.getType())) {
                session.changedOnDisk(p, e.getType() != FileChangeType.Changed);
                relevant = true;
            }
        }
        if (config) {
            configChanged();
        } else if (relevant) {
            lintOpenFolders(session.settings().debounceMillis());
        }
    }

    /**
     * A file a lint may read: of a format ccm-lint reads, a Terraform variables file, a Helm
     * template, a {@code .gitignore}; or a folder created or deleted (what was in it). Not an
     * editor's backup or lock file, a build's output of another kind.
     */
    private static boolean mayMatter(Path p, FileChangeType type) {
        String name = p.getFileName().toString();
        if (io.ccmlint.core.workspace.KindDetector.formatOf(name) != null || name.endsWith(".tfvars") || name.endsWith(".tpl")
                || name.equals(".gitignore")) {
            return true;
        }
        return type != FileChangeType.Changed && (java.nio.file.Files.isDirectory(p) || !java.nio.file.Files.exists(p));
    }

    private static boolean inGitFolder(Path p) {
        for (Path part : p) {
            if (part.toString().equals(".git")) {
                return true;
            }
        }
        return false;
    }

    /** Folders added to or removed from the editor's workspace: each open file is linted with its folder now. */
    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        List<Path> folders = new ArrayList<>(session.workspaceFolders());
        WorkspaceFoldersChangeEvent e = params.getEvent();
        if (e != null && e.getRemoved() != null) {
            e.getRemoved().forEach(f -> folders.remove(OpenDocuments.path(f.getUri())));
        }
        if (e != null && e.getAdded() != null) {
            for (WorkspaceFolder f : e.getAdded()) {
                Path p = OpenDocuments.path(f.getUri());
                if (p != null && !folders.contains(p)) {
                    folders.add(p);
                }
            }
        }
        session.workspaceFolders(folders);
        if (!editorWatches) {
            watchFolders();
        }
        lintOpenFolders(0);
    }
}
