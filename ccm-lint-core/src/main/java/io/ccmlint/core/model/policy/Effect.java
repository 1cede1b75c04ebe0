package io.ccmlint.core.model.policy;

/** A statement's effect. */
public enum Effect {
    ALLOW,
    DENY;

    /** Parses IAM's spelling; IAM itself is case-sensitive here, so only "Allow" and "Deny". */
    public static Effect parse(String s) {
        if ("Allow".equals(s)) {
            return ALLOW;
        }
        if ("Deny".equals(s)) {
            return DENY;
        }
        return null;
    }
}
