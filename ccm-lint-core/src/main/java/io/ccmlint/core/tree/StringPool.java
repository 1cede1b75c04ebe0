package io.ccmlint.core.tree;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each short string a reader reads (so one per run when the run shares its reader):
 * keys such as {@code type} and {@code description}, values such as {@code "Allow"}, {@code "*"}
 * and action names recur in file after file, and a workspace keeps thousands of trees. Bounded;
 * safe on many threads.
 */
final class StringPool {
    private static final int POOLED_LENGTH = 128;
    private static final int POOL_LIMIT = 500_000;
    private final ConcurrentHashMap<String, String> pool = new ConcurrentHashMap<>();

    /** The pool's copy of {@code s}, or {@code s} itself (now pooled, or too long, or the pool is full). */
    String of(String s) {
        if (s.length() > POOLED_LENGTH) {
            return s;
        }
        String known = pool.get(s);
        if (known != null) {
            return known;
        }
        if (pool.size() < POOL_LIMIT) {
            known = pool.putIfAbsent(s, s);
        }
        return known != null ? known : s;
    }
}
