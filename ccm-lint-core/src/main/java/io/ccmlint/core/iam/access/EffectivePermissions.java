package io.ccmlint.core.iam.access;

import io.ccmlint.core.value.Globs;
import io.ccmlint.core.model.principal.IamPrincipal;
import io.ccmlint.core.model.principal.PolicyAttachment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What one principal may do with all its policies together, evaluated as IAM evaluates identity
 * policies: an action is allowed where some Allow applies and no Deny does, an explicit Deny wins,
 * NotAction and NotResource apply to everything they do not name, action wildcards are read against
 * the bundled catalog, and a permissions boundary caps the result. A Condition never removes
 * access, it makes it conditional. Policies that cannot be read make a missing Allow unknown.
 *
 * <p>Not modelled (the README says so): resource-based policies other than trust, SCPs and RCPs,
 * session policies, and the values conditions test.
 */
public final class EffectivePermissions {
    private final IamPrincipal principal;
    private final List<Grant> allows = new ArrayList<>();
    private final List<Grant> denies = new ArrayList<>();
    /** Allows with values not known here, widened: they never grant, they make a missing Allow unknown. */
    private final List<Grant> maybeAllows = new ArrayList<>();
    private final EffectivePermissions boundary;
    private final String unreadableBoundary;
    private final boolean unreadablePolicies;
    private volatile AccessMap map;

    EffectivePermissions(IamPrincipal principal, Function<PolicyAttachment, List<Grant>> grantsOf) {
        this.principal = principal;
        for (PolicyAttachment a : principal.policies()) {
            if (a.readable()) {
                for (Grant g : grantsOf.apply(a)) {
                    (g.maybe() ? maybeAllows : g.allow() ? allows : denies).add(g);
                }
            }
        }
        unreadablePolicies = principal.hasUnreadablePolicies();
        PolicyAttachment b = principal.boundary();
        if (b != null && b.readable()) {
            boundary = new EffectivePermissions(new IamPrincipal(principal.kind(), principal.address() + " (boundary)",
                    null, null, principal.span(), List.of(b), null, null), grantsOf);
            unreadableBoundary = null;
        } else {
            boundary = null;
            unreadableBoundary = b == null ? null : b.reference() == null ? "its permissions boundary" : b.reference().display();
        }
    }

    public IamPrincipal principal() {
        return principal;
    }

    /**
     * May the principal do {@code action} on some resource {@code resource} matches ({@code *}: on
     * anything; an ARN: on it; an ARN pattern: on something it matches)?
     */
    public Verdict verdict(String action, String resource) {
        return evaluate(action, resource, true);
    }

    /**
     * IAM's decision on one request: {@code action} on exactly {@code resource} (an ARN, or {@code *}
     * for actions that only take {@code *}, such as {@code ec2:DescribeRegions}): an Allow applies
     * only when its pattern matches the whole resource.
     */
    public Verdict decide(String action, String resource) {
        return evaluate(action, resource, false);
    }

