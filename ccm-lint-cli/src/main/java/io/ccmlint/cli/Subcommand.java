package io.ccmlint.cli;

import java.io.PrintWriter;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * A subcommand of {@code ccm-lint}: what its help says, the options it takes and what it does with
 * them. {@link Main} adds {@code -h/--help} and {@code -V/--version}, parses, and turns a
 * {@link UsageError} into exit code 2.
 */
abstract class Subcommand {
    private final String name;
    private final String description;
    private final List<Argument> arguments;

    /**
     * @param name the name a user types, e.g. {@code check}
     * @param description one sentence, for the command's help and the list of commands
     * @param arguments the positional arguments, in order (the usage line and the help list them)
     */
    Subcommand(String name, String description, List<Argument> arguments) {
        this.name = name;
        this.description = description;
        this.arguments = arguments;
    }

    final String name() {
        return name;
    }

    final String description() {
        return description;
    }

    final List<Argument> arguments() {
        return arguments;
    }

    /** The options, without help and version. */
    abstract Options options();

    /** Runs on a parsed command line; returns the exit code. */
    abstract int run(CommandLine line, PrintWriter out, PrintWriter err) throws Exception;

    /** A positional argument: {@code PATH...} when it repeats, {@code [ID]} when optional. */
    record Argument(String label, String description, boolean optional, boolean repeats) {
        static Argument one(String label, String description) {
            return new Argument(label, description, false, false);
        }

        static Argument optional(String label, String description) {
            return new Argument(label, description, true, false);
        }

        static Argument any(String label, String description) {
            return new Argument(label, description, true, true);
        }

        /** {@code ID}, {@code [ACTION]}, {@code [PATH...]}. */
        String synopsis() {
            String s = label + (repeats ? "..." : "");
            return optional ? "[" + s + "]" : s;
        }
    }
}
