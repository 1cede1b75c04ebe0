package io.ccmlint.cli;

import io.ccmlint.core.Version;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
     * The subcommands' names, in the order the help lists them. Picocli reads a command's
     * annotations when it is added (some 10 ms each): a run adds only the one it names, the help
     * needs them all.
     */
    static final List<String> SUBCOMMANDS = List.of("check", "fix", "rules", "explain", "docs", "render", "lsp",
            "explain-access");

    /** A new subcommand (a switch, not a map of constructor references: each of those is linked at start-up). */
    private static Object subcommand(String name) {
        return switch (name) {
            case "check" -> new CheckCommand();
            case "fix" -> new FixCommand();
            case "rules" -> new RulesCommand();
            case "explain" -> new ExplainCommand();
            case "docs" -> new DocsCommand();
            case "render" -> new RenderCommand();
            case "lsp" -> new LspCommand();
            case "explain-access" -> new ExplainAccessCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
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
        if (args.length > 0 && SUBCOMMANDS.contains(args[0])) {
            // picocli reads a first argument that names a subcommand as that one; the rest is its own
            cl.addSubcommand(args[0], subcommand(args[0]));
        } else {
            for (String name : SUBCOMMANDS) {
                cl.addSubcommand(name, subcommand(name));
            }
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
