package io.ccmlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The help lists every command class of this package ({@link Main#SUBCOMMANDS}), each answers under
 * its own name, and a command line that asks for something that cannot be is a usage error.
 */
class SubcommandsTest {
    @Test
    void topLevelHelpListsEveryCommandClass() throws Exception {
        List<String> names = commandNames();
        assertThat(names).contains("check", "fix", "rules", "explain", "explain-access");
        for (String[] args : new String[][] {{"--help"}, {}}) {
            Cli.Run r = Cli.run(args);
            assertThat(r.exit()).isZero();
            for (String name : names) {
                assertThat(r.out()).as(name).containsPattern("(?m)^  " + Pattern.quote(name) + " ");
            }
        }
    }

    @Test
    void eachCommandAnswersUnderItsName() throws Exception {
        for (String name : commandNames()) {
            Cli.Run r = Cli.run(name, "--help");
            assertThat(r.exit()).as(name).isZero();
            assertThat(r.out()).as(name).startsWith("Usage: ccm-lint " + name + " ");
        }
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageError() {
        Cli.Run unknown = Cli.run("chek", "examples");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("ccm-lint: unknown command 'chek' (commands: " + String.join(", ", Main.SUBCOMMANDS)
                + ")\nTry 'ccm-lint --help' for usage.\n");
        Cli.Run option = Cli.run("rules", "--bogus");
        assertThat(option.exit()).isEqualTo(2);
        assertThat(option.err()).isEqualTo("ccm-lint: unknown option '--bogus'\nTry 'ccm-lint rules --help' for usage.\n");
        Cli.Run abbreviated = Cli.run("check", "--fail", "info", "examples");
        assertThat(abbreviated.exit()).as("no abbreviations of long options").isEqualTo(2);
        assertThat(abbreviated.err()).startsWith("ccm-lint: unknown option '--fail'");
        Cli.Run noValue = Cli.run("check", "--fail-on");
        assertThat(noValue.err()).startsWith("ccm-lint: option '--fail-on' needs a value (SEVERITY)");
        Cli.Run missing = Cli.run("explain");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("ccm-lint: missing ID\nTry 'ccm-lint explain --help' for usage.\n");
        Cli.Run extra = Cli.run("rules", "CCM101");
        assertThat(extra.err()).startsWith("ccm-lint: unexpected argument 'CCM101'");
        Cli.Run required = Cli.run("docs");
        assertThat(required.err()).startsWith("ccm-lint: missing required option '--out'");
        Cli.Run jobs = Cli.run("check", "--jobs", "two", "examples");
        assertThat(jobs.exit()).isEqualTo(2);
        assertThat(jobs.err()).startsWith("ccm-lint: --jobs: not a whole number: 'two'");
        Cli.Run twice = Cli.run("check", "--fail-on", "warning", "--fail-on", "info", "examples");
        assertThat(twice.exit()).as("a second value is no silent override").isEqualTo(2);
        assertThat(twice.err()).startsWith("ccm-lint: option '--fail-on' should be given only once");
        assertThat(Cli.run("check", "--strict", "--strict", "examples").err())
                .startsWith("ccm-lint: option '--strict' should be given only once");
        Cli.Run singleDash = Cli.run("check", "-strict", "examples");
        assertThat(singleDash.exit()).isEqualTo(2);
        assertThat(singleDash.err()).startsWith("ccm-lint: unknown option '-strict' (a long option takes two dashes)");
        assertThat(Cli.run("check", "-format=json", "examples").exit()).isEqualTo(2);
    }

    /** The names of the {@link Subcommand} classes next to Main, read from the compiled classes. */
    private static List<String> commandNames() throws Exception {
        Path dir = Path.of(Main.class.getResource("Main.class").toURI()).getParent();
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String file = f.getFileName().toString();
                if (!file.endsWith(".class") || file.contains("$")) {
                    continue;
                }
                Class<?> c = Class.forName(Main.class.getPackageName() + "." + file.substring(0, file.length() - 6));
                if (Subcommand.class.isAssignableFrom(c) && !java.lang.reflect.Modifier.isAbstract(c.getModifiers())) {
                    var constructor = c.getDeclaredConstructor();
                    constructor.setAccessible(true);
                    names.add(((Subcommand) constructor.newInstance()).name());
                }
            }
        }
        return names;
    }
}
