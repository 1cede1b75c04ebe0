package io.ccmlint.core.iam.access;

import io.ccmlint.core.value.Globs;
import io.ccmlint.core.iam.Wildcard;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.principal.IamPrincipal;
import io.ccmlint.core.model.principal.PolicyAttachment;
import io.ccmlint.core.model.principal.PrincipalKind;
import io.ccmlint.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The effective permissions of every principal of a run, computed on first use and shared by the
 * rules that ask ({@link Workspace#derived}). A policy attached to many principals (an AWS managed
 * one) is turned into grants once.
 */
public final class Access {
    private final List<IamPrincipal> principals;
    private final Map<PolicyDocument, List<Grant>> grants = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<IamPrincipal, EffectivePermissions> permissions = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Each PassRole resource once: CCM111 asks for every method that passes a role, for every principal (a scan of all roles each time). */
    private final Map<String, List<IamPrincipal>> rolesByArnPattern = new ConcurrentHashMap<>();

    private final Map<io.ccmlint.core.model.role.Role, IamPrincipal> byRole = new IdentityHashMap<>();

    private Access(List<IamPrincipal> principals) {
        this.principals = List.copyOf(principals);
        for (IamPrincipal p : this.principals) {
            if (p.role() != null) {
                byRole.putIfAbsent(p.role(), p);
            }
        }
    }

    /** The analysis of the run's workspace, computed once per run. */
    public static Access of(Workspace ws) {
        return ws.derived(Access.class, w -> new Access(w.principals()));
    }

    /** A new analysis of these principals, shared with nothing (benchmarks, tools). */
    public static Access over(List<IamPrincipal> principals) {
        return new Access(principals);
    }

    public List<IamPrincipal> principals() {
        return principals;
    }

    /** The effective permissions of a principal of this workspace. */
    public EffectivePermissions of(IamPrincipal p) {
        EffectivePermissions known = permissions.get(p);
        if (known == null) {
            known = new EffectivePermissions(p, this::grantsOf);
            permissions.put(p, known);
        }
        return known;
    }

    /** The effective permissions of a role of this workspace (as {@link io.ccmlint.core.workspace.Workspace#roles()} lists it). */
    public EffectivePermissions ofRole(io.ccmlint.core.model.role.Role role) {
        IamPrincipal p = byRole.get(role);
        return of(p != null ? p : io.ccmlint.core.model.principal.Principals.ofRole(role));
    }

    /**
     * The principals a name matches, as {@code forbiddenAccess} and {@code explain-access} name them:
     * a glob ({@code *}, {@code ?}) against the AWS name, the ARN where known, or the address.
     */
    public List<IamPrincipal> matching(String glob) {
        List<IamPrincipal> out = new ArrayList<>();
        for (IamPrincipal p : principals) {
            if (matches(glob, p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** True when {@code glob} names {@code p} (AWS names compare ignoring case, as IAM keeps them unique). */
    public static boolean matches(String glob, IamPrincipal p) {
        return p.awsName() != null && Wildcard.matches(glob, p.awsName(), true)
                || p.arn() != null && Wildcard.matches(glob, p.arn(), false)
                || Wildcard.matches(glob, p.address(), false);
    }

    /**
     * The roles of the workspace a role ARN pattern (an {@code iam:PassRole} resource) names, by the
     * role name and path after {@code role/}; roles whose AWS name is not known here are not matched.
     */
    public List<IamPrincipal> rolesMatchingArn(String arnPattern) {
        return rolesByArnPattern.computeIfAbsent(arnPattern, this::findRolesMatchingArn);
    }

    private List<IamPrincipal> findRolesMatchingArn(String arnPattern) {
        int at = arnPattern.indexOf(":role/");
        String namePart = at < 0 ? (arnPattern.equals("*") ? "*" : null) : arnPattern.substring(at + ":role/".length());
        if (namePart == null) {
            return List.of();
        }
        List<IamPrincipal> out = new ArrayList<>();
        for (IamPrincipal p : principals) {
            if (p.kind() == PrincipalKind.ROLE && p.awsName() != null
                    && (Wildcard.matches(namePart, p.awsName(), true) || Wildcard.matches(namePart, "*/" + p.awsName(), true))) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /** The effective permissions of a principal outside any workspace (tests, tools): nothing is shared. */
    static EffectivePermissions alone(IamPrincipal p) {
        return new EffectivePermissions(p, a -> compute(a.policy()).stream().map(g -> g.through(a)).toList());
    }

    /**
     * True when an {@code iam:PassRole} resource pattern names every role (of an account or of all):
     * {@code *}, {@code arn:aws:iam::*:role/*}, {@code arn:aws:iam::123456789012:role/*}.
     */
    public static boolean namesEveryRole(String arnPattern) {
        int at = arnPattern.indexOf(":role/");
        if (at >= 0 && arnPattern.substring(at + ":role/".length()).chars().allMatch(c -> c == '*')) {
            return true;
        }
        return Globs.covers(arnPattern, "arn:*:iam::*:role/*", false);
    }

    private List<Grant> grantsOf(PolicyAttachment a) {
        List<Grant> base = grants.computeIfAbsent(a.policy(), Access::compute);
        List<Grant> out = new ArrayList<>(base.size());
        for (Grant g : base) {
            out.add(g.through(a));
        }
        return out;
    }

    private static List<Grant> compute(PolicyDocument policy) {
        List<Grant> out = new ArrayList<>();
        for (Statement s : policy.statements()) {
            Grant g = Grant.of(s, null);
            if (g != null) {
                out.add(g);
            }
            Grant maybe = Grant.couldGrant(s, null);
            if (maybe != null) {
                out.add(maybe);
            }
        }
        return List.copyOf(out);
    }
}
