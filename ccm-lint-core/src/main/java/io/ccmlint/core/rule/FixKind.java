package io.ccmlint.core.rule;

/** What a rule's fixer can do, as listed in the catalog. */
public enum FixKind {
    NONE,
    SAFE,
    UNSAFE
}
