package io.ccmlint.cli;

import io.ccmlint.core.docs.ReadmeRuleTable;
import io.ccmlint.core.docs.RuleDocsSite;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ccm-lint docs --out docs/rules --readme README.md}: writes the rule reference (one page per
 * rule on the class path, and an index) and the README's rule table, from the rules' declarations,
 * rule.md files and examples.
 */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Write the rule reference: a Markdown page per rule and an index (and the README's rule table).")
final class DocsCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder of the pages, e.g. docs/rules.")
    Path out;

    @Option(names = "--readme", paramLabel = "FILE",
            description = "Also rewrite the rule table between the rules:start/rules:end markers of FILE.")
    Path readme;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
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
                spec.commandLine().getErr().println("ccm-lint: " + readme + ": " + e.getMessage());
                return Main.USAGE;
            }
        }
        spec.commandLine().getErr().println("ccm-lint: wrote " + pages.size() + " pages to " + out
                + (readme == null ? "" : " and the rule table of " + readme));
        return Main.CLEAN;
    }

    /** {@code to} relative to {@code from}, with forward slashes and a trailing slash (a Markdown link prefix). */
    static String relativeDir(Path from, Path to) {
        String rel = from.normalize().relativize(to.normalize()).toString().replace('\\', '/');
        return rel.isEmpty() ? "" : rel + "/";
    }
}
