package io.ccmlint.cli.lsp;

import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Syntax;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.core.workspace.Workspace;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/**
 * "Suppress with a reason": a {@code # ccm-lint:disable=ID reason="" until=DATE} line above the
 * finding's line, indented like it (README, Living with findings). The reason is left empty for
 * the user to write: until then CCM003 says so and the suppression does not apply, by design.
 * YAML and Terraform {@code .tf} only (JSON has no comments: the hover shows the config entry),
 * and only where a comment line is a comment: not inside a YAML block scalar or flow collection,
 * nor inside a Terraform heredoc.
 */
final class SuppressComment {
    static final int DAYS = 90;
    private static final Pattern HEREDOC = Pattern.compile("<<-?([A-Za-z_][A-Za-z0-9_-]*)\\s*$");

    private SuppressComment() {
    }

    /**
     * The directive to insert at the start of {@code line} (0-based): {@code indent} + {@code # ccm-lint:disable=ID
     * reason="" until=DATE} and a line break.
     */
    record Directive(int line, String indent, String ruleId, LocalDate until) {
        private static final String REASON = " reason=\"";

        String text() {
            return head() + "\"" + tail();
        }

        /** The same as a snippet (LSP snippet syntax): the cursor lands in the empty reason. */
        String snippet() {
            return escape(head()) + "$1\"" + escape(tail());
        }

        /** Where the reason is written once the directive is inserted (UTF-16 units, as LSP counts). */
        Position reason() {
            return new Position(line, head().length());
        }

        TextEdit edit() {
            return new TextEdit(at(), text());
        }

        Range at() {
            Position at = new Position(line, 0);
            return new Range(at, at);
        }

        private String head() {
            return indent + "# ccm-lint:disable=" + ruleId + REASON;
        }

        private String tail() {
            return " until=" + until + "\n";
        }

        private static String escape(String text) {
            return text.replace("\\", "\\\\").replace("$", "\\$").replace("}", "\\}");
        }
    }

    /** The edit that inserts the directive, or null when the file cannot hold one there. */
    static TextEdit edit(Finding f, Workspace ws, LocalDate today) {
        Directive d = directive(f, ws, today);
        return d == null ? null : d.edit();
    }

    /** The directive above the finding's line, or null when the file cannot hold one there. */
    static Directive directive(Finding f, Workspace ws, LocalDate today) {
        SourceFile file = f.span().file();
        String name = file.path().getFileName().toString().toLowerCase(Locale.ROOT);
        int line = f.span().startLine();
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        boolean hcl = name.endsWith(".tf");
        if (!(yaml && yamlLineStarts(file, ws).contains(line)) && !(hcl && !inHeredoc(file, line))) {
            return null;
        }
        String text = file.lineText(line);
        String indent = text.substring(0, text.length() - text.stripLeading().length());
        return new Directive(line - 1, indent, f.ruleId(), today.plusDays(DAYS));
    }

    /**
     * The lines where a block YAML key or list item starts: there a comment line above covers
     * the line. Embedded JSON and flow collections are written in other syntax; block scalars have no keys.
     */
    private static Set<Integer> yamlLineStarts(SourceFile file, Workspace ws) {
        Set<Integer> out = new HashSet<>();
        if (ws == null) {
            return out;
        }
        for (ParsedFile p : ws.files()) {
            if (p.file() == file) {
                for (ParsedFile.Document d : p.documents()) {
                    collect(d.root(), out);
                }
            }
        }
        return out;
    }

    private static void collect(Node n, Set<Integer> out) {
        if (n instanceof MapNode m && m.syntax() == Syntax.YAML && !m.flow()) {
            for (MapNode.Entry e : m.entries()) {
                out.add(e.keySpan().startLine());
                collect(e.value(), out);
            }
        } else if (n instanceof ListNode l && l.syntax() == Syntax.YAML && !l.flow()) {
            for (Node item : l.items()) {
                out.add(item.span().startLine());
                collect(item, out);
            }
        }
    }

    /** True when the 1-based line is inside a heredoc ({@code <<EOT} ... {@code EOT}). */
    static boolean inHeredoc(SourceFile file, int line) {
        String open = null;
        for (int l = 1; l < line; l++) {
            String t = file.lineText(l);
            if (open != null) {
                if (t.strip().equals(open)) {
                    open = null;
                }
            } else {
                Matcher m = HEREDOC.matcher(t);
                if (m.find()) {
                    open = m.group(1);
                }
            }
        }
        return open != null && !file.lineText(line).strip().equals(open);
    }

    /** The config entry that suppresses a finding of a file without comments (JSON), to paste into {@code .ccm-lint.yml}. */
    static String configEntry(Finding f, String pathFromConfig, LocalDate today) {
        return "suppressions:\n  - path: \"" + pathFromConfig + "\"\n    rule: " + f.ruleId()
                + "\n    reason: \"\"\n    until: \"" + today.plusDays(DAYS) + "\"\n";
    }
}
