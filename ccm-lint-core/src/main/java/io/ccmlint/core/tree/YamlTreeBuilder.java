package io.ccmlint.core.tree;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.source.TextOffsets;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Builds located trees straight from SnakeYAML Engine's parser events, as its composer would
 * compose them (aliases expanded, merge keys {@code <<} applied, core-schema scalars) but without
 * its node graph in between: one pass, one tree. An alias shares the tree of its anchor (trees are
 * immutable). The limits are located where they are crossed: nesting at the node too deep, the
 * alias count at the alias over it; the node budget (aliases counted as expanded, a merge as its
 * whole source) where it ran out, reported when the document ends, so that a document that also
 * uses too many aliases is reported as the alias bomb it is.
 */
final class YamlTreeBuilder {
    private final SourceFile file;
    private final TextOffsets offsets;
    private final ParseLimits limits;
    private final boolean lastKeyWins;
    private final ScalarResolver resolver;
    private final StringPool strings;
    private final Parser parser;

    /** Open collections, innermost first. */
    private final ArrayDeque<Frame> open = new ArrayDeque<>();
    /** Anchors of the current document, complete ones only (an alias to an open one is recursive). */
    private final Map<String, Built> anchors = new HashMap<>();
    private final Set<String> openAnchors = new HashSet<>();
    private int aliasesToCollections;
    /** Nodes of the document so far, alias expansions counted in full (what {@link ParseLimits#maxYamlNodes()} bounds). */
    private long nodes;
    /**
     * Where the document went over the node budget, -1 while it has not. Reported at the document's
     * end, so that an alias bomb is reported as one wherever the budget ran out first (aliases
     * share their anchor's tree: going on costs nothing).
     */
    private int overBudgetAt = -1;
    private Built root;

    YamlTreeBuilder(SourceFile file, TextOffsets offsets, ParseLimits limits, boolean lastKeyWins, ScalarResolver resolver,
                    StringPool strings, Parser parser) {
        this.file = file;
        this.offsets = offsets;
        this.limits = limits;
        this.lastKeyWins = lastKeyWins;
        this.resolver = resolver;
        this.strings = strings;
        this.parser = parser;
    }

    /**
     * A node as built, with what its parent needs: the node without its local tag (what a merge key
     * merges), how many nodes it counts for and how deep it goes (for aliases to it), and for a
     * scalar its text as written and whether it is the merge key {@code <<}.
     */
    private record Built(Node node, Node untagged, long size, int height, String scalarText, ScalarStyle style,
                         boolean mergeKey, boolean emptyDocument) {
    }

    /** A collection being built. */
    private static final class Frame {
        final boolean mapping;
        final boolean flow;
        final int start;
        final int depth;
        final String anchor;
        final String localTag;
        final List<MapNode.Entry> entries;
        final List<Node> items;
        final Set<String> seen;
        /** The key waiting for its value. */
        Built key;
        /** The values of merge keys, in order (merged when the mapping ends). */
        List<Built> merges;
        long size = 1;
        int height;

        Frame(boolean mapping, boolean flow, int start, int depth, String anchor, String localTag) {
            this.mapping = mapping;
            this.flow = flow;
            this.start = start;
            this.depth = depth;
            this.anchor = anchor;
            this.localTag = localTag;
            this.entries = mapping ? new ArrayList<>() : null;
            this.items = mapping ? null : new ArrayList<>();
            this.seen = mapping ? new HashSet<>() : null;
        }

        /** The depth of this collection's children: one more, two under a local tag (the tag is a level of its own). */
        int childDepth() {
            return depth + (localTag != null ? 2 : 1);
        }
    }

    /** Every document of the stream, empty ones left out. */
    List<Node> documents() throws ParseProblem {
        List<Node> docs = new ArrayList<>();
        while (parser.hasNext()) {
            Event ev = parser.next();
            switch (ev.getEventId()) {
                case DocumentStart -> {
                    anchors.clear();
                    openAnchors.clear();
                    aliasesToCollections = 0;
                    nodes = 0;
                    overBudgetAt = -1;
                    root = null;
                }
                case DocumentEnd -> {
                    if (overBudgetAt >= 0) {
                        throw new ParseProblem(file.span(overBudgetAt, overBudgetAt),
                                "YAML expands to more than " + limits.maxYamlNodes() + " nodes through aliases");
                    }
                    if (root != null && !root.emptyDocument()) {
                        docs.add(root.node());
                    }
                }
                case Scalar -> add(scalar((ScalarEvent) ev));
                case MappingStart, SequenceStart -> start((CollectionStartEvent) ev);
                case MappingEnd, SequenceEnd -> add(end(ev));
                case Alias -> add(alias((AliasEvent) ev));
                default -> {
                    // stream start and end; comments are not parsed
                }
            }
        }
        return docs;
    }

    private int depthHere() {
        Frame parent = open.peek();
        return parent == null ? 0 : parent.childDepth();
    }

