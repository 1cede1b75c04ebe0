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
interface Subcommand {
    /** The name a user types, e.g. {@code check}. */
    String name();

    /** One sentence, for the command's help and the list of commands. */
    String description();

    /** The positional arguments, in order (the usage line and the help list them). */
    List<Argument> arguments();

    /** The options, without help and version. */
    Options options();

    /** Runs on a parsed command line; returns the exit code. */
    int run(CommandLine line, PrintWriter out, PrintWriter err) throws Exception;

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
