package io.ccmlint.core.iam.access;

import java.util.List;

/**
 * Whether a principal may do an action on some resource a pattern names, and the statements that
 * decide it.
 *
 * @param allowing the Allow statements that grant it (for {@link Level#DENIED}: those a Deny blocks)
 * @param denying the Deny statements that block it or make it conditional
 * @param resources where it is allowed (patterns within the asked one)
 * @param why what makes it conditional or unknown, in words ("" when nothing does)
 */
public record Verdict(Level level, List<GrantedBy> allowing, List<GrantedBy> denying, List<String> resources, String why) {
    public Verdict {
        allowing = List.copyOf(allowing);
        denying = List.copyOf(denying);
        resources = List.copyOf(resources);
    }

    /** From most to least access. */
    public enum Level {
        /** An unconditional Allow, with no Deny or boundary that may take it away. */
        ALLOWED,
        /** Allowed, but only under a condition (of the Allow, of a Deny, of a boundary not readable here). */
        CONDITIONALLY_ALLOWED,
        /**
         * What cannot be read here decides it: no readable Allow, but a policy that cannot be read (or an
         * Allow with a value not known here) may allow it; or, for one request ({@link EffectivePermissions#decide}),
         * allowed but capped by a permissions boundary that cannot be read here.
         */
        UNKNOWN,
        /** Allowed by some statement, but an unconditional Deny or the permissions boundary takes it away. */
        DENIED,
        /** No statement allows it. */
        NOT_ALLOWED
    }

    /** True for {@link Level#ALLOWED} and {@link Level#CONDITIONALLY_ALLOWED}: a condition does not make access safe. */
    public boolean allowed() {
        return level == Level.ALLOWED || level == Level.CONDITIONALLY_ALLOWED;
    }
}
