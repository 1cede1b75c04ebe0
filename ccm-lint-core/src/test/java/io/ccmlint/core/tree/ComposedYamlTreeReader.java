package io.ccmlint.core.tree;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.source.TextOffsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The test oracle for {@link YamlTreeReader}: the composer-based reader it replaced, unchanged but
 * for one bug (see {@code isResolved} below). Builds located trees from YAML with SnakeYAML Engine's compose API (no object construction, so
 * no custom types can ever be instantiated). Aliases are expanded; the expansion is bounded by a
 * node budget, nesting by a depth limit, and duplicate keys are an error.
 */
final class ComposedYamlTreeReader {
    private final ParseLimits limits;
    /** A repeated key replaces the earlier one instead of being an error (see {@link #lastKeyWins}). */
    private final boolean lastKeyWins;

    ComposedYamlTreeReader(ParseLimits limits) {
        this(limits, false);
    }

    private ComposedYamlTreeReader(ParseLimits limits, boolean lastKeyWins) {
        this.limits = limits;
        this.lastKeyWins = lastKeyWins;
    }

    /**
     * A reader for which a key repeated in one mapping replaces the earlier one, as Helm and the
     * Kubernetes client read a chart's rendered manifests (go-yaml v2 into a map: the last value
     * wins). A file someone writes keeps the strict reading: there a repeated key is a mistake.
     */
    ComposedYamlTreeReader lastKeyWins() {
        return new ComposedYamlTreeReader(limits, true);
    }

    ComposedYamlTreeReader() {
        this(ParseLimits.DEFAULT);
    }

