package io.ccmlint.core.helm.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm's values coalescing (pkg/chart/common/util/coalesce.go), step for step: user values win over
 * chart defaults, maps are merged deeply, a user {@code null} deletes the chart's key (coalesce) or
 * is kept (merge, used for import-values), {@code global} flows from a parent to its subcharts, and
 * each subchart's section is coalesced with that subchart's defaults.
 */
public final class Coalesce {
    private Coalesce() {
    }

    /** Helm's loader.MergeMaps (values files over each other, -f order): b over a, maps merged deeply. */
    public static Map<String, Object> mergeMaps(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> out = new LinkedHashMap<>(a);
        for (Map.Entry<String, Object> e : b.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> bv && out.get(e.getKey()) instanceof Map<?, ?> av) {
                out.put(e.getKey(), mergeMaps(HelmYaml.asMap(av), HelmYaml.asMap(bv)));
                continue;
            }
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** CoalesceValues: the chart's defaults (and its subcharts') under a copy of {@code vals}. */
    public static Map<String, Object> coalesceValues(Chart chart, Map<String, Object> vals) throws ChartException {
        return coalesce(chart, deepCopyMap(vals), "", false);
    }

    /** MergeValues: as coalesceValues, but nulls are kept rather than deleting keys. */
    public static Map<String, Object> mergeValues(Chart chart, Map<String, Object> vals) throws ChartException {
        return coalesce(chart, deepCopyMap(vals), "", true);
    }

    private static Map<String, Object> coalesce(Chart ch, Map<String, Object> dest, String prefix, boolean merge)
            throws ChartException {
        coalesceChartValues(ch, dest, prefix, merge);
        return coalesceDeps(ch, dest, prefix, merge);
    }

    private static Map<String, Object> coalesceDeps(Chart ch, Map<String, Object> dest, String prefix, boolean merge)
            throws ChartException {
        for (Chart sub : ch.dependencies()) {
            Object c = dest.get(sub.name());
            if (!dest.containsKey(sub.name())) {
                dest.put(sub.name(), new LinkedHashMap<String, Object>());
            } else if (!(c instanceof Map)) {
                // Helm's words, its %t verb included: "type mismatch on db: %!t(int64=5)"
                throw new ChartException("type mismatch on " + sub.name() + ": "
                        + io.ccmlint.core.helm.template.GoFmt.sprintf("%t", java.util.Collections.singletonList(c)));
            }
            Map<String, Object> dv = HelmYaml.asMap(dest.get(sub.name()));
            String subPrefix = concat(prefix, ch.name());
            coalesceGlobals(dv, dest);
            dest.put(sub.name(), coalesce(sub, dv, subPrefix, merge));
        }
        return dest;
    }

    private static void coalesceGlobals(Map<String, Object> dest, Map<String, Object> src) {
        Map<String, Object> dg;
        Map<String, Object> sg;
        Object d = dest.get("global");
        if (d == null && !dest.containsKey("global")) {
            dg = new LinkedHashMap<>();
        } else if (d instanceof Map) {
            dg = HelmYaml.asMap(d);
        } else {
            return;
        }
        Object s = src.get("global");
        if (s == null && !src.containsKey("global")) {
            sg = new LinkedHashMap<>();
        } else if (s instanceof Map) {
            sg = HelmYaml.asMap(s);
        } else {
            return;
        }
        for (Map.Entry<String, Object> e : sg.entrySet()) {
            String key = e.getKey();
            Object val = e.getValue();
            if (val instanceof Map) {
                Map<String, Object> vv = new LinkedHashMap<>(HelmYaml.asMap(val));
                Object destv = dg.get(key);
                if (!dg.containsKey(key)) {
                    dg.put(key, vv);
                } else if (destv instanceof Map) {
                    coalesceTables(vv, HelmYaml.asMap(destv), true);
                    dg.put(key, vv);
                }
            } else if (dg.get(key) instanceof Map) {
                continue; // a table is not replaced by a scalar
            } else {
                dg.put(key, val);
            }
        }
        dest.put("global", dg);
    }

    private static void coalesceChartValues(Chart c, Map<String, Object> v, String prefix, boolean merge) {
        Map<String, Object> vc = deepCopyMap(c.values());
        for (Map.Entry<String, Object> e : vc.entrySet()) {
            String key = e.getKey();
            Object val = e.getValue();
            if (v.containsKey(key)) {
                Object value = v.get(key);
                if (value == null && !merge) {
                    v.remove(key);
                } else if (value instanceof Map<?, ?> dest && val instanceof Map<?, ?> src) {
                    boolean m = merge || c.dependencies().stream().anyMatch(s -> s.name().equals(key));
                    coalesceTables(HelmYaml.asMap(dest), HelmYaml.asMap(src), m);
                }
            } else {
                v.put(key, val);
            }
        }
    }

    /** CoalesceTables (merge false) / MergeTables (merge true): src's values fill in dst's. */
    public static Map<String, Object> coalesceTables(Map<String, Object> dst, Map<String, Object> src, boolean merge) {
        if (src == null) {
            return dst;
        }
        if (dst == null) {
            return src;
        }
        java.util.Set<String> srcOriginalNonNil = new java.util.HashSet<>();
        src.forEach((k, val) -> {
            if (val != null) {
                srcOriginalNonNil.add(k);
            }
        });
        for (Map.Entry<String, Object> e : dst.entrySet()) {
            if (e.getValue() == null) {
                src.put(e.getKey(), null);
            }
        }
        for (Map.Entry<String, Object> e : new ArrayList<>(src.entrySet())) {
            String key = e.getKey();
            Object val = e.getValue();
            boolean ok = dst.containsKey(key);
            Object dv = dst.get(key);
            if (ok && !merge && dv == null && srcOriginalNonNil.contains(key)) {
                dst.remove(key);
            } else if (!ok) {
                dst.put(key, val);
            } else if (val instanceof Map<?, ?> sv) {
                if (dv instanceof Map<?, ?> dm) {
                    coalesceTables(HelmYaml.asMap(dm), HelmYaml.asMap(sv), merge);
                }
            }
        }
        return dst;
    }

    private static String concat(String a, String b) {
        return a.isEmpty() ? b : a + "." + b;
    }

    public static Map<String, Object> deepCopyMap(Map<String, Object> m) {
        return m == null ? new LinkedHashMap<>() : HelmYaml.asMap(deepCopy(m));
    }

    @SuppressWarnings("unchecked")
    static <T> T deepCopy(T v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), deepCopy(x)));
            return (T) out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(x -> out.add(deepCopy(x)));
            return (T) out;
        }
        return v;
    }
}
