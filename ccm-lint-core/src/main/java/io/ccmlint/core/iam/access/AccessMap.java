package io.ccmlint.core.iam.access;

import io.ccmlint.core.value.Globs;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compact form of what a principal may do: for each resource pattern its Allows name, the set
 * of catalog actions allowed there (with or without a condition) after Denies and the boundary.
 * What two revisions allow is compared on this form ({@link AccessDiff}).
 */
public final class AccessMap {
    /**
     * What is allowed on one resource pattern.
     *
     * @param any allowed, with or without a condition
     * @param unconditional allowed with no condition and no Deny or boundary that may take it away
     * @param otherActions Action patterns of the Allows that the catalog does not know (a new service), lower case
     * @param grants the Allows behind it
     */
    record Entry(String resource, BitSet any, BitSet unconditional, Set<String> otherActions, List<Grant> grants) {
        /** An entry of Allows with NotResource: keyed "NotResource x, y", it may apply anywhere but there. */
        boolean notResource() {
            return !grants.isEmpty() && grants.get(0).notResource();
        }

        /** The widest pattern it may apply to: its own, or {@code *} for a NotResource entry. */
        String reach() {
            return notResource() ? "*" : resource;
        }
    }

    private final Map<String, Entry> entries;

    private AccessMap(Map<String, Entry> entries) {
        this.entries = entries;
    }

    Map<String, Entry> entries() {
        return entries;
    }

    /** The resource patterns that something is allowed on, in the order the policies name them. */
    public List<String> resources() {
        return List.copyOf(entries.keySet());
    }

    /** How many distinct catalog actions are allowed on some resource. */
    public int actionCount() {
        BitSet all = new BitSet();
        entries.values().forEach(e -> all.or(e.any()));
        return all.cardinality();
    }

    /** What is allowed on {@code resource}, in words ({@link AccessText}); "" when nothing is. */
    public String describe(String resource) {
        Entry e = entries.get(resource);
        return e == null ? "" : AccessText.actions(e.any(), e.otherActions());
    }

    /** The part of {@code resource}'s actions that holds only under a condition, in words; "" when none. */
    public String describeConditional(String resource) {
        Entry e = entries.get(resource);
        if (e == null) {
            return "";
        }
        BitSet c = (BitSet) e.any().clone();
        c.andNot(e.unconditional());
        return AccessText.actions(c, Set.of());
    }

    static AccessMap of(List<Grant> allows, List<Grant> denies, EffectivePermissions boundary, boolean boundaryUnknown) {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (Grant g : allows) {
            List<String> keys = g.notResource() ? List.of(g.resourceKey()) : g.resources();
            for (String key : keys) {
                BitSet any = (BitSet) g.actions().clone();
                BitSet unconditional = g.conditional() || boundaryUnknown ? new BitSet() : (BitSet) g.actions().clone();
                String pattern = g.notResource() ? "*" : key;
                for (Grant d : denies) {
                    if (!d.coversResource(pattern) && !(g.notResource() && sameExclusions(d, g))) {
                        continue;
                    }
                    if (d.exact() && !d.conditional()) {
                        any.andNot(d.actions());
                    }
                    unconditional.andNot(d.actions());
                }
                if (boundary != null) {
                    capBy(boundary.access(), pattern, any, unconditional);
                }
                if (any.isEmpty() && (g.actionPatterns().isEmpty() || g.notAction())) {
                    continue;
                }
                Entry e = out.computeIfAbsent(key, k -> new Entry(k, new BitSet(), new BitSet(), new LinkedHashSet<>(), new ArrayList<>()));
                e.any().or(any);
                e.unconditional().or(unconditional);
                if (!g.notAction()) {
                    otherActions(g).forEach(e.otherActions()::add);
                }
                e.grants().add(g);
            }
        }
        out.replaceAll((k, e) -> new Entry(k, e.any(), e.unconditional(), Collections.unmodifiableSet(e.otherActions()),
                List.copyOf(e.grants())));
        return new AccessMap(Collections.unmodifiableMap(out));
    }

    /** A Deny with NotResource covers an Allow with NotResource when it excludes no more than the Allow does. */
    private static boolean sameExclusions(Grant deny, Grant allow) {
        return deny.notResource() && allow.resources().containsAll(deny.resources());
    }

    /** Keeps only what the boundary allows on {@code pattern}: unconditionally where one of its patterns covers it. */
    private static void capBy(AccessMap boundary, String pattern, BitSet any, BitSet unconditional) {
        BitSet mayAny = new BitSet();
        BitSet mayAlways = new BitSet();
        for (Entry b : boundary.entries.values()) {
            String bp = b.reach();
            if (!b.notResource() && Globs.covers(bp, pattern, false)) {
                mayAny.or(b.any());
                mayAlways.or(b.unconditional());
            } else if (Globs.overlap(bp, pattern, false)) {
                mayAny.or(b.any());
            }
        }
        any.and(mayAny);
        unconditional.and(mayAlways);
    }

    /** The Action patterns of an Allow that name no catalog action. */
    private static List<String> otherActions(Grant g) {
        List<String> out = new ArrayList<>();
        for (String p : g.actionPatterns()) {
            if (ActionIndex.get().matching(p).isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
