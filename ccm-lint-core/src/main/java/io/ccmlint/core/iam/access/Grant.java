package io.ccmlint.core.iam.access;

import io.ccmlint.core.value.Globs;
import io.ccmlint.core.iam.PolicyVariables;
import io.ccmlint.core.iam.Wildcard;
import io.ccmlint.core.model.principal.PolicyAttachment;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.policy.ValueSet;
import io.ccmlint.core.value.Scalar;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * One Allow or Deny statement as a set of catalog actions over a list of resource patterns.
 *
 * <p>Values not fully known (a Terraform hole, an IAM policy variable) are read as IAM's reasoning
 * needs them to be read to never invent access and never hide a finding: in an Allow such a
 * value grants nothing ({@link #exact} false); in a Deny it is widened to what it could match
 * ({@code *} for each unknown part) and the Deny only makes access conditional, never removes it.
 *
 * @param actions the catalog actions it applies to (NotAction already complemented)
 * @param actionPatterns the known Action (or NotAction) values, lower case, for actions the catalog lacks
 * @param resources the resource patterns (for NotResource: the excluded ones)
 * @param conditional the statement has a Condition
 * @param exact every value was known: false when some value was dropped (Allow) or widened (Deny)
 * @param maybe an Allow with values not known here, every one widened: what it could grant, which
 *              makes a missing Allow unknown rather than not allowed (it never grants)
 */
record Grant(Statement statement, PolicyAttachment source, boolean allow, BitSet actions, List<String> actionPatterns,
             boolean notAction, List<String> resources, boolean notResource, boolean conditional, boolean exact,
             boolean maybe) {

    /** The same grant, had through {@code attachment}. */
    Grant through(PolicyAttachment attachment) {
        return new Grant(statement, attachment, allow, actions, actionPatterns, notAction, resources, notResource, conditional, exact,
                maybe);
    }

    /** The grant of one statement, or null when the statement applies to nothing (no Effect, no actions). */
    static Grant of(Statement s, PolicyAttachment source) {
        return of(s, source, false);
    }

    /** For an Allow with values not known here: what it could grant with each of them widened ({@link #maybe}); else null. */
    static Grant couldGrant(Statement s, PolicyAttachment source) {
        if (!s.isAllow() || empty(s.actions()) || empty(s.resources())) {
            return null;
        }
        boolean unknown = s.actions().values().stream().anyMatch(v -> !known(v)) || s.resources().values().stream().anyMatch(v -> !known(v));
        return unknown ? of(s, source, true) : null;
    }

    private static Grant of(Statement s, PolicyAttachment source, boolean maybe) {
        boolean allow = s.isAllow();
        if (!allow && !s.isDeny() || empty(s.actions()) || empty(s.resources())) {
            return null;
        }
        ActionIndex index = ActionIndex.get();
        boolean exact = true;
        BitSet bits = new BitSet(index.size());
        List<String> patterns = new ArrayList<>();
        boolean notAction = s.actions().negated();
        for (Scalar v : s.actions().values()) {
            String p = exactOrWidened(v, maybe ? !notAction : allow == notAction); // maybe: the most it could grant
            exact &= known(v);
            if (p != null) {
                bits.or(index.matching(p));
                patterns.add(p.toLowerCase(Locale.ROOT));
            }
        }
        if (notAction) {
            bits.flip(0, index.size());
        }
        List<String> resources = new ArrayList<>();
        boolean notResource = s.resources().negated();
        for (Scalar v : s.resources().values()) {
            String p = exactOrWidened(v, maybe ? !notResource : allow == notResource);
            exact &= known(v);
            if (p != null) {
                resources.add(p);
            }
        }
        if (resources.isEmpty() && !notResource) {
            return null;
        }
        return new Grant(s, source, allow, bits, List.copyOf(patterns), notAction, List.copyOf(resources), notResource,
                s.hasConditions(), exact, maybe);
    }

    /** True when it applies to {@code action} ({@code index} its catalog index, or -1). */
    boolean appliesTo(String action, int index) {
        if (index >= 0) {
            return actions.get(index);
        }
        boolean any = actionPatterns.stream().anyMatch(p -> Wildcard.matchesAction(p, action));
        return any != notAction;
    }

    /** True when it applies to every resource {@code pattern} matches. */
    boolean coversResource(String pattern) {
        if (notResource) {
            return resources.stream().noneMatch(x -> Globs.overlap(x, pattern, false));
        }
        return resources.stream().anyMatch(r -> Globs.covers(r, pattern, false));
    }

    /**
     * The parts of {@code requirement} it applies to: for each of its patterns that can match a
     * resource {@code requirement} matches, the narrower of the two (or {@code requirement} itself
     * when neither covers the other, or for NotResource).
     */
    List<String> resourcesWithin(String requirement) {
        if (notResource) {
            return coversNone(requirement) ? List.of() : List.of(requirement);
        }
        List<String> out = new ArrayList<>();
        for (String r : resources) {
            if (Globs.overlap(r, requirement, false)) {
                out.add(Globs.covers(requirement, r, false) ? r : requirement);
            }
        }
        return out;
    }

    /** True when it applies to a request's exact resource (a value, not a pattern: {@code *} is the text "*"). */
    boolean matchesResource(String resource) {
        boolean any = resources.stream().anyMatch(r -> Wildcard.matchesResource(r, resource));
        return any != notResource;
    }

    /** For NotResource: true when the excluded patterns take all of {@code requirement}. */
    private boolean coversNone(String requirement) {
        return resources.stream().anyMatch(x -> Globs.covers(x, requirement, false));
    }

    /** How the statement's resources read in a listing: the patterns, or "everything except ...". */
    String resourceKey() {
        return notResource ? "NotResource " + String.join(", ", resources) : null;
    }

    private static boolean empty(ValueSet set) {
        return set == null || set.values().isEmpty();
    }

    private static boolean known(Scalar v) {
        return v.isKnown() && v.known() != null && !PolicyVariables.present(v.known());
    }

    /**
     * A known value as written; a value not fully known widened to what it could match ({@code *}
     * for each unknown part) when {@code widen} (where matching more grants less: an Allow's NotAction,
     * a Deny's Action), else null (where it would grant more: it is left out).
     */
    private static String exactOrWidened(Scalar v, boolean widen) {
        if (known(v)) {
            return v.known();
        }
        if (!widen) {
            return null;
        }
        if (v.isKnown()) {
            return v.known() == null ? "*" : PolicyVariables.widen(v.known());
        }
        return v.template() == null ? "*" : PolicyVariables.requestPattern(v);
    }
}
