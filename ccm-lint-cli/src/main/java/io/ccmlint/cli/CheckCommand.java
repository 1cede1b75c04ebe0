package io.ccmlint.cli;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.LinterFactory;
import io.ccmlint.core.engine.LinterOptions;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.suppress.Baseline;
import java.nio.file.Path;
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

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record the current findings in FILE (JSON), then report as if it were the --baseline.")
    Path writeBaseline;

    @Option(names = "--no-rules",
            description = "Read, parse and model the files but run no rule (no finding): the cost of parsing alone,"
                    + " for benchmarks (scripts/bench-check.sh).")
    boolean noRules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try {
            Severity threshold = LintOptions.failOn(failOn);
            output.validate();
            LinterOptions.Builder options = lint.options().runRules(!noRules);
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
                spec.commandLine().getErr().println("ccm-lint: wrote " + b.entries().size() + " finding"
                        + (b.entries().size() == 1 ? "" : "s") + " to the baseline " + writeBaseline);
                if (!lint.strict) {
                    result = result.withBaseline(b);
                }
            }
            output.write(result, linter.registry(), linter.config().docsBaseUrl(), spec.commandLine().getOut());
            return ExitCodes.of(result, threshold);
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("ccm-lint: " + e.getMessage());
            return Main.USAGE;
        }
    }
}
