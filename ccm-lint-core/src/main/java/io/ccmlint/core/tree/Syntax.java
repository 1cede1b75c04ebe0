package io.ccmlint.core.tree;

/** The concrete syntax a located tree came from. */
public enum Syntax {
    JSON,
    YAML,
    HCL
}
