package io.ccmlint.core.report;

import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import java.io.IOException;
import java.io.Writer;
import io.ccmlint.core.suppress.SuppressedFinding;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code path:line:col: severity ID slug: message}, a short code frame with the offending range
 * underlined, the fix on offer, and a summary line. Sensitive findings show no source text.
 * Suppressed findings are only counted in the summary, unless {@code showSuppressed}: then they
 * are listed too, each with the suppression that hides it.
 */
public final class TextReporter implements Reporter {
    private static final String RESET = "\u001b[0m";
    private final boolean showSuppressed;

    public TextReporter() {
        this(false);
    }

    public TextReporter(boolean showSuppressed) {
        this.showSuppressed = showSuppressed;
    }

    @Override
    public void write(LintResult result, ReportContext context, Writer out) throws IOException {
        boolean color = context.color();
        Map<Finding, SuppressedFinding> hidden = new IdentityHashMap<>();
        List<Finding> shown = new ArrayList<>(result.findings());
        if (showSuppressed) {
            result.suppressed().forEach(s -> hidden.put(s.finding(), s));
            shown.addAll(hidden.keySet());
            shown.sort(Finding.ORDER);
        }
        for (Finding f : shown) {
            Span s = f.span();
            out.write(line(f, color) + "\n");
            if (!f.sensitive()) {
                frame(out, s, color);
            }
            SuppressedFinding sup = hidden.get(f);
            if (sup != null) {
                out.write("      = suppressed (" + sup.source().label() + "): " + sup.justification()
                        + (sup.until() == null ? "" : " (until " + sup.until() + ")") + "\n");
            } else if (f.fix() != null) {
                out.write("      = fix (" + (f.fix().safe() ? "safe" : "unsafe, needs --unsafe") + "): "
                        + f.fix().description() + "\n");
            }
        }
        for (String e : result.internalErrors()) {
            out.write("internal error: " + e + "\n");
        }
        out.write(summary(result) + "\n");
    }

    /**
     * {@code path:line:col: severity ID slug: message}: how every text output (this report,
     * {@code --quiet}, the Maven log) names a finding.
     */
    public static String line(Finding f) {
        return line(f, false);
    }

    private static String line(Finding f, boolean color) {
        Span s = f.span();
        return paint(color, "\u001b[1m", s.file().displayPath() + ":" + s.startLine() + ":" + s.startColumn() + ":")
                + " " + paint(color, colorOf(f.severity()), f.severity().label()) + " " + paint(color, "\u001b[1m", f.ruleId())
                + " " + f.rule().slug() + ": " + f.message();
    }

    /**
     * The summary line, e.g. {@code 12 files, 3 findings (1 error, 2 warnings), 2 fixable}, and the
     * run's {@linkplain io.ccmlint.core.workspace.Workspace#notes notes}, each after a semicolon.
     */
    public static String summary(LintResult r) {
        long errors = r.count(Severity.ERROR);
        long warnings = r.count(Severity.WARNING);
        long infos = r.count(Severity.INFO);
        return plural(r.filesChecked(), "file") + ", " + plural(r.findings().size(), "finding")
                + " (" + plural(errors, "error") + ", " + plural(warnings, "warning")
                + (infos > 0 ? ", " + infos + " info" : "") + "), " + r.fixable() + " fixable"
                + (r.suppressedCount() > 0 ? ", " + r.suppressedCount() + " suppressed" : "")
                + (r.baseline() == null ? "" : ", " + r.baseline().hidden() + " hidden by the baseline ("
                        + r.baseline().stale() + " stale " + (r.baseline().stale() == 1 ? "entry" : "entries") + ")")
                + (r.workspace() == null ? List.<String>of() : r.workspace().notes()).stream().map(n -> "; " + n).collect(java.util.stream.Collectors.joining());
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static void frame(Writer out, Span s, boolean color) throws IOException {
        SourceFile file = s.file();
        int line = s.startLine();
        String text = file.lineText(line).replace("\t", " ");
        if (text.length() > 200) {
            return; // a minified line says nothing in a frame
        }
        String no = String.valueOf(line);
        String pad = " ".repeat(Math.max(5 - no.length(), 0));
        out.write(pad + no + " | " + text + "\n");
        int startCol = s.startColumn();
        int endCol = s.endLine() == line ? s.endColumn() : file.lineEnd(line) - file.lineStart(line) + 1;
        int width = Math.max(1, endCol - startCol);
        out.write("      | " + " ".repeat(Math.max(0, startCol - 1)) + paint(color, "\u001b[31m", "^".repeat(width)) + "\n");
    }

    private static String colorOf(Severity s) {
        return switch (s) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
        };
    }

    private static String paint(boolean color, String code, String text) {
        return color ? code + text + RESET : text;
    }
}
