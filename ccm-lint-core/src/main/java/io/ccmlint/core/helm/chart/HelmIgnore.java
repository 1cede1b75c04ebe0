package io.ccmlint.core.helm.chart;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart's {@code .helmignore} rules as Helm applies them (pkg/ignore): one shell glob per line,
 * '#' comments, '!' negates, a trailing '/' matches folders only, a leading '/' or any '/' matches
 * the whole path, otherwise the base name; {@code **} is refused. Helm adds {@code templates/.?*}.
 */
public final class HelmIgnore {
    private record Rule(String raw, PathMatcher matcher, boolean negate, boolean mustDir, boolean wholePath) {
    }

    private final List<Rule> rules = new ArrayList<>();

    private HelmIgnore() {
    }

    /** The rules of a .helmignore text (null: none), plus Helm's default. */
    public static HelmIgnore parse(String text) throws ChartException {
        HelmIgnore h = new HelmIgnore();
        if (text != null) {
            String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
            for (String line : t.split("\r?\n", -1)) {
                h.add(line);
            }
        }
        h.add("templates/.?*");
        return h;
    }

    private void add(String line) throws ChartException {
        String rule = line.strip();
        if (rule.isEmpty() || rule.startsWith("#")) {
            return;
        }
        if (rule.contains("**")) {
            throw new ChartException("double-star (**) syntax is not supported");
        }
        String raw = rule;
        boolean negate = rule.startsWith("!");
        if (negate) {
            rule = rule.substring(1);
        }
        boolean mustDir = rule.endsWith("/");
        if (mustDir) {
            rule = rule.substring(0, rule.length() - 1);
        }
        boolean whole = rule.startsWith("/") || rule.contains("/");
        if (rule.startsWith("/")) {
            rule = rule.substring(1);
        }
        PathMatcher m;
        try {
            m = FileSystems.getDefault().getPathMatcher("glob:" + goGlobToJava(rule));
        } catch (RuntimeException e) {
            throw new ChartException("syntax error in pattern");
        }
        rules.add(new Rule(raw, m, negate, mustDir, whole));
    }

    /** Go's filepath.Match syntax to Java's glob: the same but for braces, which Go does not have. */
    private static String goGlobToJava(String rule) {
        return rule.replace("{", "\\{").replace("}", "\\}");
    }

    /** Whether the path ('/'-separated, relative to the chart) is ignored. */
    public boolean ignores(String path, boolean isDir) {
        if (path.isEmpty() || path.equals(".") || path.equals("./")) {
            return false;
        }
        for (Rule r : rules) {
            if (r.negate) {
                if (r.mustDir && !isDir) {
                    return true;
                }
                if (!matches(r, path)) {
                    return true;
                }
                continue;
            }
            if (r.mustDir && !isDir) {
                continue;
            }
            if (matches(r, path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Rule r, String path) {
        String n = r.wholePath ? path : path.substring(path.lastIndexOf('/') + 1);
        if (n.isEmpty()) {
            return false;
        }
        return r.matcher.matches(Path.of(n));
    }
}
