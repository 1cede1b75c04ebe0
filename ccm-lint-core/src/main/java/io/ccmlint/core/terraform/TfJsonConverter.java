package io.ccmlint.core.terraform;

import io.ccmlint.core.hcl.HclAttribute;
import io.ccmlint.core.hcl.HclBlock;
import io.ccmlint.core.hcl.HclBody;
import io.ccmlint.core.hcl.HclBodyItem;
import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.hcl.HclFile;
import io.ccmlint.core.hcl.HclLabel;
import io.ccmlint.core.hcl.HclTemplatePart;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a {@code .tf.json} file (Terraform's JSON syntax) into the same block model as a
 * {@code .tf} file, with the spans of the JSON text. Which keys are nested blocks is schema
 * knowledge in Terraform; here it is the block types ccm-lint reads. A string that is exactly one
 * reference ({@code "${aws_iam_role.x.arn}"}) becomes that reference; any other string with
 * {@code ${...}} stays text, which every rule treats as "not known here".
 */
public final class TfJsonConverter {
    /** Top-level keys and how many labels their blocks have. */
    private static final Map<String, Integer> TOP_LEVEL = Map.of("resource", 2, "data", 2, "variable", 1, "output", 1,
            "module", 1, "provider", 1, "terraform", 0, "locals", 0);
    private static final Set<String> NESTED_BLOCKS = Set.of("statement", "principals", "not_principals", "condition",
            "inline_policy", "cross_account_access", "oidc_authentication", "manual", "irsa", "inherit_from_delegate",
            "equal_jitter_backoff_strategy", "full_jitter_backoff_strategy", "fixed_delay_backoff_strategy",
            "required_providers", "backend", "lifecycle");
    private static final Pattern TRAVERSAL = Pattern.compile("\\$\\{([A-Za-z_][\\w-]*(?:\\.[A-Za-z_][\\w-]*)+)}");

    private TfJsonConverter() {
    }

    /** True for a file in Terraform's JSON syntax: HCL-syntax edits must never be written into it. */
    public static boolean isTfJson(io.ccmlint.core.source.SourceFile file) {
        return file.path().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".tf.json");
    }

    public static HclFile convert(io.ccmlint.core.source.SourceFile file, MapNode root) {
        List<HclBodyItem> items = new ArrayList<>();
        for (MapNode.Entry e : root.entries()) {
            Integer labels = TOP_LEVEL.get(e.key());
            if (labels == null) {
                continue; // "//" comments and keys Terraform does not know
            }
            if (e.key().equals("locals")) {
                for (Node body : each(e.value())) {
                    items.add(block(e.key(), e.keySpan(), List.of(), body));
                }
            } else {
                labelled(e.key(), e.keySpan(), new ArrayList<>(), e.value(), labels, items);
            }
        }
        return new HclFile(file, new HclBody(items, root.span()), List.of(), root.span());
    }

    /** Descends through label levels ({@code "resource": {"aws_iam_role": {"x": {...}}}}). */
    private static void labelled(String type, Span typeSpan, List<HclLabel> labels, Node value, int remaining,
                                 List<HclBodyItem> out) {
        if (remaining == 0) {
            for (Node body : each(value)) {
                out.add(block(type, typeSpan, labels, body));
            }
            return;
        }
        if (value instanceof MapNode m) {
            for (MapNode.Entry e : m.entries()) {
                List<HclLabel> more = new ArrayList<>(labels);
                more.add(new HclLabel(e.key(), true, e.keySpan()));
                labelled(type, typeSpan, more, e.value(), remaining - 1, out);
            }
        }
    }

    private static List<Node> each(Node value) {
        return value instanceof ListNode l ? l.items() : List.of(value);
    }

    private static HclBlock block(String type, Span typeSpan, List<HclLabel> labels, Node body) {
        Span open = body.span().file().span(body.span().start(), Math.min(body.span().end(), body.span().start() + 1));
        Span close = body.span().file().span(Math.max(body.span().start(), body.span().end() - 1), body.span().end());
        return new HclBlock(type, typeSpan, labels, body(body), open, close, typeSpan.union(body.span()));
    }

    private static HclBody body(Node n) {
        List<HclBodyItem> items = new ArrayList<>();
        if (n instanceof MapNode m) {
            for (MapNode.Entry e : m.entries()) {
                if (e.key().equals("//")) {
                    continue;
                }
                if (NESTED_BLOCKS.contains(e.key()) && (e.value() instanceof MapNode || e.value() instanceof ListNode)) {
                    for (Node b : each(e.value())) {
                        items.add(block(e.key(), e.keySpan(), List.of(), b));
                    }
                } else {
                    items.add(new HclAttribute(e.key(), e.keySpan(), e.keySpan().atEnd(), expression(e.value()), e.span()));
                }
            }
        }
        return new HclBody(items, n.span());
    }

    static HclExpression expression(Node n) {
        Span s = n.span();
        if (n instanceof MapNode m) {
            List<HclExpression.ObjectItem> items = new ArrayList<>();
            for (MapNode.Entry e : m.entries()) {
                HclExpression key = new HclExpression.Template(List.of(new HclTemplatePart.Text(e.key(), e.keySpan())), e.keySpan());
                items.add(new HclExpression.ObjectItem(key, e.keySpan().atEnd(), expression(e.value()), null, e.span()));
            }
            return new HclExpression.ObjectCons(items, first(s), last(s), s);
        }
        if (n instanceof ListNode l) {
            List<HclExpression> elements = new ArrayList<>();
            l.items().forEach(i -> elements.add(expression(i)));
            return new HclExpression.TupleCons(elements, List.of(), first(s), last(s), s);
        }
        Object v = ((ScalarNode) n).scalar().value();
        if (v == null) {
            return new HclExpression.NullLiteral(s);
        }
        if (v instanceof Boolean b) {
            return new HclExpression.BoolLiteral(b, s);
        }
        if (v instanceof BigDecimal d) {
            return new HclExpression.NumberLiteral(d, s);
        }
        String text = String.valueOf(v);
        var ref = TRAVERSAL.matcher(text);
        if (ref.matches()) {
            return traversal(ref.group(1), s);
        }
        return new HclExpression.Template(List.of(new HclTemplatePart.Text(text, s)), s);
    }

    /** {@code a.b.c} as Variable/GetAttr nodes; all carry the string's span. */
    private static HclExpression traversal(String path, Span s) {
        String[] parts = path.split("\\.");
        HclExpression e = new HclExpression.Variable(parts[0], s);
        for (int i = 1; i < parts.length; i++) {
            e = new HclExpression.GetAttr(e, parts[i], s, s);
        }
        return e;
    }

    private static Span first(Span s) {
        return s.file().span(s.start(), Math.min(s.end(), s.start() + 1));
    }

    private static Span last(Span s) {
        return s.file().span(Math.max(s.start(), s.end() - 1), s.end());
    }
}
