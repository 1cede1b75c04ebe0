package io.ccmlint.cli;

import io.ccmlint.core.Version;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * The {@code ccm-lint} command: the first argument names a {@link Subcommand}, Apache Commons CLI
 * parses the rest against its options. Exit codes: 0 clean, 1 findings at or above --fail-on, 2
 * usage, configuration or internal error.
 */
public final class Main {
    public static final int CLEAN = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;

    /** The subcommands' names, in the order the help lists them (a run makes only the one it names). */
    static final List<String> SUBCOMMANDS = List.of("check", "fix", "rules", "explain", "docs", "render", "lsp",
            "explain-access");

    private Main() {
    }

    /** A new subcommand, or null for a name that is none. */
    static Subcommand subcommand(String name) {
        return switch (name) {
            case "check" -> new CheckCommand();
            case "fix" -> new FixCommand();
            case "rules" -> new RulesCommand();
            case "explain" -> new ExplainCommand();
            case "docs" -> new DocsCommand();
            case "render" -> new RenderCommand();
            case "lsp" -> new LspCommand();
            case "explain-access" -> new ExplainAccessCommand();
            default -> null;
        };
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return dispatch(args, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int dispatch(String[] args, PrintWriter out, PrintWriter err) {
        String first = args.length == 0 ? "--help" : args[0];
        if (first.equals("-h") || first.equals("--help")) {
            Usage.root(SUBCOMMANDS.stream().map(Main::subcommand).toList(), out);
            return CLEAN;
        }
        if (first.equals("-V") || first.equals("--version")) {
            return version(out);
        }
        Subcommand command = subcommand(first);
        if (command == null) {
            return usageError(null, (first.startsWith("-") ? "unknown option '" : "unknown command '") + first
                    + "' (commands: " + String.join(", ", SUBCOMMANDS) + ")", err);
        }
        Options options = Usage.withStandard(command.options());
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        String singleDash = singleDashLongOption(rest, options);
        if (singleDash != null) {
            return usageError(command.name(), "unknown option '" + singleDash + "' (a long option takes two dashes)", err);
        }
        CommandLine line;
        try {
            // no abbreviations: --fail must not silently mean --fail-on
            line = DefaultParser.builder().setAllowPartialMatching(false).get()
                    .parse(options, rest);
        } catch (ParseException e) {
            return usageError(command.name(), Usage.describe(e), err);
        }
        if (line.hasOption(Usage.HELP)) {
            Usage.of(command, options, out);
            return CLEAN;
        }
        if (line.hasOption(Usage.VERSION)) {
            return version(out);
        }
        try {
            return command.run(line, out, err);
        } catch (UsageError e) {
            return usageError(command.name(), e.getMessage(), err);
        } catch (Exception e) {
            boolean debug = line.hasOption("debug");
            if (debug) {
                e.printStackTrace(err);
            }
            err.println("ccm-lint: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
            return USAGE;
        }
    }

    /**
     * The first argument that names a long option after a single dash ({@code -strict},
     * {@code -format=json}), or null: the parser would take it as that option, picocli did not,
     * and {@code -f} and {@code -fjson} must stay what they are.
     */
    private static String singleDashLongOption(String[] args, Options options) {
        for (String a : args) {
            if (a.equals("--")) {
                return null;
            }
            if (a.length() > 2 && a.charAt(0) == '-' && a.charAt(1) != '-') {
                int equals = a.indexOf('=');
                if (options.hasLongOption(a.substring(1, equals < 0 ? a.length() : equals))) {
                    return a;
                }
            }
        }
        return null;
    }

    private static int version(PrintWriter out) {
        out.println("ccm-lint " + Version.get());
        return CLEAN;
    }

    private static int usageError(String command, String message, PrintWriter err) {
        err.println("ccm-lint: " + message);
        err.println("Try 'ccm-lint " + (command == null ? "" : command + " ") + "--help' for usage.");
        return USAGE;
    }
}
