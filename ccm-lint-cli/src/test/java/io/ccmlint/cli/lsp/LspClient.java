package io.ccmlint.cli.lsp;

import io.ccmlint.core.engine.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
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

/** LSP4J's own client side, talking JSON-RPC to a {@link CcmLintServer} over pipes, as an editor would over stdio. */
final class LspClient implements LanguageClient, AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-10T12:00:00Z"), ZoneOffset.UTC);

    final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final BlockingQueue<MessageParams> shown = new LinkedBlockingQueue<>();
    final BlockingQueue<MessageParams> logged = new LinkedBlockingQueue<>();
    final BlockingQueue<RegistrationParams> registered = new LinkedBlockingQueue<>();
    final BlockingQueue<ShowDocumentParams> documentsShown = new LinkedBlockingQueue<>();
    final LanguageServer server;
    private final CcmLintServer impl;
    private final Socket toServerSocket;
    private final Socket serverSide;
    private final java.util.concurrent.Future<Void> serverListening;
    private final java.util.concurrent.Future<Void> clientListening;

    /** Raw bytes to the server, as a broken client would send them. */
    final java.io.OutputStream toServer;

    LspClient() throws IOException {
        this(RuleRegistry.discover(CcmLintServer.class.getClassLoader()));
    }

    LspClient(RuleRegistry rules) throws IOException {
        // a loopback connection, as plain as stdio: java.io's piped streams fail a read once the
        // thread that last wrote has ended ("Write end dead"), and an interrupted thread closes an
        // NIO pipe; the server's lint thread is interrupted, and ends, at shutdown
        try (ServerSocket listening = new ServerSocket(0, 2, InetAddress.getLoopbackAddress())) {
            toServerSocket = new Socket(InetAddress.getLoopbackAddress(), listening.getLocalPort());
            serverSide = listening.accept();
        }
        InputStream serverIn = serverSide.getInputStream();
        OutputStream serverOut = serverSide.getOutputStream();
        InputStream clientIn = toServerSocket.getInputStream();
        OutputStream clientOut = toServerSocket.getOutputStream();
        toServer = clientOut;
        impl = new CcmLintServer(new ServerSettings(null, null, false, 20, CLOCK), rules);
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
        impl.shutdown(); // stops its lints and its watch of the folders
        serverListening.cancel(true);
        toServerSocket.close();
        serverSide.close();
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
