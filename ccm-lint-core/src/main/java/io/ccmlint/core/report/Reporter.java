package io.ccmlint.core.report;

import io.ccmlint.core.engine.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** Writes a lint result in one format. */
public interface Reporter {
    void write(LintResult result, ReportContext context, Writer out) throws IOException;

    /** The format names the command line accepts. */
    List<String> FORMATS = List.of("text", "json", "sarif", "junit", "checkstyle", "github");

    static Reporter forFormat(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "text" -> new TextReporter();
            case "json" -> new JsonReporter();
            case "sarif" -> new SarifReporter();
            case "junit" -> new JunitReporter();
            case "checkstyle" -> new CheckstyleReporter();
            case "github" -> new GithubReporter();
            default -> throw new IllegalArgumentException("unknown format '" + name + "' (expected one of " + FORMATS + ")");
        };
    }
}
