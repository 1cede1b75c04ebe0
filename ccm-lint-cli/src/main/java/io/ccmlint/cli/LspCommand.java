package io.ccmlint.cli;

import io.ccmlint.cli.lsp.CcmLintServer;
import io.ccmlint.cli.lsp.ServerSettings;
import io.ccmlint.core.engine.RuleRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ccm-lint lsp}: the language server, speaking LSP over standard input and output. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Run the language server on standard input and output (for editors: Neovim, VS Code, Emacs, IntelliJ).")
final class LspCommand implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: the nearest .ccm-lint.yml from each workspace folder upwards).")
    Path config;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Hide the findings recorded in FILE, as check --baseline does.")
    Path baseline;

    @Option(names = "--strict", description = "Ignore every suppression and the baseline.")
    boolean strict;

    @Option(names = "--debounce", paramLabel = "MS", defaultValue = "300",
            description = "Milliseconds of quiet after a change before linting (default: ${DEFAULT-VALUE}).")
    long debounceMillis;

    @Option(names = "--no-watch", description = "Never watch the workspace folders from the server (an editor that cannot watch"
            + " files for it then gets no diagnostics for changes made outside it until the next edit, and every lint walks the folders).")
    boolean noWatch;

    @Override
    public Integer call() throws Exception {
        CcmLintServer server = new CcmLintServer(new ServerSettings(config, baseline, strict, Math.max(0, debounceMillis),
                Clock.systemDefaultZone(), !noWatch), RuleRegistry.discover(Thread.currentThread().getContextClassLoader()));
        java.io.PrintStream protocol = System.out;
        System.setOut(System.err); // standard output is the protocol's: anything else printed goes to standard error
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, System.in, protocol);
        server.connect(launcher.getRemoteProxy());
        server.onExit(code -> {
            protocol.flush();
            System.exit(code);
        });
        launcher.startListening().get(); // until the client closes the stream (after exit)
        return Main.CLEAN;
    }
}
