package io.ccmlint.core.tree;

/**
 * Explicit limits for every reader, so hostile input is a finding instead of a crash or an
 * unbounded allocation.
 */
public record ParseLimits(int maxNestingDepth, int maxStringLength, long maxDocumentLength, int maxAliasesForCollections) {
    public static final ParseLimits DEFAULT = new ParseLimits(500, 20_000_000, 64L * 1024 * 1024, 50);
}
