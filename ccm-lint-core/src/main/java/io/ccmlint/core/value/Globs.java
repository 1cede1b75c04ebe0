package io.ccmlint.core.value;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;

/**
 * Whether two glob-like patterns share a string: each pattern is a sequence of single characters,
 * "any one character" and "any run of characters", optionally limited to characters other than
 * {@code :} (a field of an ARN). A template's hole is a run; an IAM pattern's {@code *} is a run
 * and {@code ?} one character. Decided by a walk over pairs of positions (the product of the two
 * patterns' automata): {@code O(a * b)} states, no backtracking.
 */
public final class Globs {
    public static final int ANY_ONE = -1;
    public static final int ANY_RUN = -2;
    /** One character other than {@code :}. */
    public static final int FIELD_ONE = -3;
    /** A run of characters other than {@code :}. */
    public static final int FIELD_RUN = -4;

    private Globs() {
    }

    static int[] literal(String text) {
        return text.chars().toArray();
    }

    /** True when some value matches both IAM patterns ({@code *} a run, {@code ?} one character). */
    public static boolean overlap(String a, String b, boolean ignoreCase) {
        return a.equals("*") || b.equals("*") || a.equals(b) || intersect(iamGlob(a), iamGlob(b), ignoreCase);
    }

    /**
     * True when every value IAM pattern {@code inner} matches is matched by {@code outer}: a walk over
     * pairs of positions as for {@link #intersect}, where only a run of {@code outer} may take a run of
     * {@code inner}, and a character of {@code inner} needs the same character (or a wildcard) in {@code outer}.
     */
    public static boolean covers(String outer, String inner, boolean ignoreCase) {
        if (outer.equals("*") || outer.equals(inner)) {
            return true;
        }
        int[] o = iamGlob(outer);
        int[] in = iamGlob(inner);
        boolean[][] c = new boolean[o.length + 1][in.length + 1]; // c[i][j]: outer from i covers inner from j
        c[o.length][in.length] = true;
        for (int i = o.length - 1; i >= 0; i--) {
            for (int j = in.length; j >= 0; j--) {
                if (o[i] == ANY_RUN) {
                    c[i][j] = c[i + 1][j] || j < in.length && c[i][j + 1];
                } else if (j < in.length && in[j] != ANY_RUN) {
                    boolean one = o[i] == ANY_ONE || in[j] != ANY_ONE && fits(o[i], in[j], ignoreCase);
                    c[i][j] = one && c[i + 1][j + 1];
                }
            }
        }
        return c[0][0];
    }

    static int[] iamGlob(String pattern) {
        return pattern.chars().map(c -> c == '*' ? ANY_RUN : c == '?' ? ANY_ONE : c).toArray();
    }

    static int[] of(Template t) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (Template.Part p : t.parts()) {
            if (p instanceof Template.Literal l) {
                l.text().chars().forEach(out::add);
            } else if (out.isEmpty() || out.get(out.size() - 1) != ANY_RUN) {
                out.add(ANY_RUN);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    static boolean intersect(Template t, int[] pattern, boolean ignoreCase) {
        return intersect(of(t), pattern, ignoreCase);
    }

    /** True when some string matches both patterns (characters compared ignoring case when asked). */
    public static boolean intersect(int[] a, int[] b, boolean ignoreCase) {
        int width = b.length + 1;
        BitSet seen = new BitSet((a.length + 1) * width);
        Deque<int[]> todo = new ArrayDeque<>();
        todo.push(new int[] {0, 0});
        seen.set(0);
        while (!todo.isEmpty()) {
            int[] s = todo.pop();
            int i = s[0];
            int j = s[1];
            if (i == a.length && j == b.length) {
                return true;
            }
            // A run may match nothing: skip it.
            if (i < a.length && run(a[i])) {
                visit(i + 1, j, width, seen, todo);
            }
            if (j < b.length && run(b[j])) {
                visit(i, j + 1, width, seen, todo);
            }
            // Both consume one character that fits both sides; a run may go on consuming.
            if (i < a.length && j < b.length && fits(a[i], b[j], ignoreCase)) {
                visit(run(a[i]) ? i : i + 1, run(b[j]) ? j : j + 1, width, seen, todo);
            }
        }
        return false;
    }

    private static boolean run(int t) {
        return t == ANY_RUN || t == FIELD_RUN;
    }

    /** True when one character exists that both tokens accept. */
    private static boolean fits(int x, int y, boolean ignoreCase) {
        if (x < 0 && y < 0) {
            return true;
        }
        if (x < 0 || y < 0) { // a wildcard and a character: any, unless a field's wildcard meets ':'
            boolean field = Math.min(x, y) == FIELD_ONE || Math.min(x, y) == FIELD_RUN;
            return Math.max(x, y) != ':' || !field;
        }
        if (x == y) {
            return true;
        }
        return ignoreCase && (Character.toUpperCase(x) == Character.toUpperCase(y)
                || Character.toLowerCase(x) == Character.toLowerCase(y));
    }

    private static void visit(int i, int j, int width, BitSet seen, Deque<int[]> todo) {
        int key = i * width + j;
        if (!seen.get(key)) {
            seen.set(key);
            todo.push(new int[] {i, j});
        }
    }
}
