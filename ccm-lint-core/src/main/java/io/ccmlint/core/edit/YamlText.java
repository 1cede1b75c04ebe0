package io.ccmlint.core.edit;

import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.YamlTreeReader;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes YAML source text in place of a scalar: a node as written ({@code !Ref HarnessRole},
 * {@code !GetAtt [Role, Arn]}), for a fix whose new value is syntax rather than one string (which
 * {@link ValueEdits} writes). Since the text is written as is, it is checked as syntax: it must read,
 * where the scalar stands (a block value, or inside a flow collection), as exactly one node on one
 * line, with no anchor or alias of its own, and YAML's own reader decides that. Returns empty rather
 * than guess: for a scalar that is not a YAML one-line scalar written directly in its file (an
 * embedded value, a block scalar, one written with an anchor or tag before it), or text that would
 * read otherwise.
 */
public final class YamlText {
    /** An anchor ({@code &a}) or alias ({@code *a}) starting a token: it would name or reuse a node of the file. */
    private static final Pattern ANCHOR_OR_ALIAS = Pattern.compile("(^|[\\s\\[{,])[&*]");

    private YamlText() {
    }

    /**
     * The edit that writes {@code yaml} in place of {@code value}.
     *
     * @param inFlow true when the scalar is inside a flow collection ({@code [...]} or {@code {...}}),
     *               where {@code ,[]{}} end a plain scalar
     */
    public static Optional<TextEdit> replace(Scalar value, String yaml, boolean inFlow) {
        if (!writtenAlone(value) || yaml.isEmpty() || !yaml.strip().equals(yaml)
                || !yaml.codePoints().allMatch(Literals::yamlPrintable) || ANCHOR_OR_ALIAS.matcher(yaml).find()) {
            return Optional.empty();
        }
        boolean oneNode = inFlow
                ? onlyNode(probe("[" + yaml + "]"), 1, yaml) && onlyNode(probe("{k: " + yaml + "}"), 4, yaml)
                : onlyNode(probe("k: " + yaml + "\n"), 3, yaml);
        return oneNode ? Optional.of(new TextEdit(value.span(), yaml)) : Optional.empty();
    }

    /** A one-line YAML scalar whose span is its own text: quotes around it, or plain text equal to its value. */
    private static boolean writtenAlone(Scalar value) {
        if (!value.isKnown() || value.within() != null || !(value.value() instanceof String s)) {
            return false;
        }
        String text = value.span().text();
        return switch (value.style()) {
            case YAML_SINGLE_QUOTED -> text.length() >= 2 && text.startsWith("'") && text.endsWith("'");
            case YAML_DOUBLE_QUOTED -> text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"");
            case YAML_PLAIN -> text.equals(s);
            default -> false;
        };
    }

    /** The only document of {@code text}, or null when it does not read as one. */
    private static Node probe(String text) {
        try {
            List<Node> docs = new YamlTreeReader().readAll(SourceFile.of("probe.yaml", text));
            return docs.size() == 1 ? docs.get(0) : null;
        } catch (ParseProblem e) {
            return null;
        }
    }

    /** True when {@code doc} holds exactly one node, and it spans {@code yaml} written at {@code at}. */
    private static boolean onlyNode(Node doc, int at, String yaml) {
        Node only = null;
        if (doc instanceof ListNode l && l.items().size() == 1) {
            only = l.items().get(0);
        } else if (doc instanceof MapNode m && m.entries().size() == 1 && m.entries().get(0).key().equals("k")) {
            only = m.entries().get(0).value();
        }
        if (only == null) {
            return false;
        }
        Span s = only.span();
        return s.start() == at && s.end() == at + yaml.length();
    }
}
