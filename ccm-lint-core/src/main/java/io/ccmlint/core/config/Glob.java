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

    private Glob(String text, Pattern regex) {
        this.text = text;
        this.regex = regex;
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
        StringBuilder re = new StringBuilder(anchored ? "" : "(?:.*/)?");
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
        return new Glob(glob, Pattern.compile(re.toString()));
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
        return regex.matcher(relativePath).matches();
    }

    @Override
    public String toString() {
        return text;
    }
}