    private Verdict evaluate(String action, String resource, boolean someOf) {
        int index = ActionIndex.get().indexOf(action);
        Set<GrantedBy> allowing = new LinkedHashSet<>();
        Set<GrantedBy> blockedAllows = new LinkedHashSet<>();
        Set<GrantedBy> denying = new LinkedHashSet<>();
        Set<String> where = new LinkedHashSet<>();
        Verdict.Level best = Verdict.Level.NOT_ALLOWED;
        String why = "";
        for (Grant g : allows) {
            if (!g.appliesTo(action, index)) {
                continue;
            }
            List<String> parts = someOf ? g.resourcesWithin(resource) : g.matchesResource(resource) ? List.of(resource) : List.of();
            for (String part : parts) {
                Verdict.Level level = g.conditional() ? Verdict.Level.CONDITIONALLY_ALLOWED : Verdict.Level.ALLOWED;
                String reason = g.conditional() ? "the Allow has a Condition" : "";
                for (Grant d : denies) {
                    if (d.appliesTo(action, index) && (someOf ? d.coversResource(part) : d.matchesResource(part))) {
                        denying.add(GrantedBy.of(d));
                        if (d.exact() && !d.conditional()) {
                            level = Verdict.Level.DENIED;
                            break;
                        }
                        level = Verdict.Level.CONDITIONALLY_ALLOWED;
                        reason = d.conditional() ? "a Deny with a Condition applies" : "a Deny with a value not known here may apply";
                    }
                }
                if (level != Verdict.Level.DENIED) {
                    if (boundary != null) {
                        Verdict capped = boundary.evaluate(action, part, someOf);
                        if (!capped.allowed()) {
                            level = Verdict.Level.DENIED;
                            reason = "the permissions boundary does not allow it";
                        } else if (capped.level() == Verdict.Level.CONDITIONALLY_ALLOWED) {
                            level = Verdict.Level.CONDITIONALLY_ALLOWED;
                            reason = "the permissions boundary allows it only under a condition";
                        }
                    } else if (unreadableBoundary != null) {
                        // for a request the boundary decides, so the answer is unknown; for "on some resource" questions
                        // (escalation, forbidden access) it is access that may hold: conditional, still reported
                        level = someOf ? Verdict.Level.CONDITIONALLY_ALLOWED : Verdict.Level.UNKNOWN;
                        reason = "the permissions boundary " + unreadableBoundary + " cannot be read here";
                    }
                }
                if (level == Verdict.Level.DENIED) {
                    blockedAllows.add(GrantedBy.of(g));
                    if (best == Verdict.Level.NOT_ALLOWED) {
                        best = Verdict.Level.DENIED;
                        why = reason;
                    }
                    continue;
                }
                allowing.add(GrantedBy.of(g));
                where.add(part);
                if (best.compareTo(level) > 0) {
                    best = level;
                    why = reason;
                }
            }
        }
        if (best == Verdict.Level.NOT_ALLOWED) { // no Allow at all: a Deny that applies is still IAM's explicit deny
            for (Grant d : denies) {
                if (d.exact() && !d.conditional() && d.appliesTo(action, index)
                        && (someOf ? d.coversResource(resource) : d.matchesResource(resource))) {
                    denying.add(GrantedBy.of(d));
                    best = Verdict.Level.DENIED;
                    why = "";
                }
            }
        }
        if (best == Verdict.Level.NOT_ALLOWED && unreadablePolicies) {
            best = Verdict.Level.UNKNOWN;
            why = "an attached policy cannot be read here";
        }
        if (best == Verdict.Level.NOT_ALLOWED && couldBeAllowed(action, index, resource, someOf)) {
            best = Verdict.Level.UNKNOWN;
            why = "an Allow with a value not known here may grant it";
        }
        List<GrantedBy> allowList = new ArrayList<>(best == Verdict.Level.DENIED ? blockedAllows : allowing);
        return new Verdict(best, allowList, new ArrayList<>(denying), new ArrayList<>(where), best == Verdict.Level.ALLOWED ? "" : why);
    }

    /**
     * The catalog actions an action pattern names ({@code iam:*}, {@code s3:Delete*}) that are allowed,
     * with or without a condition, on some resource {@code resource} matches: a quick filter before
     * asking {@link #verdict} about each.
     */
    public List<String> allowedAmong(String actionPattern, String resource) {
        ActionIndex index = ActionIndex.get();
        java.util.BitSet allowed = new java.util.BitSet();
        for (AccessMap.Entry e : access().entries().values()) {
            if (Globs.overlap(e.reach(), resource, false)) {
                allowed.or(e.any());
            }
        }
        allowed.and(index.matching(actionPattern));
        List<String> out = new ArrayList<>();
        for (int i = allowed.nextSetBit(0); i >= 0; i = allowed.nextSetBit(i + 1)) {
            out.add(index.name(i));
        }
        return out;
    }

    private boolean couldBeAllowed(String action, int index, String resource, boolean someOf) {
        for (Grant g : maybeAllows) {
            if (g.appliesTo(action, index) && (someOf ? !g.resourcesWithin(resource).isEmpty() : g.matchesResource(resource))) {
                return true;
            }
        }
        return false;
    }

    /** True when every catalog action is allowed on {@code *} (under a condition or not): an administrator. */
    public boolean administrator() {
        AccessMap.Entry all = access().entries().get("*");
        return all != null && all.any().cardinality() == ActionIndex.get().size();
    }

    /** Every action allowed, per resource pattern (computed once). */
    public AccessMap access() {
        AccessMap m = map;
        if (m == null) {
            m = AccessMap.of(allows, denies, boundary, unreadableBoundary != null);
            map = m;
        }
        return m;
    }
}
