package io.ccmlint.core.model.principal;

import io.ccmlint.core.aws.ManagedPolicies;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Every principal of a workspace: its roles (from any source), users and groups, each with all
 * its policies. Computed once per run ({@link Workspace#derived}).
 */
public final class Principals {
    private Principals() {
    }

    /** The principals of the run's workspace, roles first, in the order the workspace lists them. */
    public static List<IamPrincipal> of(Workspace ws) {
        return ws.derived(Principals.class, Principals::compute);
    }

    private static List<IamPrincipal> compute(Workspace ws) {
        List<IamPrincipal> out = new ArrayList<>();
        for (Role r : ws.roles()) {
            out.add(ofRole(r));
        }
        return List.copyOf(out);
    }

    /** A role as a principal: its policies, then its AWS managed policies, then what cannot be read. */
    public static IamPrincipal ofRole(Role r) {
        List<PolicyAttachment> policies = new ArrayList<>();
        Set<PolicyDocument> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PolicyDocument p : r.policies()) {
            if (seen.add(p)) {
                policies.add(PolicyAttachment.inline(p));
            }
        }
        for (Scalar arn : r.managedPolicyArns()) {
            PolicyDocument doc = arn.isKnown() ? ManagedPolicies.get().byArn(arn.known()).orElse(null) : null;
            policies.add(new PolicyAttachment(doc, arn.span(), arn, null));
        }
        for (Scalar ref : r.unresolvedPolicies()) {
            policies.add(new PolicyAttachment(null, ref.span(), ref, null));
        }
        return new IamPrincipal(PrincipalKind.ROLE, r.name(), r.awsName(), null, r.span(), policies,
                boundary(r.permissionsBoundary()), r);
    }

    /** An AWS managed boundary is read from the bundled copies; any other stays a reference. */
    static PolicyAttachment boundary(Scalar arn) {
        if (arn == null) {
            return null;
        }
        PolicyDocument doc = arn.isKnown() ? ManagedPolicies.get().byArn(arn.known()).orElse(null) : null;
        return new PolicyAttachment(doc, arn.span(), arn, null);
    }
}
