package io.ccmlint.core.tree;

import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;
import java.util.List;
import java.util.Objects;

/**
 * A mapping with its entries in source order. {@code flow} is true for JSON objects and YAML flow
 * mappings ({@code {a: 1}}), false for YAML block mappings.
 */
public record MapNode(Span span, Syntax syntax, boolean flow, List<Entry> entries) implements Node {
    public MapNode {
        entries = List.copyOf(entries);
    }

    /**
     * One key and its value. The key is a {@link Scalar} of its own (span and style: a JSON key is
     * quoted, a YAML key plain or quoted, an HCL key a bare identifier or a string), so a rule can
     * report at a key and an edit can rewrite it in its syntax.
     */
    public record Entry(Scalar name, Node value) {
        public Entry {
            Objects.requireNonNull(name);
            Objects.requireNonNull(value);
        }

        /**
         * The key's text for lookups. Keys of JSON, YAML and evaluated Terraform are always known; a
         * key not fully known (an interpolation in JSON embedded in a heredoc) gives its display text,
         * which names no key a reader looks up: a rule that judges keys asks {@link #name()}.
         */
        public String key() {
            return name.isKnown() ? name.known() : name.display();
        }

        public Span keySpan() {
            return name.span();
        }

        /** From the first character of the key to the last of the value. */
        public Span span() {
            return keySpan().union(value.span());
        }
    }

    public Entry entry(String key) {
        // by index: every reader and rule looks keys up here, and the launcher's C1-only JIT has no
        // escape analysis, so a for-each would allocate an iterator per look-up
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
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
