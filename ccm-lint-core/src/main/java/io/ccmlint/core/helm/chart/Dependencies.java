package io.ccmlint.core.helm.chart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Helm's ProcessDependencies (pkg/chart/v2/util/dependencies.go): aliases, {@code tags} and
 * {@code condition} decide which subcharts stay (evaluated on the coalesced values, conditions from
 * the top), then {@code import-values} copy subchart values into the parent. Version ranges are not
 * checked: a subchart of the dependency's name is taken whatever its version.
 */
final class Dependencies {
    private Dependencies() {
    }

    /**
     * Helm's ProcessDependencies, after helm install's CheckDependencies: a dependency the top chart's
     * Chart.yaml declares but {@code charts/} lacks fails as {@code helm template} fails, unless
     * {@code missing} is given: then the chart is rendered without it and its name is added there
     * (what {@code helm dependency build} would have fetched).
     */
    static void process(Chart c, Map<String, Object> vals, List<String> missing) throws ChartException {
        List<String> absent = absent(c);
        if (!absent.isEmpty() && missing == null) {
            throw new ChartException("an error occurred while checking for chart dependencies. You may need to run "
                    + "`helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in "
                    + "charts/ directory: " + String.join(", ", absent));
        }
        if (missing != null) {
            missing.addAll(absent);
        }
        try {
            enabled(c, vals, "");
            importValues(c);
        } catch (ChartException e) { // helm install's words around ProcessDependencies' errors
            throw new ChartException("chart dependencies processing failed: " + e.getMessage(), e.span());
        }
    }

    /** The top chart's declared dependencies that are not in charts/ (by name). */
    private static List<String> absent(Chart c) {
        List<String> out = new ArrayList<>();
        for (Dependency r : c.declaredDependencies()) {
            if (c.dependencies().stream().noneMatch(d -> d.name().equals(r.name()))) {
                out.add(r.name());
            }
        }
        return out;
    }

    private static void enabled(Chart c, Map<String, Object> v, String path) throws ChartException {
        if (c.declaredDependencies().isEmpty()) {
            return;
        }
        List<Chart> kept = new ArrayList<>();
        for (Chart existing : c.dependencies()) {
            if (c.declaredDependencies().stream().noneMatch(r -> r.name().equals(existing.name()))) {
                kept.add(existing);
            }
        }
        List<Dependency> reqs = new ArrayList<>();
        for (Dependency r : c.declaredDependencies()) {
            Chart found = c.dependencies().stream().filter(d -> d.name().equals(r.name())).findFirst().orElse(null);
            if (found != null) { // a subchart's missing dependency is left out silently, as Helm does
                kept.add(r.alias().isEmpty() ? found.copy() : found.aliased(r.alias()));
            }
            reqs.add(new Dependency(r.effectiveName(), r.version(), r.repository(), r.condition(), r.tags(), r.alias(),
                    r.importValues()));
        }
        c.setDependencies(kept);
        Map<String, Object> cvals = Coalesce.coalesceValues(c, v);
        Set<String> disabled = new HashSet<>();
        Object tagsTable = cvals.get("tags");
        for (Dependency r : reqs) {
            boolean on = true;
            if (tagsTable instanceof Map<?, ?> tags) {
                boolean hasTrue = false;
                boolean hasFalse = false;
                for (String k : r.tags()) {
                    if (tags.get(k) instanceof Boolean b) {
                        hasTrue |= b;
                        hasFalse |= !b;
                    }
                }
                on = hasTrue || !hasFalse;
            }
            for (String cond : r.condition().strip().split(",")) {
                if (cond.isEmpty()) {
                    continue;
                }
                Object vv = pathValue(cvals, path + cond);
                if (vv instanceof Boolean b) {
                    on = b;
                    break;
                }
            }
            if (!on) {
                disabled.add(r.name());
            }
        }
        List<Chart> remaining = new ArrayList<>();
        for (Chart d : c.dependencies()) {
            if (!disabled.contains(d.name())) {
                remaining.add(d);
            }
        }
        List<Dependency> remainingReqs = reqs.stream().filter(r -> !disabled.contains(r.name())).toList();
        for (Chart t : remaining) {
            enabled(t, cvals, path + t.name() + ".");
        }
        c.setDeclaredDependencies(remainingReqs);
        c.setDependencies(remaining);
    }

    /** Values.PathValue: a non-table value at a dotted path, or null. */
    private static Object pathValue(Map<String, Object> v, String path) {
        String[] parts = path.split("\\.", -1);
        Object cur = v;
        for (int i = 0; i < parts.length - 1; i++) {
            if (!(cur instanceof Map<?, ?> m) || !(m.get(parts[i]) instanceof Map)) {
                return null;
            }
            cur = m.get(parts[i]);
        }
        Object last = ((Map<?, ?>) cur).get(parts[parts.length - 1]);
        return last instanceof Map ? null : last;
    }

    /** Values.Table: the map at a dotted path, or null. */
    static Map<String, Object> table(Map<String, Object> v, String path) {
        Object cur = v;
        for (String p : path.split("\\.")) {
            if (!(cur instanceof Map<?, ?> m) || !(m.get(p) instanceof Map)) {
                return null;
            }
            cur = m.get(p);
        }
        return HelmYaml.asMap(cur);
    }

    private static void importValues(Chart c) throws ChartException {
        for (Chart d : c.dependencies()) {
            importValues(d);
        }
        if (c.declaredDependencies().isEmpty()) {
            return;
        }
        Map<String, Object> cvals = Coalesce.mergeValues(c, new LinkedHashMap<>());
        Map<String, Object> b = new LinkedHashMap<>();
        for (Dependency r : c.declaredDependencies()) {
            for (Object riv : r.importValues()) {
                if (riv instanceof Map<?, ?> iv) {
                    String child = String.valueOf(iv.get("child"));
                    String parent = String.valueOf(iv.get("parent"));
                    Map<String, Object> vv = table(cvals, r.name() + "." + child);
                    if (vv != null) {
                        b = Coalesce.coalesceTables(b, pathToMap(parent, Coalesce.deepCopyMap(vv)), true);
                    }
                } else if (riv instanceof String iv) {
                    Map<String, Object> vm = table(cvals, r.name() + ".exports." + iv);
                    if (vm != null) {
                        b = Coalesce.coalesceTables(b, Coalesce.deepCopyMap(vm), true);
                    }
                }
            }
        }
        c.setValues(Coalesce.coalesceTables(Coalesce.deepCopyMap(cvals), b, true));
    }

    private static Map<String, Object> pathToMap(String path, Map<String, Object> data) {
        if (path.equals(".")) {
            return data;
        }
        String[] parts = path.split("\\.", -1);
        Map<String, Object> cur = data;
        for (int i = parts.length - 1; i >= 0; i--) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(parts[i], cur);
            cur = m;
        }
        return cur;
    }
}
