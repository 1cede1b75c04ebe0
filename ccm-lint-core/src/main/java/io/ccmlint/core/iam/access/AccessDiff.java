package io.ccmlint.core.iam.access;

import io.ccmlint.core.value.Globs;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a principal may do now that it could not do before: the offline counterpart of IAM Access
 * Analyzer's check-no-new-access. Access counts as old where the earlier revision allowed the same
 * action on a resource pattern covering the new one; removed access is not reported.
 */
public final class AccessDiff {
    private AccessDiff() {
    }

    /**
     * New access on one resource pattern.
     *
     * @param actions actions allowed now and not at all before
     * @param unconditional actions allowed before only under a condition, now without one
     * @param otherActions action patterns outside the catalog that no earlier Allow named
     * @param grantedBy the Allow statements now granting some of it
     */
    public record NewAccess(String resource, BitSet actions, BitSet unconditional, Set<String> otherActions,
                            List<GrantedBy> grantedBy) {
        /** In words, grouped by service: {@code lambda:* (87 actions), iam:PassRole}. */
        public String describe() {
            String s = AccessText.actions(actions, otherActions);
            if (!unconditional.isEmpty()) {
                s += (s.isEmpty() ? "" : "; ") + "without a condition now: " + AccessText.actions(unconditional, Set.of());
            }
            return s;
        }

        /** How many actions it names (catalog actions, plus patterns outside it). */
        public int size() {
            return actions.cardinality() + unconditional.cardinality() + otherActions.size();
        }
    }

    /** What {@code now} allows that {@code before} did not; {@code before} null: a new principal, all of it. */
    public static List<NewAccess> between(EffectivePermissions now, EffectivePermissions before) {
        List<NewAccess> out = new ArrayList<>();
        for (AccessMap.Entry e : now.access().entries().values()) {
            if (before != null && nothingNewAt(e, before.access().entries().get(e.resource()))) {
                continue; // the pattern's own entry before already holds all of it: no other entry could add anything
            }
            BitSet oldAny = new BitSet();
            BitSet oldAlways = new BitSet();
            Set<String> oldOther = new LinkedHashSet<>();
            if (before != null) {
                for (AccessMap.Entry b : before.access().entries().values()) {
                    if (covers(b, e)) {
                        oldAny.or(b.any());
                        oldAlways.or(b.unconditional());
                        oldOther.addAll(b.otherActions());
                    }
                }
            }
            BitSet added = (BitSet) e.any().clone();
            added.andNot(oldAny);
            BitSet lifted = (BitSet) e.unconditional().clone();
            lifted.andNot(oldAlways);
            lifted.andNot(added);
            Set<String> other = new LinkedHashSet<>(e.otherActions());
            other.removeAll(oldOther);
            if (added.isEmpty() && lifted.isEmpty() && other.isEmpty()) {
                continue;
            }
            List<GrantedBy> by = new ArrayList<>();
            for (Grant g : e.grants()) {
                if (g.actions().intersects(added) || !g.conditional() && g.actions().intersects(lifted)
                        || g.actionPatterns().stream().anyMatch(other::contains)) {
                    by.add(GrantedBy.of(g));
                }
            }
            out.add(new NewAccess(e.resource(), added, lifted, other, by));
        }
        return out;
    }

    /**
     * True when the entry of the same resource pattern before allows everything {@code now} does, as
     * it does: the usual case of an unchanged principal, told without comparing every pair of patterns
     * (the full comparison is quadratic in a principal's resource patterns, and {@code covers} of a
     * pattern and itself is true, so the union over every covering entry could only add to it).
     */
    private static boolean nothingNewAt(AccessMap.Entry now, AccessMap.Entry sameBefore) {
        if (sameBefore == null) {
            return false;
        }
        BitSet added = (BitSet) now.any().clone();
        added.andNot(sameBefore.any());
        BitSet lifted = (BitSet) now.unconditional().clone();
        lifted.andNot(sameBefore.unconditional());
        return added.isEmpty() && lifted.isEmpty() && sameBefore.otherActions().containsAll(now.otherActions());
    }

    /** A NotResource entry is covered only by the same exclusions or by {@code *}. */
    private static boolean covers(AccessMap.Entry before, AccessMap.Entry now) {
        if (before.notResource() || now.notResource()) {
            return before.resource().equals(now.resource()) || !before.notResource() && before.resource().equals("*");
        }
        return Globs.covers(before.resource(), now.resource(), false);
    }
}
