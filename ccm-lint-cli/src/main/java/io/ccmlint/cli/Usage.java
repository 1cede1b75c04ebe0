package io.ccmlint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

/** The help texts and the wording of command line errors. */
final class Usage {
    static final Option HELP = Option.builder("h").longOpt("help").desc("Show this help message and exit.").get();
    static final Option VERSION = Option.builder("V").longOpt("version").desc("Print version information and exit.").get();

    private static final String DESCRIPTION = "Lints the configuration that connects Harness to AWS: IAM policies,"
            + " trust policies, Kubernetes delegates and service accounts, Harness pipelines and connectors, Terraform.";
    private static final List<String[]> EXIT_CODES = List.of(
            new String[] {"0", "no findings at or above --fail-on"},
            new String[] {"1", "findings at or above --fail-on"},
            new String[] {"2", "usage, configuration or internal error"});

    /** Help lines are wrapped at this many columns. */
    private static final int WIDTH = 100;

    private Usage() {
    }

    /** The options of a command with help and version added. */
    static Options withStandard(Options options) {
        return options.addOption(HELP).addOption(VERSION);
    }

    /** {@code ccm-lint --help}: the commands and the exit codes. */
    static void root(List<Subcommand> commands, PrintWriter out) {
        out.println("Usage: ccm-lint [-h | -V] COMMAND [ARGS]");
        StringBuilder description = new StringBuilder();
        wrap(DESCRIPTION, 0, description);
        out.print(description);
        out.print(optionsTable(withStandard(new Options())));
        out.println();
        out.println("Commands:");
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0) + 4;
        StringBuilder text = new StringBuilder();
        for (Subcommand c : commands) {
            text.append(pad("  " + c.name(), width));
            wrap(c.description(), width, text);
        }
        text.append("\nExit codes:\n");
        for (String[] code : EXIT_CODES) {
            text.append(pad("  " + code[0], width)).append(code[1]).append('\n');
        }
        out.print(text);
        out.println();
        out.println("Run 'ccm-lint COMMAND --help' for a command's options.");
        out.flush();
    }

    /** {@code ccm-lint check --help}. */
    static void of(Subcommand command, Options options, PrintWriter out) {
        String arguments = command.arguments().stream().map(Subcommand.Argument::synopsis).collect(Collectors.joining(" "));
        out.println("Usage: ccm-lint " + command.name() + " [OPTIONS]" + (arguments.isEmpty() ? "" : " " + arguments));
        StringBuilder description = new StringBuilder();
        wrap(command.description(), 0, description);
        out.print(description);
        if (!command.arguments().isEmpty()) {
            out.println();
            out.println("Arguments:");
            int width = command.arguments().stream().mapToInt(a -> a.synopsis().length()).max().orElse(0) + 4;
            StringBuilder text = new StringBuilder();
            for (Subcommand.Argument a : command.arguments()) {
                text.append(pad("  " + a.synopsis(), width));
                wrap(a.description(), width, text);
            }
            out.print(text);
        }
        out.print(optionsTable(options));
        out.flush();
    }

    /** What went wrong, worded as the rest of ccm-lint's messages. */
    static String describe(ParseException e) {
        if (e instanceof UnrecognizedOptionException u) {
            return "unknown option '" + u.getOption() + "'";
        }
        if (e instanceof MissingArgumentException m) {
            return "option '--" + m.getOption().getLongOpt() + "' needs a value (" + m.getOption().getArgName() + ")";
        }
        return e.getMessage();
    }

    /**
     * The options, one to a line as {@code -f, --format=FORMAT  description}, the description wrapped
     * under itself (the library's own table centres a header and wraps unevenly).
     */
    private static String optionsTable(Options options) {
        List<String> names = new ArrayList<>();
        for (Option o : options.getOptions()) {
            String name = (o.getOpt() == null ? "    " : "-" + o.getOpt() + ", ") + "--" + o.getLongOpt();
            names.add(o.hasArg() ? name + "=" + o.getArgName() : name);
        }
        int width = names.stream().mapToInt(String::length).max().orElse(0) + 4;
        StringBuilder text = new StringBuilder("\nOptions:\n");
        int i = 0;
        for (Option o : options.getOptions()) {
            text.append(pad("  " + names.get(i++), width));
            wrap(o.getDescription(), width, text);
        }
        return text.toString();
    }

    /** Appends {@code words}, wrapped at {@link #WIDTH} columns, each further line indented by {@code indent}. */
    private static void wrap(String words, int indent, StringBuilder text) {
        int column = indent;
        boolean first = true;
        for (String word : words.split(" ")) {
            if (!first && column + 1 + word.length() > WIDTH) {
                text.append('\n').append(" ".repeat(indent));
                column = indent;
                first = true;
            }
            if (!first) {
                text.append(' ');
                column++;
            }
            text.append(word);
            column += word.length();
            first = false;
        }
        text.append('\n');
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + "  " : s + " ".repeat(width - s.length());
    }
}
