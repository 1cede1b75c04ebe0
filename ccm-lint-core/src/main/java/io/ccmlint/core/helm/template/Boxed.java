package io.ccmlint.core.helm.template;

/**
 * A value whose static Go type is {@code interface {}}: what indexing a map[string]interface {} or a
 * []interface {} gives. Go keeps this wrapper until a pipeline step ends, and it shows: a field of a
 * nil element is "nil pointer evaluating interface {}.x" while a field of nothing is no error at all.
 * Only the executor sees these; functions and printing get the value inside.
 */
record Boxed(Object value) {
    /** A nil interface: a null map element, or a missing key under missingkey=zero. */
    static final Boxed NIL = new Boxed(null);

    static Boxed of(Object value) {
        return value == null ? NIL : new Boxed(value);
    }
}
