package io.ccmlint.core.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Small null-tolerant helpers over located trees, shared by the models and rules. */
public final class Nodes {
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");

    private Nodes() {
    }

    public static MapNode map(Node n) {
        return n instanceof MapNode m ? m : null;
    }

    public static MapNode map(Node n, String key) {
        return n instanceof MapNode m ? map(m.get(key)) : null;
    }

    /** The items of a list, else none. */
    public static List<Node> list(Node n) {
        return n instanceof ListNode l ? l.items() : List.of();
    }

    /** The list itself, or null when the node is not a list. */
    public static ListNode listNode(Node n) {
        return n instanceof ListNode l ? l : null;
    }

    public static ScalarNode scalar(Node n) {
        return n instanceof ScalarNode s ? s : null;
    }

    /** Text of a scalar (numbers and booleans as written by value), else null. */
    public static String text(Node n) {
        return n == null ? null : n.asText();
    }

    public static String text(Node n, String key) {
        return n instanceof MapNode m ? text(m.get(key)) : null;
    }

    /** The maps of a list (items that are not maps are skipped). */
    public static List<MapNode> maps(Node n) {
        List<MapNode> out = new ArrayList<>();
        for (Node item : list(n)) {
            if (item instanceof MapNode m) {
                out.add(m);
            }
        }
        return out;
    }

    /** Visits every scalar below {@code n} (map keys are not visited), depth first in source order. */
    public static void scalars(Node n, Consumer<ScalarNode> visitor) {
        if (n instanceof ScalarNode s) {
            visitor.accept(s);
        } else if (n instanceof MapNode m) {
            for (MapNode.Entry e : m.entries()) {
                scalars(e.value(), visitor);
            }
        } else if (n instanceof ListNode l) {
            for (Node item : l.items()) {
                scalars(item, visitor);
            }
        }
    }

    /** True for YAML {@code true} (boolean) or the string "true" (any case). */
    public static boolean isTrue(Node n) {
        return n instanceof ScalarNode s && (Boolean.TRUE.equals(s.scalar().value())
                || (s.scalar().value() instanceof String str && str.equalsIgnoreCase("true")));
    }

    /** An integer value, or null when the node is not an integer. */
    public static Long integer(Node n) {
        if (n instanceof ScalarNode s && s.scalar().value() instanceof java.math.BigDecimal d) {
            try {
                return d.longValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        if (n instanceof ScalarNode s && s.scalar().value() instanceof String str && INTEGER.matcher(str).matches()) {
            return Long.parseLong(str);
        }
        return null;
    }
}
