package io.ccmlint.core.tree;

import io.ccmlint.core.source.Span;
import java.util.List;

/**
 * A mapping with its entries in source order. {@code flow} is true for JSON objects and YAML flow
 * mappings ({@code {a: 1}}), false for YAML block mappings.
 */
public record MapNode(Span span, Syntax syntax, boolean flow, List<Entry> entries) implements Node {
    public MapNode {
        entries = List.copyOf(entries);
    }

    /** One key and its value, each with its own span. */
    public record Entry(String key, Span keySpan, Node value) {
        /** From the first character of the key to the last of the value. */
        public Span span() {
            return keySpan.union(value.span());
        }
    }

    public Entry entry(String key) {
        for (Entry e : entries) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        return null;
    }

    public Node get(String key) {
        Entry e = entry(key);
        return e == null ? null : e.value();
    }

    public boolean has(String key) {
        return entry(key) != null;
    }
}
