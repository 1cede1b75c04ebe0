package io.ccmlint.core.tree;

import io.ccmlint.core.source.DecodedText;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import io.ccmlint.core.value.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON written as the text of another value: policy JSON in an HCL heredoc or string, the
 * {@code config} of an Argo CD cluster Secret in a YAML string. The JSON is read from the decoded
 * text and every node and {@link Scalar} gets its span in the outer file (through the outer
 * value's escapes, see {@link DecodedText}), so findings point inside the string; each Scalar says
 * how the outer value is written ({@link Scalar#within()}).
 *
 * <p>Text the outer value does not know (a Terraform interpolation in a heredoc) is a hole: the
 * decoded text holds a private-use character per hole ({@link #hole}), and a JSON string that holds
 * one becomes a {@link Template}. A hole anywhere else than inside a string makes the text no JSON.
 */
public final class EmbeddedJson {
    private static final char FIRST_HOLE = '\uE000';
    private static final char LAST_HOLE = '\uF8FF';

    private EmbeddedJson() {
    }

    /** The character that stands for hole number {@code index} in a decoded text, or 0 when there are too many. */
    public static char hole(int index) {
        return index <= LAST_HOLE - FIRST_HOLE ? (char) (FIRST_HOLE + index) : 0;
    }

    /**
     * The JSON of {@code text}, with spans in the outer file.
     *
     * @param holes the holes the decoded text stands for, by index (see {@link #hole})
     * @param within how the outer value is written
     * @throws ParseProblem when the text is not JSON (located in the outer file)
     */
    public static Node read(JsonTreeReader json, DecodedText text, List<Template.Hole> holes, ScalarStyle within)
            throws ParseProblem {
        SourceFile inner = SourceFile.of(text.file().displayPath(), text.text());
        Node tree;
        try {
            tree = json.read(inner);
        } catch (ParseProblem p) {
            throw new ParseProblem(text.span(p.span().start(), p.span().end()), p.getMessage());
        }
        return new Remap(text, holes, within).node(tree);
    }

    /**
     * The JSON a YAML string holds, with spans in the YAML file; empty when its value cannot be
     * aligned with its source (the caller then keeps to the string's own place).
     *
     * @throws ParseProblem when the value is not JSON
     */
    public static Optional<Node> inYaml(JsonTreeReader json, ScalarNode yaml) throws ParseProblem {
        if (!(yaml.scalar().value() instanceof String value) || yaml.syntax() != Syntax.YAML) {
            return Optional.empty();
        }
        Span span = yaml.span();
        DecodedText.Builder b = DecodedText.builder(span.file());
        if (!b.appendAligned(value, contentStart(yaml), span.end(), YamlEscapes.of(yaml.style()))) {
            return Optional.empty();
        }
        return Optional.of(read(json, b.build(), List.of(), yaml.style()));
    }

    /**
     * The YAML documents a YAML block scalar holds (a CloudFormation StackSet's {@code TemplateBody:
     * |}), with spans in the outer file; empty when the value cannot be aligned with its source.
     *
     * @throws ParseProblem when the value is not YAML (located in the outer file)
     */
    public static Optional<List<Node>> yamlInYaml(YamlTreeReader reader, ScalarNode yaml) throws ParseProblem {
        if (!(yaml.scalar().value() instanceof String value) || yaml.style() != ScalarStyle.YAML_LITERAL) {
            return Optional.empty();
        }
        Span span = yaml.span();
        DecodedText.Builder b = DecodedText.builder(span.file());
        if (!b.appendAligned(value, contentStart(yaml), span.end(), YamlEscapes.of(yaml.style()))) {
            return Optional.empty();
        }
        DecodedText text = b.build();
        List<Node> docs;
        try {
            docs = reader.readAll(SourceFile.of(text.file().displayPath(), text.text()));
        } catch (ParseProblem p) {
            throw new ParseProblem(text.span(p.span().start(), p.span().end()), p.getMessage());
        }
        Remap remap = new Remap(text, List.of(), yaml.style());
        return Optional.of(docs.stream().map(remap::node).toList());
    }

    /** Where a YAML scalar's text starts: after the opening quote, or the line of a block scalar's header. */
    private static int contentStart(ScalarNode yaml) {
        Span span = yaml.span();
        return switch (yaml.style()) {
            case YAML_DOUBLE_QUOTED, YAML_SINGLE_QUOTED -> span.start() + 1;
            case YAML_LITERAL, YAML_FOLDED -> {
                int nl = span.text().indexOf('\n');
                yield nl < 0 ? span.end() : span.start() + nl + 1;
            }
            default -> span.start();
        };
    }

    /** The tree read from the decoded text, rebuilt with spans in the outer file and holes as templates. */
    private record Remap(DecodedText text, List<Template.Hole> holes, ScalarStyle within) {
        Node node(Node n) {
            if (n instanceof MapNode m) {
                List<MapNode.Entry> entries = new ArrayList<>(m.entries().size());
                for (MapNode.Entry e : m.entries()) {
                    entries.add(new MapNode.Entry(scalar(e.name()), node(e.value())));
                }
                return new MapNode(span(m.span()), m.syntax(), m.flow(), entries);
            }
            if (n instanceof ListNode l) {
                List<Node> items = new ArrayList<>(l.items().size());
                l.items().forEach(i -> items.add(node(i)));
                return new ListNode(span(l.span()), l.syntax(), l.flow(), items);
            }
            return new ScalarNode(scalar(((ScalarNode) n).scalar()));
        }

        /**
         * The scalar with its span in the outer file; a string an interpolation computes, in part
         * or whole, is written as an expression there ({@link ScalarStyle#HCL_EXPRESSION}), not as
         * its own literal text.
         */
        Scalar scalar(Scalar s) {
            Span span = span(s.span());
            Template t = s.value() instanceof String str && !holes.isEmpty() ? template(str) : null;
            ScalarStyle style = text.computed(s.span().start(), s.span().end()) ? ScalarStyle.HCL_EXPRESSION : s.style();
            Scalar out = t != null ? Scalar.partial(t, span, style) : Scalar.known(s.value(), span, style);
            return out.embeddedIn(within);
        }

        /** The string's literal text and holes, or null when it holds no hole. */
        private Template template(String value) {
            List<Template.Part> parts = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < value.length(); i++) {
                int index = value.charAt(i) - FIRST_HOLE;
                if (index >= 0 && index < holes.size()) {
                    parts.add(new Template.Literal(value.substring(from, i)));
                    parts.add(holes.get(index));
                    from = i + 1;
                }
            }
            if (parts.isEmpty()) {
                return null;
            }
            parts.add(new Template.Literal(value.substring(from)));
            return new Template(parts);
        }

        private Span span(Span inner) {
            return text.span(inner.start(), inner.end());
        }
    }
}
