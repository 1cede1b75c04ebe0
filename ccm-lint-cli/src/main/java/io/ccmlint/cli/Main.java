package io.ccmlint.cli;

import io.ccmlint.core.Version;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ccm-lint} command. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or config error. */
@Command(name = "ccm-lint", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Lints the configuration that connects Harness to AWS: IAM policies, trust policies,"
                + " Kubernetes delegates and service accounts, Harness pipelines and connectors, Terraform.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no findings at or above --fail-on", "1:findings at or above --fail-on",
            "2:usage, configuration or internal error"})
public final class Main implements Runnable {
    public static final int CLEAN = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;

    /**
     * The subcommands, in the order the help lists them. Picocli reads a command's annotations when
     * it is added (some 10 ms each): a run adds only the one it names, the help needs them all.
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("check", CheckCommand::new);
        m.put("fix", FixCommand::new);
        m.put("rules", RulesCommand::new);
        m.put("explain", ExplainCommand::new);
        m.put("docs", DocsCommand::new);
        m.put("render", RenderCommand::new);
        m.put("lsp", LspCommand::new);
        m.put("explain-access", ExplainAccessCommand::new);
        return m;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        Supplier<Object> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        if (named != null) { // picocli reads a first argument that names a subcommand as that one; the rest is its own
            cl.addSubcommand(args[0], named.get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("ccm-lint: " + ex.getMessage());
            err.println("Try 'ccm-lint " + (ex.getCommandLine().getCommandName().equals("ccm-lint") ? ""
                    : ex.getCommandLine().getCommandName() + " ") + "--help' for usage.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug")
                    || (parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--debug"));
            if (debug) {
                ex.printStackTrace(err);
            }
            err.println("ccm-lint: internal error: " + ex + (debug ? "" : " (run with --debug for details)"));
            return USAGE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Prints the build's version. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ccm-lint " + Version.get()};
        }
    }
}
