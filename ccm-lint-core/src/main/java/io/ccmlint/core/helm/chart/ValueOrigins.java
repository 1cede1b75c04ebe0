package io.ccmlint.core.helm.chart;

import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each entry of a release's final values was written: for every map and list of the coalesced
 * values (by identity, as templates see them), the values-file node each key or index came from.
 * Built after coalescing by looking each path up in the values files, highest priority first (the
 * user's files, last first, then each chart's values.yaml): the first file whose node at that path
 * holds the same value wins. A value no file holds ({@code --set}, a template default, an
 * {@code import-values} copy) has no origin.
 */
public final class ValueOrigins {
    /** A values-file entry: its key (null for a list item) and its value node. */
    public record Entry(Span key, Node value) {
    }

    /** A values file's documents, for paths below {@code prefix} (a subchart's name). */
    record Source(List<String> prefix, List<Node> documents) {
    }

    private static final ValueOrigins NONE = new ValueOrigins();
    private final Map<Object, Map<Object, Entry>> entries = new IdentityHashMap<>();
    private final Map<Object, Entry> containers = new IdentityHashMap<>();

    private ValueOrigins() {
    }

    public static ValueOrigins none() {
        return NONE;
    }

    /** The origins of {@code values}, looked up in {@code sources} (highest priority first). */
    static ValueOrigins of(Map<String, Object> values, List<Source> sources) {
        ValueOrigins o = new ValueOrigins();
        o.walk(values, new ArrayList<>(), sources);
        return o;
    }

    /** Where {@code container}'s entry {@code key} was written, or null. */
    public Entry entry(Object container, Object key) {
        Map<Object, Entry> m = entries.get(container);
        return m == null ? null : m.get(key);
    }

    /** Where a map or list of the values was written (the entry holding it), or null. */
    public Entry of(Object container) {
        return containers.get(container);
    }

    private void walk(Object container, List<Object> path, List<Source> sources) {
        if (entries.containsKey(container)) {
            return; // shared (globals copied by reference): walked once
        }
        Map<Object, Entry> found = new java.util.HashMap<>();
        entries.put(container, found);
        if (container instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                visit(e.getKey(), e.getValue(), path, sources, found);
            }
        } else if (container instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                visit(i, list.get(i), path, sources, found); // an Integer, as the trace reads list items
            }
        }
    }

    private void visit(Object key, Object value, List<Object> path, List<Source> sources, Map<Object, Entry> found) {
        path.add(key);
        Entry e = find(path, value, sources);
        if (e != null) {
            found.put(key, e);
            if (value instanceof Map || value instanceof List) {
                containers.putIfAbsent(value, e);
            }
        }
        if (value instanceof Map || value instanceof List) {
            walk(value, path, sources);
        }
        path.remove(path.size() - 1);
    }

    private static Entry find(List<Object> path, Object value, List<Source> sources) {
        for (Source s : sources) {
            if (path.size() < s.prefix().size() || !path.subList(0, s.prefix().size()).equals(s.prefix())) {
                continue;
            }
            List<Object> rest = path.subList(s.prefix().size(), path.size());
            for (int d = s.documents().size() - 1; d >= 0; d--) { // a later document wins
                Entry e = at(s.documents().get(d), rest);
                if (e != null && holds(e.value(), value)) {
                    return e;
                }
            }
        }
        return null;
    }

    private static Entry at(Node root, List<Object> path) {
        Node n = root;
        Span key = null;
        for (Object step : path) {
            if (n instanceof MapNode m && step instanceof String k) {
                MapNode.Entry e = m.entry(k);
                if (e == null) {
                    return null;
                }
                key = e.keySpan();
                n = e.value();
            } else if (n instanceof ListNode l && step instanceof Integer i && i < l.items().size()) {
                key = null;
                n = l.items().get(i);
            } else {
                return null;
            }
        }
        return path.isEmpty() ? null : new Entry(key, n);
    }

    /** Whether the file's node holds {@code value}: the same scalar, or a map or list for one. */
    private static boolean holds(Node node, Object value) {
        if (value instanceof Map) {
            return node instanceof MapNode;
        }
        if (value instanceof List) {
            return node instanceof ListNode;
        }
        if (!(node instanceof ScalarNode)) {
            return false;
        }
        try {
            Object written = HelmYaml.value(node);
            return written == null ? value == null : sameScalar(written, value);
        } catch (ChartException e) {
            return false;
        }
    }

    private static boolean sameScalar(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return a.equals(b);
    }
}
