package io.ccmlint.core.model.principal;

import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every principal of a workspace: its roles (from any source), users and groups, each with all
 * its policies. Computed once per run ({@link Workspace#derived}).
 */
public final class Principals {
    private Principals() {
    }

    /**
     * The principals of the run's workspace: roles first (in the order the workspace lists them),
     * then users and groups in the order their sources added them.
     */
    public static List<IamPrincipal> of(Workspace ws) {
        return ws.derived(Principals.class, Principals::compute);
    }

    private static List<IamPrincipal> compute(Workspace ws) {
        List<IamPrincipal> out = new ArrayList<>();
        for (Role r : ws.roles()) {
            out.add(ofRole(r, arnOf(ws, r)));
        }
        out.addAll(ws.usersAndGroups());
        return List.copyOf(out);
    }

    /** A role as a principal, its ARN unknown. */
    public static IamPrincipal ofRole(Role r) {
        return ofRole(r, null);
    }

    /**
     * A role as a principal: its attachments as the role lists them (inline first), a document
     * attached twice listed once (at its first attachment), and its boundary.
     */
    public static IamPrincipal ofRole(Role r, String arn) {
        return new IamPrincipal(PrincipalKind.ROLE, r.name(), r.awsName(), arn, r.span(), once(r.attachments()),
                r.boundary(), r);
    }

    /**
     * Each readable document once for the same group (the same policy attached twice is one
     * attachment in AWS), unreadable ones all: two unknown expressions may be two policies.
     */
    public static List<PolicyAttachment> once(List<PolicyAttachment> attachments) {
        Set<List<Object>> seen = new HashSet<>();
        List<PolicyAttachment> out = new ArrayList<>();
        for (PolicyAttachment a : attachments) {
            if (!a.readable() || seen.add(java.util.Arrays.asList(new Identity(a.policy()), a.viaGroup()))) {
                out.add(a);
            }
        }
        return out;
    }

    /** A document compared by identity: two equal documents written in two places are two policies. */
    private record Identity(Object of) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.of == of;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(of);
        }
    }

    /**
     * The role's ARN when the run writes exactly one ARN of its AWS name literally; null when none,
     * or several (other accounts or paths: which is this role is not known). Never put together.
     */
    private static String arnOf(Workspace ws, Role r) {
        if (r.awsName() == null) {
            return null;
        }
        Set<String> arns = ws.roleArns().arnsOf(r.awsName());
        return arns.size() == 1 ? arns.iterator().next() : null;
    }
}
