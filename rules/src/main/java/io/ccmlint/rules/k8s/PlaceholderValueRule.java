package io.ccmlint.rules.k8s;

import com.google.auto.service.AutoService;
import io.ccmlint.core.hcl.HclFile;
import io.ccmlint.core.hcl.HclNode;
import io.ccmlint.core.hcl.HclTemplatePart;
import io.ccmlint.core.model.k8s.K8sObject;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.workspace.FileKind;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.core.value.Scalar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CCM308: values never filled in ({@code YOUR_ACCOUNT_ID}, {@code PUT_YOUR_...}, {@code <namespace>},
 * {@code $cluster_name}, {@code ${AWS_ACCOUNT_ID}}, {@code XXXXX}) in any file kind: one finding per
 * line of a value, at the placeholder.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM308", slug = "placeholder-value", title = "Placeholder value never filled in",
        severity = Severity.ERROR,
        sources = @Source(title = "Harness: AWS connector settings reference",
                url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference"))
public final class PlaceholderValueRule implements Rule {
    @Override
    public void check(RuleContext context) {
        Set<Span> skip = new HashSet<>();
        for (K8sObject sa : context.workspace().kubernetes().serviceAccounts()) {
            Scalar arn = sa.annotationValue(IrsaAnnotation.ROLE_ARN);
            if (arn != null) {
                skip.add(arn.span()); // CCM301 reports a placeholder role ARN
            }
        }
        for (ParsedFile f : context.workspace().files()) {
            for (ParsedFile.Document d : f.documents()) {
                if (d.kind() == FileKind.CCM_LINT_CONFIG || d.kind() == FileKind.HELM_CHART || d.kind() == FileKind.UNKNOWN
                        || "CustomResourceDefinition".equals(d.root().at("/kind") == null ? null : d.root().at("/kind").asText())) {
                    continue; // a CRD is schema and documentation: <image_name> there is prose, not a value
                }
                List<ScalarNode> candidates = new ArrayList<>();
                walk(d.root(), false, skip, candidates);
                // checked once the whole document is walked: an alias expands to its anchor's span,
                // which a description later in the document can hold
                for (ScalarNode s : candidates) {
                    if (!skip.contains(s.span())) {
                        String text = (String) s.scalar().value();
                        scan(context, s.span(), !text.strip().contains(" ") && !text.strip().contains("\n"));
                    }
                }
            }
        }
        for (HclFile tf : context.workspace().terraformFiles()) {
            hcl(context, tf.body());
        }
    }

    /**
     * One walk over a document: scalars under a {@code description} key ({@link #isDocumentation})
     * are prose ("in the format <image_name>:<tag>"), never values to fill in, and join {@code skip}; the string scalars whose
     * text may hold a placeholder join {@code candidates}, in source order.
     */
    private static void walk(Node n, boolean documentation, Set<Span> skip, List<ScalarNode> candidates) {
        if (n instanceof ScalarNode s) {
            if (documentation) {
                skip.add(s.span());
            } else if (s.scalar().value() instanceof String && mayHold(s.span())) {
                candidates.add(s);
            }
        } else if (n instanceof MapNode m) {
            // by index: this walks every node of every file, and C1 allocates each for-each's iterator
            List<MapNode.Entry> entries = m.entries();
            for (int i = 0; i < entries.size(); i++) {
                MapNode.Entry e = entries.get(i);
                walk(e.value(), documentation || isDocumentation(e.key()), skip, candidates);
            }
        } else if (n instanceof ListNode l) {
            List<Node> items = l.items();
            for (int i = 0; i < items.size(); i++) {
                walk(items.get(i), documentation, skip, candidates);
            }
        }
    }

    /**
     * {@code description} (Kubernetes, Harness, Terraform), {@code Description} and
     * {@code ConstraintDescription} (CloudFormation), Terraform's {@code error_message} (validations,
     * pre- and postconditions, checks): text for people, not configuration.
     */
    private static boolean isDocumentation(String key) {
        return key.equalsIgnoreCase("description") || key.equals("ConstraintDescription") || key.equals("error_message");
    }

    private static void hcl(RuleContext context, HclNode node) {
        if (node instanceof io.ccmlint.core.hcl.HclAttribute a && isDocumentation(a.name())) {
            return; // a variable's or a resource's description is prose, as in YAML
        }
        if (node instanceof io.ccmlint.core.hcl.HclBlock b && b.type().equals("output")) {
            return; // what Terraform prints after apply (instructions, commands to run) or hands to a caller: configures nothing
        }
        if (node instanceof HclTemplatePart.Text t) {
            if (!mayHold(t.span())) {
                return;
            }
            String text = t.value();
            scan(context, t.span(), !text.strip().contains(" "));
            return;
        }
        for (HclNode child : node.children()) {
            hcl(context, child);
        }
    }

    /**
     * A line of multi-line text (a script or a config file in a heredoc or block scalar) without its
     * trailing {@code " # ..."} comment: the comment is for people, as a whole-line one is.
     */
    static String withoutTrailingComment(String line) {
        int at = line.indexOf(" #");
        while (at >= 0 && at + 2 < line.length() && line.charAt(at + 2) == '{') {
            at = line.indexOf(" #", at + 2); // " #{...}": Ruby interpolation, not a comment
        }
        return at < 0 ? line : line.substring(0, at);
    }

    /** False when the value's source text cannot hold a placeholder (most values): no need to look closer. */
    private static boolean mayHold(Span span) {
        return Placeholders.mayHold(span.file().text(), span.start(), span.end());
    }

    /** Searches the value's source text line by line; reports the first placeholder of each line. */
    private static void scan(RuleContext context, Span span, boolean singleToken) {
        SourceFile file = span.file();
        String raw = span.text();
        int lineStart = 0;
        while (lineStart <= raw.length()) {
            int lineEnd = raw.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = raw.length();
            }
            String line = raw.substring(lineStart, lineEnd);
            String trimmed = line.strip();
            if (lineEnd < raw.length() || lineStart > 0) {
                line = withoutTrailingComment(line); // a script or config in a heredoc: "cmd  # replace <x>" talks to people
            }
            if (!trimmed.startsWith("#")) {
                List<Placeholders.Match> found = Placeholders.find(line, singleToken);
                if (!found.isEmpty()) {
                    Placeholders.Match m = found.get(0);
                    int start = span.start() + lineStart + m.start();
                    String others = found.size() > 1 ? " (and " + (found.size() - 1) + " more on this line)" : "";
                    context.report(file.span(start, span.start() + lineStart + m.end()), "placeholder " + m.text()
                            + " was never filled in" + others + "; replace it with the real value");
                }
            }
            lineStart = lineEnd + 1;
        }
    }
}
