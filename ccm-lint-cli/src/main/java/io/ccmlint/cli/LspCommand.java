package io.ccmlint.cli;

import io.ccmlint.cli.lsp.CcmLintServer;
import io.ccmlint.cli.lsp.ServerSettings;
import io.ccmlint.core.engine.RuleRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.io.PrintWriter;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** {@code ccm-lint lsp}: the language server, speaking LSP over standard input and output. */
final class LspCommand extends Subcommand {
    LspCommand() {
        super("lsp", "Run the language server on standard input and output (for editors: Neovim, VS Code, Emacs, IntelliJ).",
                List.of());
    }

    @Override
    Options options() {
        return new Options()
                .addOption(Args.valued("config", "FILE",
                        "Configuration file (default: the nearest .ccm-lint.yml from each workspace folder upwards)."))
                .addOption(Args.valued("baseline", "FILE", "Hide the findings recorded in FILE, as check --baseline does."))
                .addOption(Args.flag("strict", "Ignore every suppression and the baseline."))
                .addOption(Args.valued("debounce", "MS", "Milliseconds of quiet after a change before linting (default: 300)."))
                .addOption(Args.flag("no-watch", "Never watch the workspace folders from the server (an editor that cannot"
                        + " watch files for it then gets no diagnostics for changes made outside it until the next edit, and"
                        + " every lint walks the folders)."));
    }

    @Override
    int run(CommandLine line, PrintWriter out, PrintWriter err) throws Exception {
        Args.positionals(line, this);
        CcmLintServer server = new CcmLintServer(new ServerSettings(Args.path(line, "config"), Args.path(line, "baseline"),
                Args.isSet(line, "strict"), debounce(line), Clock.systemDefaultZone(),
                !Args.isSet(line, "no-watch")), RuleRegistry.discover(Thread.currentThread().getContextClassLoader()));
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

    /** Milliseconds, 300 when not given; a negative count is none. */
    private static long debounce(CommandLine line) throws UsageError {
        Long ms = Args.number(line, "debounce");
        return ms == null ? 300 : Math.max(0, ms);
    }
}
