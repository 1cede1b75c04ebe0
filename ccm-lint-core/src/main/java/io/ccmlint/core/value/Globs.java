package io.ccmlint.core.value;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;

/**
 * Whether two glob-like patterns share a string: each pattern is a sequence of single characters,
 * "any one character" and "any run of characters". A template's hole is a run; an IAM pattern's
 * {@code *} is a run and {@code ?} one character. Decided by a walk over pairs of positions (the
 * product of the two patterns' automata): {@code O(a * b)} states, no backtracking.
 */
final class Globs {
    static final int ANY_ONE = -1;
    static final int ANY_RUN = -2;

    private Globs() {
    }

    static int[] literal(String text) {
        return text.chars().toArray();
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

    /** True when some string matches both patterns. */
    static boolean intersect(int[] a, int[] b, boolean ignoreCase) {
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
            if (i < a.length && a[i] == ANY_RUN) {
                visit(i + 1, j, width, seen, todo);
            }
            if (j < b.length && b[j] == ANY_RUN) {
                visit(i, j + 1, width, seen, todo);
            }
            // Both consume one character that fits both sides; a run may go on consuming.
            if (i < a.length && j < b.length && fits(a[i], b[j], ignoreCase)) {
                visit(a[i] == ANY_RUN ? i : i + 1, b[j] == ANY_RUN ? j : j + 1, width, seen, todo);
            }
        }
        return false;
    }

    private static boolean fits(int x, int y, boolean ignoreCase) {
        if (x < 0 || y < 0) {
            return true;
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
