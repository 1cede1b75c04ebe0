package io.ccmlint.core.edit;

import io.ccmlint.core.model.policy.Effect;
import io.ccmlint.core.model.policy.StatementSpec;
import io.ccmlint.core.value.ScalarStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes new YAML values (strings, {@code List}s and {@code Map}s in order) in a document's
 * {@link YamlStyle}: block or flow, its indentation, dashes and quotes. Strings stay plain when
 * {@link Literals} finds that safe in any context, else take the document's quotes.
 */
final class YamlWriter {
    private final YamlStyle style;

    YamlWriter(YamlStyle style) {
        this.style = style;
    }

    YamlStyle style() {
        return style;
    }

    /** A statement as a mapping in the order Sid, Effect, Action, Resource; one value alone, several as a list. */
    static Map<String, Object> statement(StatementSpec s) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (s.sid() != null) {
            m.put("Sid", s.sid());
        }
        m.put("Effect", s.effect() == Effect.ALLOW ? "Allow" : "Deny");
        m.put("Action", values(s.actions()));
        m.put("Resource", values(s.resources()));
        return m;
    }

    /** One value as a string, several as a list. */
    static Object values(List<String> values) {
        return values.size() == 1 ? values.get(0) : List.copyOf(values);
    }


    /**
     * A block sequence item: the dash, the style's gap and the value, further lines indented for a
     * dash at {@code dashIndent}.
     */
    Optional<String> item(Object value, String dashIndent) {
        return written(() -> itemText(value, dashIndent));
    }

    /** The value in flow style, on one line. */
    Optional<String> flow(Object value) {
        return written(() -> flowText(value));
    }

    /** {@code key: value} in a flow mapping. */
    Optional<String> flowEntry(String key, Object value) {
        return written(() -> key(key) + ": " + flowText(value));
    }

    /** {@code key:} and the value in a block mapping whose keys are at {@code indent}. */
    Optional<String> blockEntry(String key, Object value, String indent) {
        return written(() -> key(key) + ":" + afterKeyText(value, indent));
    }


    private String afterKeyText(Object value, String indent) {
        if (value instanceof Map<?, ?> m && !m.isEmpty()) {
            String inner = indent + style.unit();
            return style.nl() + inner + entries(m, inner);
        }
        if (value instanceof List<?> l && !l.isEmpty() && !(style.flowLists() && l.stream().allMatch(String.class::isInstance))) {
            String dashIndent = indent + style.seqIndent();
            StringBuilder b = new StringBuilder();
            for (Object item : l) {
                b.append(style.nl()).append(dashIndent).append(itemText(item, dashIndent));
            }
            return b.toString();
        }
        return " " + flowText(value);
    }

    private String itemText(Object value, String dashIndent) {
        if (value instanceof Map<?, ?> m && !m.isEmpty()) {
            String head = "-" + style.dashGap();
            return head + entries(m, dashIndent + " ".repeat(head.length()));
        }
        return "-" + style.scalarDashGap() + flowText(value);
    }

    /** The entries of a block mapping at {@code indent}; the first line without its indentation. */
    private String entries(Map<?, ?> m, String indent) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!b.isEmpty()) {
                b.append(style.nl()).append(indent);
            }
            b.append(key((String) e.getKey())).append(':').append(afterKeyText(e.getValue(), indent));
        }
        return b.toString();
    }

    private String flowText(Object value) {
        if (value instanceof Map<?, ?> m) {
            String pad = style.mapPadded() && !m.isEmpty() ? " " : "";
            StringBuilder b = new StringBuilder("{").append(pad);
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(b.length() > 1 + pad.length() ? ", " : "").append(key((String) e.getKey())).append(": ")
                        .append(flowText(e.getValue()));
            }
            return b.append(pad).append('}').toString();
        }
        if (value instanceof List<?> l) {
            String pad = style.listPadded() && !l.isEmpty() ? " " : "";
            StringBuilder b = new StringBuilder("[").append(pad);
            for (Object item : l) {
                b.append(b.length() > 1 + pad.length() ? ", " : "").append(flowText(item));
            }
            return b.append(pad).append(']').toString();
        }
        return scalarText((String) value);
    }

    private String key(String k) {
        return style.keyStyle() == ScalarStyle.YAML_PLAIN ? scalarText(k) : quoted(style.keyStyle(), k);
    }

    private String scalarText(String s) {
        if (style.keyStyle() != ScalarStyle.YAML_PLAIN) {
            return quoted(style.keyStyle(), s); // JSON written as YAML: every string quoted
        }
        return Literals.yamlPlainSafe(s) ? s : quoted(style.quote(), s);
    }

    private static String quoted(ScalarStyle quotes, String s) {
        return Literals.inline(quotes, s).orElseThrow(Unwritable::new);
    }

    private static Optional<String> written(java.util.function.Supplier<String> text) {
        try {
            return Optional.of(text.get());
        } catch (Unwritable e) {
            return Optional.empty();
        }
    }

    /** A string no YAML scalar can hold (a lone surrogate). */
    private static final class Unwritable extends RuntimeException {
        Unwritable() {
            super(null, null, false, false);
        }
    }
}
