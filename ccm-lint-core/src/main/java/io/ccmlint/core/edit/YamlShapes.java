package io.ccmlint.core.edit;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.value.ScalarStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a YAML tree sits in its text, for edits that insert lines: where a node's content really
 * ends (a block collection's span runs on over comments to the next token), whether a subtree is
 * plain data written in place (no alias, no intrinsic function), and the indentation of a line.
 */
final class YamlShapes {
    /** What precedes the first key of a compact sequence item on its line: indentation, a dash, a gap. */
    private static final Pattern DASH_PREFIX = Pattern.compile("( *)-( +)");
    private static final Pattern INDENT_PREFIX = Pattern.compile(" *(- +)*");

    private YamlShapes() {
    }

    /**
     * True for a one-entry mapping that stands for a CloudFormation intrinsic function: a local
     * tag ({@code !If [...]}, read as {@code {"!If": [...]}}) or the long form ({@code Fn::If},
     * {@code Ref}). Its value is computed: an edit must not take it for a literal mapping.
     */
    static boolean isIntrinsic(Node n) {
        if (!(n instanceof MapNode m) || m.entries().size() != 1) {
            return false;
        }
        MapNode.Entry e = m.entries().get(0);
        String key = e.key();
        boolean tag = key.startsWith("!") && e.name().style() == ScalarStyle.YAML_PLAIN; // "!x" quoted is a key
        return tag || key.startsWith("Fn::") || key.equals("Ref");
    }

    /**
     * True when every node of {@code n} is written where the tree says, in order, and nowhere
     * else: each key and value after the one before it and inside its parent, and no anchor. An
     * alias breaks the order (its nodes carry the anchor's spans, elsewhere in the file), and an
     * anchored node is also read wherever an alias names it: an edit must not follow the one nor
     * change the other.
     */
    static boolean writtenInPlace(Node n) {
        int at = n.span().start();
        int end = n.span().end();
        if (end > at && n.span().file().text().charAt(at) == '&') {
            return false;
        }
        if (n instanceof MapNode m) {
            for (MapNode.Entry e : m.entries()) {
                Node v = e.value();
                if (e.keySpan().start() < at || v.span().start() < e.keySpan().end() || v.span().end() > end
                        || !writtenInPlace(v)) {
                    return false;
                }
                at = v.span().end();
            }
        } else if (n instanceof ListNode l) {
            for (Node item : l.items()) {
                if (item.span().start() < at || item.span().end() > end || !writtenInPlace(item)) {
                    return false;
                }
                at = item.span().end();
            }
        }
        return true;
    }

    /**
     * The offset just past the last character of {@code n}'s own text (not the comments and blank
     * lines a block collection's span runs on over), or -1 when it cannot be told: an empty item,
     * a block scalar that keeps its final line breaks or has an indentation indicator.
     */
    static int contentEnd(Node n) {
        if (n instanceof ScalarNode s) {
            return scalarEnd(s);
        }
        if (n instanceof MapNode m) {
            if (m.flow()) {
                return closesWith(m, '}') ? m.span().end() : -1;
            }
            return m.entries().isEmpty() ? -1 : entryEnd(m.entries().get(m.entries().size() - 1));
        }
        ListNode l = (ListNode) n;
        if (l.flow()) {
            return closesWith(l, ']') ? l.span().end() : -1;
        }
        if (l.items().isEmpty()) {
            return -1;
        }
        Node last = l.items().get(l.items().size() - 1);
        return last.span().length() == 0 ? -1 : contentEnd(last);
    }

    /** Where an entry's text ends: after its value, or after the key's colon when the value is empty. */
    static int entryEnd(MapNode.Entry e) {
        if (e.value().span().length() > 0) {
            return contentEnd(e.value());
        }
        String text = e.keySpan().file().text();
        int end = e.keySpan().end();
        if (e.key().startsWith("!") && e.keySpan().text().startsWith("!")) {
            return end; // a tag with no value after it
        }
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && text.charAt(i) == ':' ? i + 1 : -1;
    }

    /**
     * The end of the line {@code contentEnd} is on, where new lines go after the content; -1 when
     * anything but blanks or a comment follows the content there.
     */
    static int lineAfter(SourceFile file, int contentEnd) {
        if (contentEnd < 0 || contentEnd > 0 && file.text().charAt(contentEnd - 1) == '\n') {
            return -1;
        }
        int lineEnd = file.lineEnd(file.line(contentEnd));
        String rest = file.text().substring(contentEnd, lineEnd);
        boolean comment = !rest.isEmpty() && (rest.charAt(0) == ' ' || rest.charAt(0) == '\t') && rest.strip().startsWith("#");
        return rest.isBlank() || comment ? lineEnd : -1;
    }

    /** True when the text between two offsets is only blank lines and comment lines. */
    static boolean onlyComments(SourceFile file, int from, int to) {
        if (to < from) {
            return false;
        }
        for (String line : file.text().substring(from, to).split("\n", -1)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Spaces as wide as the text before {@code offset} on its line, when that text is indentation
     * and sequence dashes ({@code "  - "}); else null.
     */
    static String columnIndent(SourceFile file, int offset) {
        String prefix = file.text().substring(file.lineStart(file.line(offset)), offset);
        return INDENT_PREFIX.matcher(prefix).matches() ? " ".repeat(prefix.length()) : null;
    }

    /** The dash of a block sequence item that starts on the dash's line: {indentation, gap}, or null. */
    static String[] dash(SourceFile file, Node item) {
        int start = item.span().start();
        Matcher m = DASH_PREFIX.matcher(file.text().substring(file.lineStart(file.line(start)), start));
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }

    /** The column of an offset, counted in characters from its line's start. */
    static int column(SourceFile file, int offset) {
        return offset - file.lineStart(file.line(offset));
    }

    private static boolean closesWith(Node n, char close) {
        return n.span().length() >= 2 && n.span().file().text().charAt(n.span().end() - 1) == close;
    }

    private static int scalarEnd(ScalarNode s) {
        if (s.style() != ScalarStyle.YAML_LITERAL && s.style() != ScalarStyle.YAML_FOLDED) {
            return s.span().end();
        }
        String text = s.span().text();
        int header = 1;
        while (header < text.length() && header <= 2 && "+-123456789".indexOf(text.charAt(header)) >= 0) {
            if (text.charAt(header) != '-') {
                return -1; // keep chomping makes trailing blank lines content; an indicator hides the indentation
            }
            header++;
        }
        int end = s.span().start() + header;
        int lf = text.indexOf('\n');
        int contentIndent = -1;
        for (int at = lf < 0 ? text.length() : lf + 1; at < text.length(); ) {
            int next = text.indexOf('\n', at);
            int lineEnd = next < 0 ? text.length() : next;
            String line = text.substring(at, lineEnd);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (!line.isBlank()) {
                int spaces = line.length() - line.stripLeading().length();
                if (contentIndent < 0) {
                    contentIndent = spaces;
                }
                if (spaces < contentIndent) {
                    break; // a less indented comment after the content
                }
                end = s.span().start() + at + line.length();
            }
            at = next < 0 ? text.length() : next + 1;
        }
        return end;
    }
}
