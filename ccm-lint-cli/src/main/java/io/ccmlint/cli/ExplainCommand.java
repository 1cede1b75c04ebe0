package io.ccmlint.cli;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.config.ConfigLookup;
import io.ccmlint.core.docs.RulePages;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleExamples;
import io.ccmlint.core.rule.RuleMetadata;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** {@code ccm-lint explain ID}: a rule's documentation with its examples. */
final class ExplainCommand extends Subcommand {
    ExplainCommand() {
        super("explain", "Show a rule's documentation and examples.",
                List.of(Argument.one("ID", "Rule ID (CCM101) or slug (describe-regions-missing).")));
    }

    @Override
    Options options() {
        return new Options();
    }

    @Override
    int run(CommandLine line, PrintWriter out, PrintWriter err) throws IOException, UsageError {
        String id = Args.positionals(line, this).get(0);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Optional<Rule> rule = RuleRegistry.discover(loader).byId(id);
        if (rule.isEmpty()) {
            err.println("ccm-lint: unknown rule '" + id + "' (see `ccm-lint rules`)");
            return Main.USAGE;
        }
        String docsBase;
        try {
            docsBase = docsBaseUrl();
        } catch (ConfigException e) {
            err.println("ccm-lint: " + e.getMessage());
            return Main.USAGE;
        }
        RuleMetadata m = rule.get().metadata();
        out.println(m.id() + " " + m.slug() + ": " + m.title());
        out.println();
        out.println("Severity: " + m.defaultSeverity().label() + "    Category: " + m.category().title()
                + "    Fix: " + FixKind.label(m.fixes()));
        RulePages.url(docsBase, m).ifPresent(url -> out.println("Docs: " + url));
        if (!m.doc().markdown().isEmpty()) {
            out.println();
            out.println(m.doc().markdown());
        }
        if (!m.sources().isEmpty()) {
            out.println();
            out.println("## Sources");
            out.println();
            m.sources().forEach(s -> out.println("- " + s.plain()));
        }
        examples(out, RuleExamples.load(loader, m.id()));
        out.flush();
        return Main.CLEAN;
    }

    private static void examples(PrintWriter out, RuleExamples examples) {
        for (String set : new String[] {"bad", "good", "fixed"}) {
            for (RuleExamples.ExampleFile f : examples.set(set)) {
                if (f.path().endsWith(".expect") || f.path().endsWith(".ccm-lint.yml")) {
                    continue;
                }
                out.println();
                out.println("--- " + title(f) + " ---");
                out.print(f.content().endsWith("\n") ? f.content() : f.content() + "\n");
            }
        }
    }

    /** The {@code docs: {baseUrl:}} of the config found from the working directory, or null. */
    private static String docsBaseUrl() throws ConfigException {
        return ConfigLookup.nearest(List.of(Path.of(".")), null).load().docsBaseUrl();
    }

    /** {@code bad: path}, or for a diff of {@code fixed/} the command that makes it and the file it changes. */
    private static String title(RuleExamples.ExampleFile f) {
        String path = f.path();
        if (!f.set().equals("fixed")) {
            return f.set() + ": " + path;
        }
        String unsafe = ".unsafe.diff";
        return path.endsWith(unsafe) ? "fixed by ccm-lint fix --unsafe: " + path.substring(0, path.length() - unsafe.length())
                : "fixed by ccm-lint fix: " + path.substring(0, path.length() - ".diff".length());
    }
}
