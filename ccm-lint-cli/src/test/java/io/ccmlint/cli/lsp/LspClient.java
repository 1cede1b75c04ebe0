package io.ccmlint.cli.lsp;

import io.ccmlint.core.engine.RuleRegistry;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.ShowDocumentResult;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/** LSP4J's own client side, talking JSON-RPC to a {@link CcmLintServer} over piped streams, as an editor would over stdio. */
final class LspClient implements LanguageClient, AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-10T12:00:00Z"), ZoneOffset.UTC);

    final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final BlockingQueue<MessageParams> shown = new LinkedBlockingQueue<>();
    final BlockingQueue<MessageParams> logged = new LinkedBlockingQueue<>();
    final BlockingQueue<RegistrationParams> registered = new LinkedBlockingQueue<>();
    final BlockingQueue<ShowDocumentParams> documentsShown = new LinkedBlockingQueue<>();
    final LanguageServer server;
    private final java.util.concurrent.Future<Void> serverListening;
    private final java.util.concurrent.Future<Void> clientListening;

    /** Raw bytes to the server, as a broken client would send them. */
    final java.io.OutputStream toServer;

    LspClient() throws IOException {
        this(RuleRegistry.discover(CcmLintServer.class.getClassLoader()));
    }

    LspClient(RuleRegistry rules) throws IOException {
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        toServer = clientOut;
        CcmLintServer impl = new CcmLintServer(new ServerSettings(null, null, false, 20, CLOCK), rules);
        var serverLauncher = LSPLauncher.createServerLauncher(impl, serverIn, serverOut);
        impl.connect(serverLauncher.getRemoteProxy());
        serverListening = serverLauncher.startListening();
        var clientLauncher = LSPLauncher.createClientLauncher(this, clientIn, clientOut);
        server = clientLauncher.getRemoteProxy();
        clientListening = clientLauncher.startListening();
    }

    /** The next diagnostics published for {@code uri} (others are dropped). */
    PublishDiagnosticsParams next(String uri) throws InterruptedException {
        while (true) {
            PublishDiagnosticsParams p = diagnostics.poll(30, TimeUnit.SECONDS);
            if (p == null) {
                throw new AssertionError("no diagnostics for " + uri + " within 30 s");
            }
            if (p.getUri().equals(uri)) {
                return p;
            }
        }
    }

    static String uri(Path p) {
        return p.toAbsolutePath().normalize().toUri().toString();
    }

    /** Applies LSP edits (0-based lines, UTF-16 characters) to a text, last first. */
    static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new java.util.ArrayList<>(edits);
        sorted.sort((a, b) -> Positions.compare(b.getRange().getStart(), a.getRange().getStart()));
        StringBuilder b = new StringBuilder(text);
        for (TextEdit e : sorted) {
            b.replace(offset(text, e.getRange().getStart()), offset(text, e.getRange().getEnd()), e.getNewText());
        }
        return b.toString();
    }

    private static int offset(String text, org.eclipse.lsp4j.Position p) {
        int at = 0;
        for (int line = 0; line < p.getLine(); line++) {
            at = text.indexOf('\n', at) + 1;
        }
        return at + p.getCharacter();
    }

    @Override
    public void close() throws Exception {
        serverListening.cancel(true);
        clientListening.cancel(true);
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams d) {
        diagnostics.add(d);
    }

    @Override
    public void showMessage(MessageParams m) {
        shown.add(m);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams m) {
        logged.add(m);
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        registered.add(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<ShowDocumentResult> showDocument(ShowDocumentParams params) {
        documentsShown.add(params);
        return CompletableFuture.completedFuture(new ShowDocumentResult(true));
    }
}