    /** All documents of the file, in order. Empty documents are skipped. */
    public List<Node> readAll(SourceFile file) throws ParseProblem {
        TextOffsets offsets = new TextOffsets(file.text());
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.displayPath())
                // no setAllowDuplicateKeys/setAllowRecursiveKeys: only snakeyaml-engine's constructors read
                // them, and Compose builds no objects; the Converter below rejects duplicate keys itself
                .setMaxAliasesForCollections(limits.maxAliasesForCollections())
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentLength()))
                .setUseMarks(true)
                // one window for the whole text: with the default 1 KB window a long scalar is re-copied
                // at every refill (10 MB took 30 s); the text is in memory already and bounded by maxFileSize
                .setBufferSize(Math.max(1024, file.text().length() + 1))
                .setSchema(new CoreSchema()) // YAML 1.2 core: ~ is null, True is a boolean
                .build();
        List<Node> docs = new ArrayList<>();
        Converter converter = new Converter(file, offsets);
        try {
            for (org.snakeyaml.engine.v2.nodes.Node doc : new Compose(settings).composeAllFromString(file.text())) {
                if (doc != null && !isEmpty(doc)) {
                    docs.add(converter.convert(doc, 0));
                }
            }
        } catch (MarkedYamlEngineException e) {
            throw new ParseProblem(at(file, offsets, e.getProblemMark()), plainMessage(e));
        } catch (org.snakeyaml.engine.v2.exceptions.ReaderException e) { // a control character: no mark, a position
            int at = offsets.toCharOffset(e.getPosition());
            throw new ParseProblem(file.span(at, at), String.format("invalid YAML: control character U+%04X is not allowed",
                    e.getCodePoint()));
        } catch (YamlEngineException e) {
            if (String.valueOf(e.getMessage()).startsWith("Number of aliases")) { // the composer gives no mark
                throw new ParseProblem(aliasOverLimit(file, offsets, settings), "YAML uses more than "
                        + limits.maxAliasesForCollections() + " aliases to collections (an alias bomb)");
            }
            throw new ParseProblem(file.span(0, 0), "invalid YAML: " + firstLine(e.getMessage()));
        } catch (StackOverflowError e) {
            // the composer recurses; the event parser does not: find where the nesting went too deep
            throw new ParseProblem(tooDeep(file, offsets, settings), "YAML nested deeper than " + limits.maxNestingDepth() + " levels");
        }
        return docs;
    }

    /** Where the alias to a collection that went over the limit is: the composer does not say. */
    private Span aliasOverLimit(SourceFile file, TextOffsets offsets, LoadSettings settings) {
        java.util.Map<String, Boolean> collection = new java.util.HashMap<>();
        int count = 0;
        try {
            for (org.snakeyaml.engine.v2.events.Event ev : new org.snakeyaml.engine.v2.api.lowlevel.Parse(settings)
                    .parseString(file.text())) {
                if (ev instanceof org.snakeyaml.engine.v2.events.AliasEvent a) {
                    if (Boolean.TRUE.equals(collection.get(a.getAlias().getValue()))
                            && ++count > limits.maxAliasesForCollections()) {
                        return at(file, offsets, a.getStartMark());
                    }
                } else if (ev instanceof org.snakeyaml.engine.v2.events.NodeEvent n && n.getAnchor().isPresent()) {
                    collection.put(n.getAnchor().get().getValue(),
                            !(ev instanceof org.snakeyaml.engine.v2.events.ScalarEvent));
                }
            }
        } catch (YamlEngineException e) {
            // cannot happen: the text composed up to the limit; fall back to the start
        }
        return file.span(0, 0);
    }

    /** The first collection nested deeper than the limit. */
    private Span tooDeep(SourceFile file, TextOffsets offsets, LoadSettings settings) {
        int depth = 0;
        try {
            for (org.snakeyaml.engine.v2.events.Event ev : new org.snakeyaml.engine.v2.api.lowlevel.Parse(settings)
                    .parseString(file.text())) {
                if (ev instanceof org.snakeyaml.engine.v2.events.CollectionStartEvent) {
                    if (++depth > limits.maxNestingDepth() + 1) { // the root is level 0, as in the converter
                        return at(file, offsets, ev.getStartMark());
                    }
                } else if (ev instanceof org.snakeyaml.engine.v2.events.CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (YamlEngineException e) {
            // a syntax error after the deep part: keep the start
        }
        return file.span(0, 0);
    }

    /** A document with no content at all ({@code ---} followed by nothing). */
    private static boolean isEmpty(org.snakeyaml.engine.v2.nodes.Node doc) {
        return doc instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s && Tag.NULL.equals(s.getTag())
                && s.getValue().isEmpty() && s.getScalarStyle() == ScalarStyle.PLAIN;
    }

    private static Span at(SourceFile file, TextOffsets offsets, Optional<Mark> mark) {
        int at = mark.map(m -> offsets.toCharOffset(m.getIndex())).orElse(0);
        return file.span(at, at);
    }

    private static String plainMessage(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "syntax error" : e.getProblem();
        String context = e.getContext();
        String msg = context == null ? problem : context + ": " + problem;
        return "invalid YAML: " + firstLine(msg);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int cut = s.indexOf('\n');
        return (cut > 0 ? s.substring(0, cut) : s).trim();
    }

    private final class Converter {
        private final SourceFile file;
        private final TextOffsets offsets;
        private int nodes;
        private int furthest;

        Converter(SourceFile file, TextOffsets offsets) {
            this.file = file;
            this.offsets = offsets;
        }

        Node convert(org.snakeyaml.engine.v2.nodes.Node n, int depth) throws ParseProblem {
            Span span = span(n);
            if (depth > limits.maxNestingDepth()) {
                throw new ParseProblem(span.atStart(), "YAML nested deeper than " + limits.maxNestingDepth() + " levels");
            }
            furthest = Math.max(furthest, span.start()); // an alias expands nodes from earlier in the file
            if (++nodes > limits.maxYamlNodes()) {
                throw new ParseProblem(file.span(furthest, furthest),
                        "YAML expands to more than " + limits.maxYamlNodes() + " nodes through aliases");
            }
            String tag = n.getTag().getValue();
            // n.isResolved(): a tag the schema gave (a plain ${VAR} is !ENV_VARIABLE), not one written; the reader this
            // oracle comes from took it for a written local tag, a bug the event-driven reader does not have
            if (isLocalTag(tag) && !n.isResolved()) {
                return tagged(n, tag, span, depth);
            }
            return untagged(n, span, depth);
        }

        /**
         * A node with a local tag ({@code !Ref Role}, {@code !Sub [...]}) as a mapping of one entry:
         * the tag as written (its span the tag's) to the node's value (its span after the tag). A
         * CloudFormation template reads it exactly as the long form ({@code Ref: Role}); any other
         * document sees a mapping it does not expect, never the bare value with its meaning lost.
         */
        private Node tagged(org.snakeyaml.engine.v2.nodes.Node n, String tag, Span span, int depth) throws ParseProblem {
            String text = file.text();
            int tagStart = span.start();
            if (tagStart < text.length() && text.charAt(tagStart) == '&') { // an anchor before the tag
                tagStart = skipToken(text, tagStart);
                tagStart = skipBlanks(text, tagStart, span.end());
            }
            int tagEnd = Math.min(skipToken(text, tagStart), span.end());
            int valueStart = Math.min(skipBlanks(text, tagEnd, span.end()), span.end());
            Span valueSpan = file.span(valueStart, Math.max(valueStart, span.end()));
            Node value = untagged(n, valueSpan, depth + 1);
            var key = io.ccmlint.core.value.Scalar.known(tag, file.span(tagStart, tagEnd), io.ccmlint.core.value.ScalarStyle.YAML_PLAIN);
            return new MapNode(span, Syntax.YAML, false, List.of(new MapNode.Entry(key, value)));
        }

        private Node untagged(org.snakeyaml.engine.v2.nodes.Node n, Span span, int depth) throws ParseProblem {
            if (n instanceof MappingNode m) {
                List<MapNode.Entry> entries = new ArrayList<>(m.getValue().size());
                Set<String> seen = new HashSet<>();
                for (NodeTuple t : m.getValue()) {
                    Node key = convert(t.getKeyNode(), depth + 1);
                    // a key is its text, not its resolved value: the condition operator Null is not null, True is not true
                    var scalarKey = t.getKeyNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode k ? k : null;
                    String keyText = scalarKey != null ? scalarKey.getValue() : key.span().text();
                    if (!seen.add(keyText)) {
                        if (!lastKeyWins) {
                            throw new ParseProblem(key.span(), "duplicate key \"" + keyText + "\" in the same YAML mapping");
                        }
                        entries.removeIf(earlier -> earlier.key().equals(keyText));
                    }
                    var keyStyle = scalarKey != null ? style(scalarKey.getScalarStyle()) : io.ccmlint.core.value.ScalarStyle.YAML_PLAIN;
                    entries.add(new MapNode.Entry(io.ccmlint.core.value.Scalar.known(keyText, key.span(), keyStyle),
                            convert(t.getValueNode(), depth + 1)));
                }
                return new MapNode(span, Syntax.YAML, m.getFlowStyle() == FlowStyle.FLOW, entries);
            }
            if (n instanceof SequenceNode s) {
                List<Node> items = new ArrayList<>(s.getValue().size());
                for (org.snakeyaml.engine.v2.nodes.Node item : s.getValue()) {
                    items.add(convert(item, depth + 1));
                }
                return new ListNode(span, Syntax.YAML, s.getFlowStyle() == FlowStyle.FLOW, items);
            }
            var scalar = (org.snakeyaml.engine.v2.nodes.ScalarNode) n;
            return ScalarNode.known(span, style(scalar.getScalarStyle()), scalarValue(scalar));
        }

        /** The end of the token at {@code from} (a tag or an anchor): the next blank, comma or bracket. */
        private static int skipToken(String text, int from) {
            int i = from;
            while (i < text.length() && " \t\r\n,[]{}".indexOf(text.charAt(i)) < 0) {
                i++;
            }
            return i;
        }

        /** Past blanks, line breaks and comments, up to {@code limit}. */
        private static int skipBlanks(String text, int from, int limit) {
            int i = from;
            while (i < limit) {
                char c = text.charAt(i);
                if (c == '#') {
                    while (i < limit && text.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                    i++;
                } else {
                    break;
                }
            }
            return i;
        }

        private Span span(org.snakeyaml.engine.v2.nodes.Node n) {
            int start = n.getStartMark().map(m -> offsets.toCharOffset(m.getIndex())).orElse(0);
            int end = n.getEndMark().map(m -> offsets.toCharOffset(m.getIndex())).orElse(start);
            return file.span(start, Math.max(start, end));
        }
    }

    /**
     * A tag the document gives itself ({@code !Ref}, {@code !Sub}): not a YAML core tag
     * ({@code tag:yaml.org,2002:...}, written {@code !!str}), not the non-specific {@code !}.
     */
    private static boolean isLocalTag(String tag) {
        return tag.length() > 1 && tag.charAt(0) == '!';
    }

    private static io.ccmlint.core.value.ScalarStyle style(ScalarStyle style) {
        return switch (style) {
            case SINGLE_QUOTED -> io.ccmlint.core.value.ScalarStyle.YAML_SINGLE_QUOTED;
            case DOUBLE_QUOTED -> io.ccmlint.core.value.ScalarStyle.YAML_DOUBLE_QUOTED;
            case LITERAL -> io.ccmlint.core.value.ScalarStyle.YAML_LITERAL;
            case FOLDED -> io.ccmlint.core.value.ScalarStyle.YAML_FOLDED;
            default -> io.ccmlint.core.value.ScalarStyle.YAML_PLAIN;
        };
    }

    /** The YAML 1.2 core-schema value of a scalar, without constructing any object but strings, numbers, booleans. */
    private static Object scalarValue(org.snakeyaml.engine.v2.nodes.ScalarNode s) {
        String v = s.getValue();
        Tag tag = s.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return Boolean.parseBoolean(v.toLowerCase(java.util.Locale.ROOT));
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            try {
                return new java.math.BigDecimal(v.replace("_", ""));
            } catch (NumberFormatException e) {
                return v; // 0x1F, .inf and friends: keep the text
            }
        }
        return v;
    }
}
