package io.ccmlint.cli;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.LinterFactory;
import io.ccmlint.core.engine.LinterOptions;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.suppress.Baseline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** {@code ccm-lint check}: lint and report. */
final class CheckCommand extends Subcommand {
    CheckCommand() {
        super("check", "Lint files and folders and report findings.",
                List.of(LintOptions.PATHS));
    }

    @Override
    Options options() {
        return OutputOptions.declare(LintOptions.declare(new Options()))
                .addOption(Args.valued("fail-on", "SEVERITY",
                        "Exit with 1 when a finding is at least this severe: error, warning or info (default: error)."))
                .addOption(Args.valued("write-baseline", "FILE",
                        "Record the current findings in FILE (JSON), then report as if it were the --baseline."))
                .addOption(Args.flag("no-rules", "Read, parse and model the files but run no rule (no finding): the cost of"
                        + " parsing alone, for benchmarks (scripts/bench-check.sh)."));
    }

    @Override
    int run(CommandLine line, PrintWriter out, PrintWriter err) throws Exception {
        LintOptions lint = LintOptions.of(line);
        OutputOptions output = OutputOptions.of(line);
        Path writeBaseline = Args.path(line, "write-baseline");
        try {
            Severity threshold = LintOptions.failOn(Args.single(line, "fail-on", "error"));
            output.validate();
            LinterOptions.Builder options = lint.options().runRules(!Args.isSet(line, "no-rules"));
            if (writeBaseline != null) {
                options.baseline(null); // the findings to record are all of them
            }
            Linter linter = LinterFactory.create(options.build());
            LintResult result = linter.lint(lint.roots());
            if (writeBaseline != null) {
                Baseline b = Baseline.of(result.findings(), writeBaseline);
                try {
                    b.write();
                } catch (java.io.IOException e) {
                    throw new ConfigException("cannot write the baseline " + writeBaseline + ": " + e.getMessage());
                }
                err.println("ccm-lint: wrote " + b.entries().size() + " finding"
                        + (b.entries().size() == 1 ? "" : "s") + " to the baseline " + writeBaseline);
                if (!lint.strict) {
                    result = result.withBaseline(b);
                }
            }
            output.write(result, linter.registry(), linter.config().docsBaseUrl(), out);
            return ExitCodes.of(result, threshold);
        } catch (ConfigException e) {
            err.println("ccm-lint: " + e.getMessage());
            return Main.USAGE;
        }
    }
}
