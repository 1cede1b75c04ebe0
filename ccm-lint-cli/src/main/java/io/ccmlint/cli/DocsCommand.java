package io.ccmlint.cli;

import io.ccmlint.core.docs.ReadmeRuleTable;
import io.ccmlint.core.docs.RuleDocsSite;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * {@code ccm-lint docs --out docs/rules --readme README.md}: writes the rule reference (one page per
 * rule on the class path, and an index) and the README's rule table, from the rules' declarations,
 * rule.md files and examples.
 */
final class DocsCommand extends Subcommand {
    DocsCommand() {
        super("docs", "Write the rule reference: a Markdown page per rule and an index (and the README's rule table).",
                List.of());
    }

    @Override
    Options options() {
        return new Options()
                .addOption(Args.valued("out", "DIR", "Folder of the pages, e.g. docs/rules (required)."))
                .addOption(Args.valued("readme", "FILE",
                        "Also rewrite the rule table between the rules:start/rules:end markers of FILE."));
    }

    @Override
    int run(CommandLine line, PrintWriter stdout, PrintWriter err) throws IOException, UsageError {
        Args.positionals(line, this);
        Path out = Args.path(line, "out");
        if (out == null) {
            throw new UsageError("missing required option '--out'");
        }
        Path readme = Args.path(line, "readme");
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        RuleRegistry registry = RuleRegistry.discover(loader);
        Map<String, String> pages = RuleDocsSite.render(registry, loader);
        RuleDocsSite.write(pages, out);
        if (readme != null) {
            String pagesDir = relativeDir(readme.toAbsolutePath().getParent(), out.toAbsolutePath());
            String table = ReadmeRuleTable.render(registry.all().stream().map(Rule::metadata).toList(), pagesDir);
            String text = Files.readString(readme, StandardCharsets.UTF_8);
            try {
                Files.writeString(readme, ReadmeRuleTable.splice(text, table), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                err.println("ccm-lint: " + readme + ": " + e.getMessage());
                return Main.USAGE;
            }
        }
        err.println("ccm-lint: wrote " + pages.size() + " pages to " + out
                + (readme == null ? "" : " and the rule table of " + readme));
        return Main.CLEAN;
    }

    /** {@code to} relative to {@code from}, with forward slashes and a trailing slash (a Markdown link prefix). */
    static String relativeDir(Path from, Path to) {
        String rel = from.normalize().relativize(to.normalize()).toString().replace('\\', '/');
        return rel.isEmpty() ? "" : rel + "/";
    }
}
