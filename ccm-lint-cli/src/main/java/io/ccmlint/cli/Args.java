package io.ccmlint.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;

/** Typed values of a parsed command line; a value that is not of its type is a {@link UsageError}. */
final class Args {
    private Args() {
    }

    /** An option that takes one value, shown as {@code --name=LABEL}. */
    static Option valued(String longName, String label, String description) {
        return Option.builder().longOpt(longName).hasArg().argName(label).desc(description).get();
    }

    /** An option without a value. */
    static Option flag(String longName, String description) {
        return Option.builder().longOpt(longName).desc(description).get();
    }

    /** An option with a one-letter name too, taking one value. */
    static Option valued(String shortName, String longName, String label, String description) {
        return Option.builder(shortName).longOpt(longName).hasArg().argName(label).desc(description).get();
    }

    /** Every value given to a repeatable option, in order. */
    static List<String> all(CommandLine line, String option) {
        String[] values = line.getOptionValues(option);
        return values == null ? new ArrayList<>() : new ArrayList<>(List.of(values));
    }

    /** The value of an option that may be given once (as picocli, a second one is an error, not a silent override), or null. */
    static String single(CommandLine line, String option) throws UsageError {
        String[] values = line.getOptionValues(option);
        if (values == null) {
            return null;
        }
        if (values.length > 1) {
            throw new UsageError("option '--" + option + "' should be given only once");
        }
        return values[0];
    }

    /** {@link #single}, or {@code otherwise} when the option is not given. */
    static String single(CommandLine line, String option, String otherwise) throws UsageError {
        String value = single(line, option);
        return value == null ? otherwise : value;
    }

    /** Whether a flag is given; at most once. */
    static boolean isSet(CommandLine line, String option) throws UsageError {
        int given = 0;
        for (Option o : line.getOptions()) {
            given += option.equals(o.getLongOpt()) ? 1 : 0;
        }
        if (given > 1) {
            throw new UsageError("option '--" + option + "' should be given only once");
        }
        return given == 1;
    }

    static Path path(CommandLine line, String option) throws UsageError {
        String value = single(line, option);
        return value == null ? null : path("--" + option, value);
    }

    static List<Path> paths(CommandLine line, String option) throws UsageError {
        List<Path> paths = new ArrayList<>();
        for (String value : all(line, option)) {
            paths.add(path("--" + option, value));
        }
        return paths;
    }

    static Path path(String what, String value) throws UsageError {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageError(what + ": not a path: '" + value + "'");
        }
    }

    /** A whole number, or null when the option is not given. */
    static Long number(CommandLine line, String option) throws UsageError {
        String value = single(line, option);
        try {
            return value == null ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageError("--" + option + ": not a whole number: '" + value + "'");
        }
    }

    /** The positional arguments, checked against the command's: none missing, none too many. */
    static List<String> positionals(CommandLine line, Subcommand command) throws UsageError {
        List<String> given = line.getArgList();
        List<Subcommand.Argument> declared = command.arguments();
        boolean repeats = !declared.isEmpty() && declared.get(declared.size() - 1).repeats();
        if (!repeats && given.size() > declared.size()) {
            throw new UsageError("unexpected argument '" + given.get(declared.size()) + "'");
        }
        for (int i = given.size(); i < declared.size(); i++) {
            if (!declared.get(i).optional()) {
                throw new UsageError("missing " + declared.get(i).label());
            }
        }
        return given;
    }
}
