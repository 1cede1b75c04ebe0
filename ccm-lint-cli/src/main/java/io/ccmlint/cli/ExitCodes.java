package io.ccmlint.cli;

import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.rule.Severity;

/** One place that turns a result into an exit code. */
final class ExitCodes {
    private ExitCodes() {
    }

    static int of(LintResult result, Severity failOn) {
        if (!result.internalErrors().isEmpty()) {
            return Main.USAGE;
        }
        return result.failsAt(failOn) ? Main.FINDINGS : Main.CLEAN;
    }
}
