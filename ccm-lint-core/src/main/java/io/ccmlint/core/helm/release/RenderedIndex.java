package io.ccmlint.core.helm.release;

import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scalars and keys of a rendered manifest by position: what a finding's span is (a value or a
 * key), its text, and the keys above it ({@code spec, template, spec, securityContext, runAsUser}),
 * which tell a values entry that printed it from one that merely has the same value.
 */
final class RenderedIndex {
    /** A rendered value or key: its path of keys (list items as "#"), text, and whether it is a key. */
    record Item(List<String> path, String text, boolean key, Span span) {
    }

    private final Map<Long, Item> bySpan = new HashMap<>();

    RenderedIndex(List<Node> documents) {
        for (Node d : documents) {
            walk(d, new ArrayList<>());
        }
    }

    /** The value or key written exactly at {@code span}, or null. */
    Item at(Span span) {
        return bySpan.get(key(span.start(), span.end()));
    }

    private void walk(Node n, List<String> path) {
        if (n instanceof ScalarNode s) {
            Object v = s.scalar().value();
            if (v != null && !(v instanceof Map) && !(v instanceof List)) {
                put(new Item(List.copyOf(path), Canonical.text(v), false, s.span()));
            }
        } else if (n instanceof MapNode m) {
            for (MapNode.Entry e : m.entries()) {
                path.add(e.key());
                put(new Item(List.copyOf(path), e.key(), true, e.keySpan()));
                walk(e.value(), path);
                path.remove(path.size() - 1);
            }
        } else if (n instanceof ListNode l) {
            path.add("#");
            l.items().forEach(i -> walk(i, path));
            path.remove(path.size() - 1);
        }
    }

    private void put(Item item) {
        bySpan.putIfAbsent(key(item.span().start(), item.span().end()), item);
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | (end & 0xffffffffL);
    }
}