    private void checkDepth(int depth, int at) throws ParseProblem {
        if (depth > limits.maxNestingDepth()) {
            throw new ParseProblem(file.span(at, at), "YAML nested deeper than " + limits.maxNestingDepth() + " levels");
        }
    }

    private void count(long more, int at) {
        nodes += more;
        if (nodes > limits.maxYamlNodes() && overBudgetAt < 0) {
            overBudgetAt = at;
        }
    }

    private Built scalar(ScalarEvent ev) throws ParseProblem {
        int start = offset(ev.getStartMark(), 0);
        int end = Math.max(start, offset(ev.getEndMark(), start));
        checkDepth(depthHere(), start);
        count(1, start);
        String text = strings.of(ev.getValue());
        Optional<String> written = ev.getTag();
        Tag tag = written.isEmpty() || written.get().equals("!")
                ? resolver.resolve(text, ev.getImplicit().canOmitTagInPlainScalar())
                : new Tag(written.get());
        ScalarStyle style = style(ev.getScalarStyle());
        String localTag = localTag(written);
        Node untagged;
        Node node;
        if (localTag == null) {
            untagged = ScalarNode.known(file.span(start, end), style, value(text, tag));
            node = untagged;
        } else {
            Span valueSpan = valueSpan(start, end);
            untagged = ScalarNode.known(valueSpan, style, value(text, tag));
            node = tagged(localTag, start, end, untagged);
        }
        boolean empty = localTag == null && Tag.NULL.equals(tag) && text.isEmpty() && style == ScalarStyle.YAML_PLAIN;
        Built built = new Built(node, untagged, 1, localTag != null ? 1 : 0, text, style, Tag.MERGE.equals(tag), empty);
        anchor(ev, built);
        return built;
    }

    private void start(CollectionStartEvent ev) throws ParseProblem {
        int start = offset(ev.getStartMark(), 0);
        int depth = depthHere();
        checkDepth(depth, start);
        count(1, start);
        String anchor = ev.getAnchor().map(a -> a.getValue()).orElse(null);
        if (anchor != null) {
            openAnchors.add(anchor);
        }
        open.push(new Frame(ev.getEventId() == Event.ID.MappingStart, ev.isFlow(), start, depth, anchor,
                localTag(ev.getTag())));
    }

    private Built end(Event ev) throws ParseProblem {
        Frame f = open.pop();
        int end = Math.max(f.start, offset(ev.getEndMark(), f.start));
        Span valueSpan = f.localTag == null ? file.span(f.start, end) : valueSpan(f.start, end);
        Node untagged;
        if (f.mapping) {
            if (f.merges != null) {
                merge(f);
            }
            untagged = new MapNode(valueSpan, Syntax.YAML, f.flow, f.entries);
        } else {
            untagged = new ListNode(valueSpan, Syntax.YAML, f.flow, f.items);
        }
        Node node = f.localTag == null ? untagged : tagged(f.localTag, f.start, end, untagged);
        Built built = new Built(node, untagged, f.size, f.height + (f.localTag != null ? 1 : 0), null, null, false, false);
        if (f.anchor != null) {
            openAnchors.remove(f.anchor);
            anchors.put(f.anchor, built);
        }
        return built;
    }

    private Built alias(AliasEvent ev) throws ParseProblem {
        String name = ev.getAlias().getValue();
        int at = offset(ev.getStartMark(), 0);
        Built target = anchors.get(name);
        if (target == null) {
            throw new ParseProblem(file.span(at, at), openAnchors.contains(name)
                    ? "invalid YAML: alias *" + name + " is inside the collection it names (a recursive structure)"
                    : "invalid YAML: found undefined alias " + name);
        }
        if (target.scalarText() == null && ++aliasesToCollections > limits.maxAliasesForCollections()) {
            throw new ParseProblem(file.span(at, at), "YAML uses more than " + limits.maxAliasesForCollections()
                    + " aliases to collections (an alias bomb)");
        }
        checkDepth(depthHere() + target.height(), at);
        count(target.size(), at);
        return target;
    }

    /** Hands a finished node to its parent, or makes it the document's root. */
    private void add(Built b) throws ParseProblem {
        Frame parent = open.peek();
        if (parent == null) {
            root = b;
            return;
        }
        parent.size += b.size();
        parent.height = Math.max(parent.height, b.height() + 1);
        if (!parent.mapping) {
            parent.items.add(b.node());
        } else if (parent.key == null) {
            if (b.scalarText() == null) {
                int at = b.node().span().start();
                throw new ParseProblem(file.span(at, at), "invalid YAML: a mapping key must be a scalar, not a collection");
            }
            parent.key = b;
        } else {
            Built key = parent.key;
            parent.key = null;
            if (key.mergeKey()) {
                if (parent.merges == null) {
                    parent.merges = new ArrayList<>(2);
                }
                parent.merges.add(b);
                return;
            }
            String keyText = key.scalarText();
            Span keySpan = key.node().span();
            if (!parent.seen.add(keyText)) {
                if (!lastKeyWins) {
                    throw new ParseProblem(keySpan, "duplicate key \"" + keyText + "\" in the same YAML mapping");
                }
                parent.entries.removeIf(earlier -> earlier.key().equals(keyText));
            }
            parent.entries.add(new MapNode.Entry(Scalar.known(keyText, keySpan, key.style()), b.node()));
        }
    }

