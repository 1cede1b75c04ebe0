package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.Fn.fixed;
import static io.ccmlint.core.helm.functions.Fn.str;
import static io.ccmlint.core.helm.template.GoType.BOOL;
import static io.ccmlint.core.helm.template.GoType.STRING;

import io.ccmlint.core.helm.template.TemplateFunction;
import java.util.Map;

/**
 * Sprig's path functions: Go's path package ({@code base}, {@code dir}, {@code clean}, {@code ext},
 * {@code isAbs}) and path/filepath ({@code osBase}...). Helm runs on Unix here, where filepath gives
 * the same answers as path, so both families share one implementation. The separators are ASCII, so
 * working on Java chars cuts UTF-8 text where Go's bytes would.
 */
final class SprigPaths {
    private SprigPaths() {
    }

    static void register(Map<String, TemplateFunction> m) {
        for (String prefix : new String[] {"", "os"}) {
            m.put(name(prefix, "base"), fixed(STRING, (c, a) -> base(str(a, 0)), STRING));
            m.put(name(prefix, "dir"), fixed(STRING, (c, a) -> dir(str(a, 0)), STRING));
            m.put(name(prefix, "clean"), fixed(STRING, (c, a) -> clean(str(a, 0)), STRING));
            m.put(name(prefix, "ext"), fixed(STRING, (c, a) -> ext(str(a, 0)), STRING));
            m.put(name(prefix, "isAbs"), fixed(BOOL, (c, a) -> str(a, 0).startsWith("/"), STRING));
        }
    }

    private static String name(String prefix, String fn) {
        return prefix.isEmpty() ? fn : prefix + Character.toUpperCase(fn.charAt(0)) + fn.substring(1);
    }

    /** path.Base: the last element, trailing slashes dropped; "." for "", "/" for only slashes. */
    static String base(String p) {
        if (p.isEmpty()) {
            return ".";
        }
        int end = p.length();
        while (end > 0 && p.charAt(end - 1) == '/') {
            end--;
        }
        String s = p.substring(0, end);
        s = s.substring(s.lastIndexOf('/') + 1);
        return s.isEmpty() ? "/" : s;
    }

    /** path.Dir: Clean of everything up to the last slash. */
    static String dir(String p) {
        return clean(p.substring(0, p.lastIndexOf('/') + 1));
    }

    /** path.Ext: from the last dot of the last element, or "". */
    static String ext(String p) {
        for (int i = p.length() - 1; i >= 0 && p.charAt(i) != '/'; i--) {
            if (p.charAt(i) == '.') {
                return p.substring(i);
            }
        }
        return "";
    }

    /** path.Clean: the shortest equivalent path, by Go's lexical rules. */
    static String clean(String p) {
        if (p.isEmpty()) {
            return ".";
        }
        boolean rooted = p.charAt(0) == '/';
        int n = p.length();
        StringBuilder out = new StringBuilder();
        int r = 0;
        int dotdot = 0;
        if (rooted) {
            out.append('/');
            r = 1;
            dotdot = 1;
        }
        while (r < n) {
            if (p.charAt(r) == '/') {
                r++;
            } else if (p.charAt(r) == '.' && (r + 1 == n || p.charAt(r + 1) == '/')) {
                r++;
            } else if (p.charAt(r) == '.' && p.charAt(r + 1) == '.' && (r + 2 == n || p.charAt(r + 2) == '/')) {
                r += 2;
                if (out.length() > dotdot) {
                    int w = out.length() - 1;
                    while (w > dotdot && out.charAt(w) != '/') {
                        w--;
                    }
                    out.setLength(w);
                } else if (!rooted) {
                    if (out.length() > 0) {
                        out.append('/');
                    }
                    out.append("..");
                    dotdot = out.length();
                }
            } else {
                if (rooted && out.length() != 1 || !rooted && out.length() != 0) {
                    out.append('/');
                }
                while (r < n && p.charAt(r) != '/') {
                    out.append(p.charAt(r++));
                }
            }
        }
        return out.length() == 0 ? "." : out.toString();
    }
}
