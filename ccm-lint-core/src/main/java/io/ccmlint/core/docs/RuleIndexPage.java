package io.ccmlint.core.docs;

import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.RuleCatalog;
import io.ccmlint.core.rule.RuleMetadata;
import java.util.List;

/** {@code docs/rules/README.md}: every rule by group, linked to its page, then the IDs still planned. */
public final class RuleIndexPage {
    public static final String FILE = "README.md";

    private RuleIndexPage() {
    }

    public static String render(List<RuleMetadata> rules, RuleCatalog catalog) {
        StringBuilder md = new StringBuilder();
        md.append(RulePage.GENERATED).append("\n\n# Rules\n\n");
        md.append("One page per rule: what it checks, why it matters, how to fix it, its examples and the public"
                + " pages it is based on. `ccm-lint explain ID` prints the same in a terminal. IDs and slugs never"
                + " change.\n\n");
        for (Category c : Category.values()) {
            List<RuleMetadata> group = rules.stream().filter(r -> r.category() == c).toList();
            if (group.isEmpty()) {
                continue;
            }
            md.append("## ").append(c.title()).append("\n\n");
            md.append("| ID | slug | title | severity | fix |\n|---|---|---|---|---|\n");
            for (RuleMetadata r : group) {
                md.append("| [").append(r.id()).append("](").append(RulePages.fileName(r.id())).append(") | ")
                        .append(r.slug()).append(" | ").append(Markdown.cell(r.title())).append(" | ")
                        .append(r.defaultSeverity().label()).append(" | ").append(FixKind.label(r.fixes())).append(" |\n");
            }
            md.append('\n');
        }
        List<RuleCatalog.Entry> planned = catalog.entries().stream()
                .filter(e -> rules.stream().noneMatch(r -> r.id().equals(e.id()))).toList();
        if (!planned.isEmpty()) {
            md.append("## Planned\n\nIn the catalog, not implemented yet (a config may already name them):\n\n");
            md.append("| ID | slug | severity | fix |\n|---|---|---|---|\n");
            for (RuleCatalog.Entry e : planned) {
                md.append("| ").append(e.id()).append(" | ").append(e.slug()).append(" | ").append(e.severity().label())
                        .append(" | ").append(FixKind.label(e.fixes())).append(" |\n");
            }
        }
        return md.toString().strip() + "\n";
    }
}
