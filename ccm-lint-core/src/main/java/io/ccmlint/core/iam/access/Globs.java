package io.ccmlint.core.iam.access;

/**
 * Questions about two IAM glob patterns ({@code *} any run, {@code ?} one character) rather than a
 * pattern and a value: does one cover every value of the other, can they match a value in common.
 * Both are answered exactly by a walk over the two patterns (no value is enumerated); each is
 * {@code O(a.length() * b.length())}.
 */
final class Globs {
    private Globs() {
    }

    /** True when every value {@code inner} matches is matched by {@code outer}. */
    static boolean covers(String outer, String inner, boolean ignoreCase) {
        if (outer.equals("*") || outer.equals(inner)) {
            return true;
        }
        int n = outer.length();
        int m = inner.length();
        // c[i][j]: outer from i covers inner from j
        boolean[][] c = new boolean[n + 1][m + 1];
        c[n][m] = true;
        for (int i = n; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                if (i == n) {
                    c[i][j] = j == m;
                    continue;
                }
                char o = outer.charAt(i);
                if (o == '*') {
                    c[i][j] = c[i + 1][j] || (j < m && c[i][j + 1]);
                } else if (j == m) {
                    c[i][j] = false;
                } else {
                    char v = inner.charAt(j);
                    if (v == '*') {
                        c[i][j] = false; // only a '*' of outer covers every run a '*' of inner matches
                    } else if (o == '?') {
                        c[i][j] = c[i + 1][j + 1];
                    } else {
                        c[i][j] = v != '?' && same(o, v, ignoreCase) && c[i + 1][j + 1];
                    }
                }
            }
        }
        return c[0][0];
    }

    /** True when some value is matched by both patterns. */
    static boolean overlap(String a, String b, boolean ignoreCase) {
        if (a.equals("*") || b.equals("*") || a.equals(b)) {
            return true;
        }
        int n = a.length();
        int m = b.length();
        boolean[][] o = new boolean[n + 1][m + 1];
        for (int i = n; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                if (i == n && j == m) {
                    o[i][j] = true;
                } else if (i < n && a.charAt(i) == '*') {
                    o[i][j] = o[i + 1][j] || (j < m && o[i][j + 1]);
                } else if (j < m && b.charAt(j) == '*') {
                    o[i][j] = o[i][j + 1] || (i < n && o[i + 1][j]);
                } else if (i < n && j < m) {
                    char x = a.charAt(i);
                    char y = b.charAt(j);
                    o[i][j] = (x == '?' || y == '?' || same(x, y, ignoreCase)) && o[i + 1][j + 1];
                } else {
                    o[i][j] = false;
                }
            }
        }
        return o[0][0];
    }

    private static boolean same(char a, char b, boolean ignoreCase) {
        return a == b || ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b);
    }
}
