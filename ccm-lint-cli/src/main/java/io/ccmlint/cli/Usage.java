package io.ccmlint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
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
        List<String[]> commandRows = new ArrayList<>();
        for (Subcommand c : commands) {
            commandRows.add(new String[] {c.name(), c.description()});
        }
        out.print("Usage: ccm-lint [-h | -V] COMMAND [ARGS]\n" + wrapped(DESCRIPTION, 0)
                + section("Options", optionRows(withStandard(new Options())))
                + section("Commands", commandRows) + section("Exit codes", EXIT_CODES)
                + "\nRun 'ccm-lint COMMAND --help' for a command's options.\n");
        out.flush();
    }

    /** {@code ccm-lint check --help}. */
    static void of(Subcommand command, Options options, PrintWriter out) {
        List<String[]> argumentRows = new ArrayList<>();
        StringBuilder usage = new StringBuilder("Usage: ccm-lint " + command.name() + " [OPTIONS]");
        for (Subcommand.Argument a : command.arguments()) {
            argumentRows.add(new String[] {a.synopsis(), a.description()});
            usage.append(' ').append(a.synopsis());
        }
        out.print(usage + "\n" + wrapped(command.description(), 0)
                + (argumentRows.isEmpty() ? "" : section("Arguments", argumentRows)) + section("Options", optionRows(options)));
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

    /** Each option as {@code -f, --format=FORMAT} and its description. */
    private static List<String[]> optionRows(Options options) {
        List<String[]> rows = new ArrayList<>();
        for (Option o : options.getOptions()) {
            String name = (o.getOpt() == null ? "    " : "-" + o.getOpt() + ", ") + "--" + o.getLongOpt();
            rows.add(new String[] {o.hasArg() ? name + "=" + o.getArgName() : name, o.getDescription()});
        }
        return rows;
    }

    /**
     * A blank line, {@code heading:}, then a row a line: its name, and its text wrapped in a column of
     * its own (the library's own table centres a header and wraps unevenly).
     */
    private static String section(String heading, List<String[]> rows) {
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0) + 4;
        StringBuilder text = new StringBuilder("\n" + heading + ":\n");
        for (String[] row : rows) {
            String name = "  " + row[0];
            text.append(name).append(" ".repeat(width - name.length())).append(wrapped(row[1], width));
        }
        return text.toString();
    }

    /** {@code words} wrapped at {@link #WIDTH} columns, each line after the first indented by {@code indent}, and a newline. */
    private static String wrapped(String words, int indent) {
        StringBuilder text = new StringBuilder();
        int column = indent;
        for (String word : words.split(" ")) {
            if (column > indent && column + 1 + word.length() > WIDTH) {
                text.append('\n').append(" ".repeat(indent));
                column = indent;
            } else if (column > indent) {
                text.append(' ');
                column++;
            }
            text.append(word);
            column += word.length();
        }
        return text.append('\n').toString();
    }
}
