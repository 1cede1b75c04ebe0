package io.ccmlint.cli;

import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.report.ReportContext;
import io.ccmlint.core.report.Reporter;
import io.ccmlint.core.report.TextReporter;
import io.ccmlint.core.rule.Finding;
import java.io.IOException;
import java.io.Writer;

/** One line per finding, and the summary only when there are findings: for hooks and scripts. */
final class QuietTextReporter implements Reporter {
    @Override
    public void write(LintResult result, ReportContext context, Writer out) throws IOException {
        for (Finding f : result.findings()) {
            out.write(TextReporter.line(f) + "\n");
        }
        for (String e : result.internalErrors()) {
            out.write("internal error: " + e + "\n");
        }
        if (!result.findings().isEmpty()) {
            out.write(TextReporter.summary(result) + "\n");
        }
    }
}
