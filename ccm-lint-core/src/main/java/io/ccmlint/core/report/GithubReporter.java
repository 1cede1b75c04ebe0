package io.ccmlint.core.report;

import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.rule.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands: one {@code ::error file=...,line=...,col=...::message} (or
 * {@code ::warning}, {@code ::notice}) per finding, shown as annotations on the pull request.
 */
public final class GithubReporter implements Reporter {
    @Override
    public void write(LintResult result, ReportContext context, Writer out) throws IOException {
        for (Finding f : result.findings()) {
            String level = switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            var s = f.span();
            out.write("::" + level + " file=" + property(s.file().displayPath()) + ",line=" + s.startLine() + ",col="
                    + s.startColumn() + ",endLine=" + s.endLine() + ",endColumn=" + s.endColumn() + ",title="
                    + property(f.ruleId() + " " + f.rule().slug()) + "::" + data(f.message()) + "\n");
        }
        out.write(TextReporter.summary(result) + "\n");
    }

    /** Escaping of the message part, as the Actions toolkit does. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping of a property value: also ':' and ','. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
