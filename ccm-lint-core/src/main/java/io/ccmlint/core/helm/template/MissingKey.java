package io.ccmlint.core.helm.template;

/** Go's missingkey option: what a map lookup of a missing key gives. Helm uses {@link #ZERO}. */
public enum MissingKey {
    /** missingkey=default/invalid: no value at all; printed as "&lt;no value&gt;". */
    INVALID,
    /** missingkey=zero: the element type's zero value, a nil interface {} for Helm's values. */
    ZERO,
    /** missingkey=error: execution stops with "map has no entry for key". */
    ERROR
}
