package io.ccmlint.core.iam;

/**
 * The answer to "do these identity policies let a principal do action A on resource R?". Rules
 * need more than yes/no: an Allow that holds only under a condition (or that a conditional Deny
 * may cancel) is not the same as a clean grant, and an explicit Deny is not the same as a missing
 * Allow (the fix differs: remove the Deny vs. add an Allow).
 */
public enum Decision {
    /** An unconditional Allow matches and no Deny matches, not even under a condition. */
    ALLOWED,
    /**
     * An Allow matches, but the outcome depends on the request: every matching Allow has a
     * condition, or a Deny with a condition (or with an unresolved value) may match.
     */
    CONDITIONALLY_ALLOWED,
    /** An unconditional Deny matches; nothing can override it. */
    EXPLICITLY_DENIED,
    /** No Allow matches (IAM's implicit deny). */
    NOT_ALLOWED
}
