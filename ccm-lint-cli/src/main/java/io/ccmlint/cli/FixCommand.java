package io.ccmlint.cli;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.engine.FixRunner;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.rule.Severity;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ccm-lint fix}: apply fixes in place (atomically), or print them as a diff. */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = "Apply safe fixes in place, then report what is left. Only the edited characters of a file change.")
final class FixCommand implements Callable<Integer> {
    @Mixin
    LintOptions lint;

    @Mixin
    OutputOptions output;

    @Option(names = "--unsafe", description = "Also apply unsafe fixes (they change behaviour, e.g. narrow access).")
    boolean unsafe;

    @Option(names = "--diff", description = "Print the fixes as a unified diff on standard output (instead of a"
            + " report: no --format or --output) and write nothing; exit as check would on the files as they are.")
    boolean diff;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Exit with 1 when a finding left after fixing is at least this severe (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Severity threshold = LintOptions.failOn(failOn);
            output.validate();
            if (diff && !output.isDefault()) {
                throw new ConfigException("--diff prints a unified diff on standard output: it takes no --format or --output");
            }
            Linter linter = lint.linter();
            if (diff) {
                LintResult result = linter.lint(lint.roots());
                out.print(FixRunner.diff(result, unsafe));
                out.flush();
                result.internalErrors().forEach(e -> err.println("ccm-lint: internal error: " + e));
                return ExitCodes.of(result, threshold);
            }
            FixRunner.Outcome outcome = FixRunner.fix(linter, lint.roots(), unsafe);
            outcome.writeErrors().forEach(e -> err.println("ccm-lint: " + e));
            if (!output.quiet || !outcome.fixed().isEmpty()) { // --quiet: nothing when there was nothing to fix
                err.println(outcome.summary());
            }
            output.write(outcome.after(), linter.registry(), linter.config().docsBaseUrl(), out);
            if (!outcome.writeErrors().isEmpty()) {
                return Main.USAGE;
            }
            return ExitCodes.of(outcome.after(), threshold);
        } catch (ConfigException e) {
            err.println("ccm-lint: " + e.getMessage());
            return Main.USAGE;
        }
    }
}