    /**
     * Applies the mapping's merge keys: after its own entries, the entries of each merged mapping
     * whose keys it does not have yet, in order (the YAML merge key type, as the composer does).
     */
    private void merge(Frame f) throws ParseProblem {
        Set<String> keys = new HashSet<>();
        for (MapNode.Entry e : f.entries) {
            keys.add(e.key());
        }
        for (Built m : f.merges) {
            List<Node> sources = m.untagged() instanceof ListNode l ? l.items() : List.of(m.untagged());
            for (Node source : sources) {
                if (!(source instanceof MapNode from)) {
                    int at = source.span().start();
                    throw new ParseProblem(file.span(at, at), "invalid YAML: a merge key (<<) takes a mapping or a list of mappings");
                }
                List<MapNode.Entry> added = new ArrayList<>();
                for (MapNode.Entry e : from.entries()) {
                    if (!keys.contains(e.key())) {
                        added.add(e);
                    }
                }
                for (MapNode.Entry e : added) {
                    keys.add(e.key());
                    f.entries.add(e);
                }
            }
            count(m.size(), m.node().span().start());
        }
    }

    /**
     * A node with a local tag ({@code !Ref Role}, {@code !Sub [...]}) as a mapping of one entry:
     * the tag as written (its span the tag's) to the node's value (its span after the tag). A
     * CloudFormation template reads it exactly as the long form ({@code Ref: Role}); any other
     * document sees a mapping it does not expect, never the bare value with its meaning lost.
     */
    private Node tagged(String tag, int start, int end, Node value) {
        int tagStart = tagStart(start, end);
        int tagEnd = Math.min(skipToken(file.text(), tagStart), end);
        Scalar key = Scalar.known(tag, file.span(tagStart, tagEnd), ScalarStyle.YAML_PLAIN);
        return new MapNode(file.span(start, end), Syntax.YAML, false, List.of(new MapNode.Entry(key, value)));
    }

    /** Where the value of a tagged node starts: after its tag (and an anchor written before the tag). */
    private Span valueSpan(int start, int end) {
        String text = file.text();
        int tagEnd = Math.min(skipToken(text, tagStart(start, end)), end);
        int valueStart = Math.min(skipBlanks(text, tagEnd, end), end);
        return file.span(valueStart, Math.max(valueStart, end));
    }

    private int tagStart(int start, int end) {
        String text = file.text();
        int tagStart = start;
        if (tagStart < text.length() && text.charAt(tagStart) == '&') { // an anchor before the tag
            tagStart = skipToken(text, tagStart);
            tagStart = skipBlanks(text, tagStart, end);
        }
        return tagStart;
    }

    private void anchor(NodeEvent ev, Built built) {
        // no ifPresent(lambda): the lambda would capture built, an allocation per node
        Optional<Anchor> a = ev.getAnchor();
        if (a.isPresent()) {
            anchors.put(a.get().getValue(), built);
        }
    }

    private int offset(Optional<Mark> mark, int orElse) {
        return mark.isPresent() ? offsets.toCharOffset(mark.get().getIndex()) : orElse;
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

    /**
     * A tag the document gives itself ({@code !Ref}, {@code !Sub}): not a YAML core tag
     * ({@code tag:yaml.org,2002:...}, written {@code !!str}), not the non-specific {@code !}.
     */
    private static String localTag(Optional<String> tag) {
        if (tag.isEmpty()) {
            return null;
        }
        String t = tag.get();
        return t.length() > 1 && t.charAt(0) == '!' ? t : null;
    }

    private static ScalarStyle style(org.snakeyaml.engine.v2.common.ScalarStyle style) {
        return switch (style) {
            case SINGLE_QUOTED -> ScalarStyle.YAML_SINGLE_QUOTED;
            case DOUBLE_QUOTED -> ScalarStyle.YAML_DOUBLE_QUOTED;
            case LITERAL -> ScalarStyle.YAML_LITERAL;
            case FOLDED -> ScalarStyle.YAML_FOLDED;
            default -> ScalarStyle.YAML_PLAIN;
        };
    }

    /** The YAML 1.2 core-schema value of a scalar, without constructing any object but strings, numbers, booleans. */
    private static Object value(String v, Tag tag) {
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return Boolean.parseBoolean(v.toLowerCase(Locale.ROOT));
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            try {
                return new BigDecimal(v.replace("_", ""));
            } catch (NumberFormatException e) {
                return v; // 0x1F, .inf and friends: keep the text
            }
        }
        return v;
    }
}
