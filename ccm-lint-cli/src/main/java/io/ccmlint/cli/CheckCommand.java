package io.ccmlint.cli;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.rule.Severity;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ccm-lint check}: lint and report. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Lint files and folders and report findings.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    LintOptions lint;

    @Mixin
    OutputOptions output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Exit with 1 when a finding is at least this severe: error, warning or info (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try {
            Severity threshold = LintOptions.failOn(failOn);
            output.validate();
            Linter linter = lint.linter();
            LintResult result = linter.lint(lint.roots());
            output.write(result, linter.registry(), spec.commandLine().getOut());
            return ExitCodes.of(result, threshold);
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("ccm-lint: " + e.getMessage());
            return Main.USAGE;
        }
    }
}
