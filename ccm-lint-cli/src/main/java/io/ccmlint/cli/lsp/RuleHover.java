package io.ccmlint.cli.lsp;

import io.ccmlint.core.docs.RulePages;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.RuleDoc;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.workspace.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/**
 * Hover on a finding: the rule's ID, title and summary, why it matters, and its page; for a JSON
 * file (no comments), the {@code suppressions:} entry that would suppress it from the configuration.
 */
final class RuleHover {
    private RuleHover() {
    }

    /** The hover at {@code at}, or null when no finding is there. */
    static Hover at(Position at, LintSession.Linted linted, LocalDate today) {
        List<Finding> here = linted.findings().stream().filter(f -> Positions.contains(Positions.range(f.span()), at)).toList();
        if (here.isEmpty()) {
            return null;
        }
        StringBuilder md = new StringBuilder();
        for (Finding f : here) {
            if (md.length() > 0) {
                md.append("\n\n---\n\n");
            }
            RuleMetadata r = f.rule();
            md.append("**").append(r.id()).append(' ').append(r.slug()).append("**: ").append(r.title()).append("\n\n");
            md.append(f.message()).append("\n\n");
            String summary = r.doc().summary();
            if (!summary.isEmpty()) {
                md.append(summary).append("\n\n");
            }
            r.doc().section(RuleDoc.WHY).ifPresent(why -> md.append("*Why it matters:* ").append(firstParagraph(why)).append("\n\n"));
            RulePages.url(linted.docsBaseUrl(), r).ifPresent(url -> md.append("[").append(r.id()).append(" rule page](")
                    .append(url).append(")\n"));
            String name = f.span().file().path().getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".json") && linted.workspace() != null) {
                String rel = Paths.relative(linted.workspace().config().baseDir(), f.span().file().path().toAbsolutePath());
                md.append("\nJSON has no comments: to accept this finding, add to `.ccm-lint.yml` (write the reason):\n\n```yaml\n")
                        .append(SuppressComment.configEntry(f, rel, today)).append("```\n");
            }
        }
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, md.toString().strip()), Positions.range(here.get(0).span()));
    }

    private static String firstParagraph(String text) {
        int end = text.indexOf("\n\n");
        return (end < 0 ? text : text.substring(0, end)).replaceAll("\\s*\n\\s*", " ");
    }
}
