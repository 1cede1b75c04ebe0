package io.ccmlint.cli;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.engine.FixRunner;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.rule.Severity;
import java.io.PrintWriter;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** {@code ccm-lint fix}: apply fixes in place (atomically), or print them as a diff. */
final class FixCommand extends Subcommand {
    FixCommand() {
        super("fix", "Apply safe fixes in place, then report what is left. Only the edited characters of a file change.",
                List.of(LintOptions.PATHS));
    }

    @Override
    Options options() {
        return OutputOptions.declare(LintOptions.declare(new Options()))
                .addOption(Args.flag("unsafe", "Also apply unsafe fixes (they change behaviour, e.g. narrow access)."))
                .addOption(Args.flag("diff", "Print the fixes as a unified diff on standard output (instead of a report: no"
                        + " --format or --output) and write nothing; exit as check would on the files as they are."))
                .addOption(Args.valued("fail-on", "SEVERITY",
                        "Exit with 1 when a finding left after fixing is at least this severe (default: error)."));
    }

    @Override
    int run(CommandLine line, PrintWriter out, PrintWriter err) throws Exception {
        LintOptions lint = LintOptions.of(line);
        OutputOptions output = OutputOptions.of(line);
        boolean unsafe = Args.isSet(line, "unsafe");
        boolean diff = Args.isSet(line, "diff");
        try {
            Severity threshold = LintOptions.failOn(Args.single(line, "fail-on", "error"));
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
