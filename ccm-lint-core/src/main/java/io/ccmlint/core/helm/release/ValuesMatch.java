package io.ccmlint.core.helm.release;

import io.ccmlint.core.helm.chart.ValueOrigins;
import io.ccmlint.core.helm.template.RenderTrace;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.ScalarNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Which values-file entry a rendered value or key came from, among the entries the actions that
 * printed it read: the one holding the same value (or key), the deepest agreement of keys deciding
 * between several ({@code runAsUser: 0} over {@code runAsGroup: 0}). Two different entries that
 * agree as well are no answer: a finding is never placed on a guess.
 */
final class ValuesMatch {
    /**
     * The entry found: where to report ({@code at}: its value, or its key for a rendered key) and
     * whether the rendered text is the value as written ({@code literal}: a fix may edit it there),
     * not a transformation of it ({@code b64enc}).
     */
    record Match(Span at, ScalarNode scalar, boolean literal) {
    }

    /** Values nest deeper than this only in generated data; the walk stops there. */
    private static final int MAX_DEPTH = 64;

    private final RenderedIndex.Item item;
    private final ValueOrigins origins;
    private Match best;
    private int bestScore = -1;
    private boolean ambiguous;

    private ValuesMatch(RenderedIndex.Item item, ValueOrigins origins) {
        this.item = item;
        this.origins = origins;
    }

    /**
     * The values entry that {@code item} came from, among what {@code reads} read: an entry read by
     * key, or any entry below a map or list used whole ({@code toYaml .Values.x}); null when none
     * or not one.
     */
    static Match find(RenderedIndex.Item item, List<RenderTrace.Read> reads, ValueOrigins origins) {
        ValuesMatch m = new ValuesMatch(item, origins);
        for (RenderTrace.Read r : reads) {
            List<String> path = new ArrayList<>();
            if (r.key() != null) {
                m.entry(r.container(), r.key(), path);
            } else {
                ValueOrigins.Entry own = origins.of(r.container());
                path.add(own == null || own.key() == null ? "#" : own.key().text());
                m.below(r.container(), path, 0);
            }
        }
        return m.ambiguous ? null : m.best;
    }

    /** Offers one entry of a map or list of the values: its key when a key was rendered, else its value. */
    private void entry(Object container, Object key, List<String> path) {
        ValueOrigins.Entry e = origins.entry(container, key);
        if (e == null) {
            return;
        }
        path.add(key instanceof String s ? s : "#");
        if (item.key()) {
            if (e.key() != null && item.text().equals(key)) {
                offer(new Match(e.key(), null, true), path);
            }
        } else if (e.value() instanceof ScalarNode s) {
            Object value = valueOf(container, key);
            String text = value == null || value instanceof Map || value instanceof List ? null : Canonical.text(value);
            if (text != null && text.equals(item.text())) {
                offer(new Match(s.span(), s, true), path);
            } else if (text != null && !text.isEmpty() && value instanceof String && base64(text).equals(item.text())) {
                offer(new Match(s.span(), s, false), path); // a Secret's data: {{ .Values.token | b64enc }}
            }
        }
        path.remove(path.size() - 1);
    }

    /** Offers every entry below {@code container}, as the values hold them after merging. */
    private void below(Object container, List<String> path, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (container instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                entry(container, e.getKey(), path);
                nested(e.getValue(), e.getKey(), path, depth);
            }
        } else if (container instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                entry(container, i, path);
                nested(list.get(i), i, path, depth);
            }
        }
    }

    private void nested(Object value, Object key, List<String> path, int depth) {
        if (value instanceof Map || value instanceof List) {
            path.add(key instanceof String s ? s : "#");
            below(value, path, depth + 1);
            path.remove(path.size() - 1);
        }
    }

    /**
     * The one values scalar the action itself read (not a template it included), when it read
     * exactly one: a value it printed after changing it ({@code get (dict ...) .Values.kind},
     * {@code printf "%sMi" .Values.memory}) is still the user's to change there. Null otherwise.
     */
    static Span onlyValueRead(List<RenderTrace.Read> reads, ValueOrigins origins) {
        List<Span> read = valuesRead(reads, origins);
        return read.size() == 1 ? read.get(0) : null;
    }

    /** The values scalars {@code reads} read themselves (not in an included template), each once, in order. */
    static List<Span> valuesRead(List<RenderTrace.Read> reads, ValueOrigins origins) {
        java.util.LinkedHashSet<Span> found = new java.util.LinkedHashSet<>();
        for (RenderTrace.Read r : reads) {
            ValueOrigins.Entry e = r.key() == null || r.included() ? null : origins.entry(r.container(), r.key());
            if (e != null && e.value() instanceof ScalarNode) {
                found.add(e.value().span());
            }
        }
        return List.copyOf(found);
    }

    private static Object valueOf(Object container, Object key) {
        if (container instanceof Map<?, ?> m) {
            return m.get(key);
        }
        return container instanceof List<?> l && key instanceof Integer i && i < l.size() ? l.get(i) : null;
    }

    private void offer(Match m, List<String> path) {
        int score = commonSuffix(item.path(), path);
        if (score > bestScore) {
            best = m;
            bestScore = score;
            ambiguous = false;
        } else if (score == bestScore && !best.at().equals(m.at())) {
            ambiguous = true;
        }
    }

    private static int commonSuffix(List<String> a, List<String> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(a.size() - 1 - n).equals(b.get(b.size() - 1 - n))) {
            n++;
        }
        return n;
    }

    private static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
