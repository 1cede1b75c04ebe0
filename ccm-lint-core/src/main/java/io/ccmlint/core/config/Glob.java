package io.ccmlint.core.config;

import java.util.regex.Pattern;

/**
 * A path glob with gitignore semantics, matched against '/'-separated relative paths: {@code *}
 * and {@code ?} stay within a path segment, {@code **} crosses segments, a pattern without a
 * slash matches a name at any depth, a leading slash anchors, and a pattern that matches a
 * directory matches everything below it.
 */
public final class Glob {
    private final String text;
    private final Pattern regex;
    /**
     * For a pattern that names a file at any depth ({@code *.iml}: no slash, no {@code **}), the
     * same pattern for the last segment alone: matching {@code (?:.* /)?} ahead of it backtracks
     * over every folder of a long path, for every file a walk meets. Null otherwise.
     */
    private final Pattern name;
    /** For a name pattern that is {@code *} and a literal ({@code *.iml}), the literal; null otherwise. */
    private final String suffix;

    private Glob(String text, Pattern regex, Pattern name, String suffix) {
        this.text = text;
        this.regex = regex;
        this.name = name;
        this.suffix = suffix;
    }

    public static Glob compile(String glob) {
        String g = glob.trim();
        if (g.endsWith("/")) {
            g = g.substring(0, g.length() - 1);
        }
        boolean anchored = g.startsWith("/") || g.indexOf('/') >= 0;
        if (g.startsWith("/")) {
            g = g.substring(1);
        }
        if (g.startsWith("./")) {
            g = g.substring(2);
        }
        String body = body(g);
        boolean nameOnly = !anchored && !g.contains("**") && g.indexOf('[') < 0; // a class such as [!a] could match a '/'
        String suffix = nameOnly && g.startsWith("*") && g.substring(1).chars().noneMatch(c -> "*?[\\".indexOf(c) >= 0)
                ? g.substring(1) : null;
        return new Glob(glob, Pattern.compile(anchored ? body : "(?:.*/)?" + body), nameOnly ? Pattern.compile(body) : null, suffix);
    }

    /** The regular expression of a glob (its leading slash or {@code ./} removed), without the any-depth prefix. */
    private static String body(String g) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*') {
                boolean dbl = i + 1 < g.length() && g.charAt(i + 1) == '*';
                if (dbl) {
                    boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
                    re.append(slashAfter ? "(?:.*/)?" : ".*");
                    i += slashAfter ? 2 : 1;
                } else {
                    re.append("[^/]*");
                }
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '[') {
                int close = g.indexOf(']', i + 1);
                if (close < 0) {
                    re.append("\\[");
                } else {
                    String cls = g.substring(i + 1, close);
                    if (cls.startsWith("!")) {
                        cls = "^" + cls.substring(1);
                    }
                    re.append('[').append(cls.replace("\\", "\\\\")).append(']');
                    i = close;
                }
            } else if ("\\.^$+{}()|".indexOf(c) >= 0) {
                re.append('\\').append(c);
            } else {
                re.append(c);
            }
        }
        return re.toString();
    }

    /** True when the relative path, or one of its parent directories, matches. */
    public boolean matches(String relativePath) {
        return matchesBelow(relativePath, 0);
    }

    /**
     * Like {@link #matches}, but only the path itself and its parents longer than
     * {@code minLength} characters count: a folder a user names explicitly is never excluded by a
     * pattern that matches the folder or one of its own parents.
     */
    public boolean matchesBelow(String relativePath, int minLength) {
        int end = relativePath.length();
        while (end > minLength) {
            if (regex.matcher(relativePath.substring(0, end)).matches()) {
                return true;
            }
            end = relativePath.lastIndexOf('/', end - 1);
        }
        return false;
    }

    /** True when the relative path itself matches, not counting its parents. */
    public boolean matchesExactly(String relativePath) {
        if (name == null) {
            return regex.matcher(relativePath).matches();
        }
        String last = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        if (suffix != null) {
            return last.endsWith(suffix);
        }
        return name.matcher(last).matches();
    }

    /** The whole pattern as one regular expression over the relative path (what {@link #matchesExactly} answers, for tests). */
    Pattern fullRegex() {
        return regex;
    }

    @Override
    public String toString() {
        return text;
    }
}
