package io.ccmlint.rules.iam;

import io.ccmlint.core.iam.access.Access;
import io.ccmlint.core.iam.access.AccessDiff;
import io.ccmlint.core.iam.access.EffectivePermissions;
import io.ccmlint.core.iam.access.GrantedBy;
import io.ccmlint.core.iam.access.Verdict;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.principal.IamPrincipal;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.trust.TrustStatements;
import io.ccmlint.core.value.Scalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One escalation method a principal's effective permissions allow.
 *
 * @param verdicts the verdict for each action the method needs
 * @param passes for a method that passes a role: which role, in words; else null
 */
record Escalation(EscalationMethods.Method method, Map<String, Verdict> verdicts, String passes) {

    /** The method, when every action it needs is allowed (a condition does not stop it) and, for PassRole, a role worth passing is. */
    static Escalation find(Access access, EffectivePermissions perms, EscalationMethods.Method m) {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        for (String action : m.actions()) {
            Verdict v = perms.verdict(action, "*");
            if (!v.allowed()) {
                return null;
            }
            verdicts.put(action, v);
        }
        String passes = null;
        if (m.passedTo() != null) {
            passes = passable(access, perms, verdicts.get("iam:PassRole"), m.passedTo());
            if (passes == null) {
                return null;
            }
        }
        return new Escalation(m, verdicts, passes);
    }

    boolean conditional() {
        return verdicts.values().stream().anyMatch(v -> v.level() == Verdict.Level.CONDITIONALLY_ALLOWED);
    }

    String why() {
        return verdicts.values().stream().map(Verdict::why).filter(w -> !w.isEmpty()).findFirst().orElse("");
    }

    /**
     * Which role the principal may pass to {@code service} that gives it more than it has: any role
     * when PassRole names every role; else a role of the workspace it names that the service may
     * assume (by its trust policy, when known) and that may do something the principal may not.
     * Null when none: a PassRole scoped to roles not in the workspace is not judged.
     */
    private static String passable(Access access, EffectivePermissions perms, Verdict passRole, String service) {
        for (String r : passRole.resources()) {
            if (Access.namesEveryRole(r)) {
                return "any role (iam:PassRole on \"" + r + "\")";
            }
        }
        for (String r : passRole.resources()) {
            for (IamPrincipal role : access.rolesMatchingArn(r)) {
                if (role == perms.principal() || !trusts(role.role(), service)) {
                    continue;
                }
                int more = AccessDiff.between(access.of(role), perms).stream().mapToInt(AccessDiff.NewAccess::size).sum();
                if (more > 0) {
                    return role.describe() + ", which may do " + more + " action" + (more == 1 ? "" : "s")
                            + " it may not, to " + service;
                }
            }
        }
        return null;
    }

    /** True unless the role's trust is known and does not let {@code service} assume it. */
    private static boolean trusts(Role role, String service) {
        if (role == null) {
            return true;
        }
        if (role.serviceAccountTrust() != null) {
            return false; // eksctl writes a trust for one Kubernetes service account only
        }
        PolicyDocument trust = role.trustPolicy();
        if (trust == null) {
            return true;
        }
        for (Statement s : trust.statements()) {
            if (!s.isAllow()) {
                continue;
            }
            for (Scalar v : TrustStatements.services(s)) {
                if (!v.isKnown() || service.equalsIgnoreCase(v.known())) {
                    return true;
                }
            }
            for (Scalar v : TrustStatements.aws(s)) {
                if (!v.isKnown() || "*".equals(v.known())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The statements granting what the methods need, one related location each, with the actions it grants. */
    static List<RuleContext.Related> related(List<Escalation> found, int limit) {
        Map<Span, Set<String>> byPlace = new LinkedHashMap<>();
        Map<Span, String> what = new LinkedHashMap<>();
        for (Escalation e : found) {
            e.verdicts.forEach((action, v) -> {
                for (GrantedBy g : v.allowing()) {
                    Span at = g.location();
                    if (at != null) {
                        byPlace.computeIfAbsent(at, k -> new TreeSet<>()).add(action);
                        what.putIfAbsent(at, g.describe());
                    }
                }
            });
        }
        List<RuleContext.Related> out = new ArrayList<>();
        for (Map.Entry<Span, Set<String>> e : byPlace.entrySet()) {
            if (out.size() == limit) {
                break;
            }
            out.add(new RuleContext.Related(e.getKey(), what.get(e.getKey()) + " grants " + String.join(", ", e.getValue())));
        }
        return out;
    }
}
