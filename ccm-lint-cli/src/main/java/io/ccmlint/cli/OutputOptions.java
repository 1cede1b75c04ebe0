package io.ccmlint.cli;

import io.ccmlint.core.Version;
import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.report.ReportContext;
import io.ccmlint.core.report.Reporter;
import io.ccmlint.core.report.TextReporter;
import io.ccmlint.core.rule.Rule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * Report formats and where they go: the n-th {@code --output} receives the n-th {@code --format};
 * formats without an output go to standard output (at most one).
 */
final class OutputOptions {
    List<String> formats = new ArrayList<>();
    List<Path> outputs = new ArrayList<>();
    boolean noColor;
    boolean showSuppressed;
    boolean quiet;

    /** Adds these options to a command's. */
    static Options declare(Options options) {
        return options
                .addOption(Args.valued("f", "format", "FORMAT", String.join(", ", Reporter.FORMATS)
                        + " (any case); repeat for several reports (default: text)."))
                .addOption(Args.valued("o", "output", "FILE",
                        "Write the report of the matching --format to FILE instead of standard output."))
                .addOption(Args.flag("no-color", "Never colour text output (colour is used only on a terminal)."))
                .addOption(Args.flag("show-suppressed",
                        "List suppressed findings in text output too, each with its reason (default: only their count)."))
                .addOption(Args.flag("quiet", "Text output without code frames, and no summary when there is nothing to report."));
    }

    /** The options given on a parsed command line. */
    static OutputOptions of(CommandLine line) throws UsageError {
        OutputOptions o = new OutputOptions();
        o.formats = Args.all(line, "format");
        o.outputs = Args.paths(line, "output");
        o.noColor = Args.isSet(line, "no-color");
        o.showSuppressed = Args.isSet(line, "show-suppressed");
        o.quiet = Args.isSet(line, "quiet");
        return o;
    }

    /** The formats asked for, in lower case as in {@link Reporter#FORMATS} (the Maven plugin reads them so too). */
    private List<String> formats() {
        return formats.isEmpty() ? List.of("text") : formats.stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
    }

    void validate() throws ConfigException {
        List<String> fs = formats();
        for (String f : fs) {
            if (!Reporter.FORMATS.contains(f)) {
                throw new ConfigException("unknown --format '" + f + "' (expected one of " + String.join(", ", Reporter.FORMATS) + ")");
            }
        }
        if (outputs.size() > fs.size()) {
            throw new ConfigException("more --output files than --format options");
        }
        if (fs.size() - outputs.size() > 1) {
            throw new ConfigException("only one format can go to standard output: give --output FILE for the others");
        }
    }

    /** True when neither {@code --output} nor a {@code --format} other than text was given. */
    boolean isDefault() {
        return outputs.isEmpty() && formats().equals(List.of("text"));
    }

    /** Writes every report; rule pages are linked under {@code docsBaseUrl} (null: the build's default). */
    void write(LintResult result, RuleRegistry rules, String docsBaseUrl, PrintWriter stdout) throws IOException {
        List<String> fs = formats();
        List<io.ccmlint.core.rule.RuleMetadata> meta = rules.all().stream().map(Rule::metadata).toList();
        for (int i = 0; i < fs.size(); i++) {
            String format = fs.get(i);
            boolean toFile = i < outputs.size();
            boolean color = !toFile && !noColor && System.console() != null && System.getenv("NO_COLOR") == null;
            ReportContext ctx = new ReportContext(Version.get(), meta, Path.of("").toAbsolutePath(), color, docsBaseUrl);
            Reporter reporter = quiet && format.equals("text") ? new QuietTextReporter()
                    : showSuppressed && format.equals("text") ? new TextReporter(true) : Reporter.forFormat(format);
            if (toFile) {
                Path out = outputs.get(i);
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    reporter.write(result, ctx, w);
                }
            } else {
                reporter.write(result, ctx, stdout);
                stdout.flush();
            }
        }
    }
}
