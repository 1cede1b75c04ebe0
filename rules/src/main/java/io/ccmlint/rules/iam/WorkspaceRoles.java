package io.ccmlint.rules.iam;

import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.aws.RoleArns;
import io.ccmlint.core.model.role.TrustOwners;
import io.ccmlint.core.workspace.RoleArnMentions;
import io.ccmlint.core.workspace.Workspace;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Role ARNs the workspace shows, for the CCM104/CCM105 fixes: only ARNs written literally
 * somewhere, never one put together from a guessed account.
 */
final class WorkspaceRoles {
    private WorkspaceRoles() {
    }

    /**
     * The role ARNs the workspace passes to a service: those of ECS task definitions, and those of
     * roles whose trust policy ({@link TrustOwners}) trusts {@code ecs-tasks.amazonaws.com}.
     */
    static List<String> passedRoles(Workspace ws) {
        return index(ws).passed;
    }

    private static List<String> computePassedRoles(Workspace ws, Index index) {
        Set<String> out = new TreeSet<>(ws.roleArns().passedToEcs());
        for (PolicyDocument trust : ws.trustPolicies()) {
            boolean ecsTasks = trust.statements().stream().filter(Statement::isAllow)
                    .flatMap(s -> io.ccmlint.core.trust.TrustStatements.services(s).stream())
                    .anyMatch(v -> "ecs-tasks.amazonaws.com".equals(v.known()));
            if (ecsTasks) {
                index.owners.roleNamesOf(trust).forEach(n -> out.addAll(index.arnsOf(n)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The ARNs of the roles whose trust policy ({@link TrustOwners}: a Terraform role's, or a file
     * named after the role as Harness's GitOps guide keeps them, {@code Deployer.json}) lets {@code principalName} assume them.
     */
    static List<String> rolesTrusting(Workspace ws, String principalName) {
        Index index = index(ws); // built from the run's workspace: ws may be a one-file workspace
        return index.rolesTrusting.computeIfAbsent(principalName.toLowerCase(Locale.ROOT),
                k -> computeRolesTrusting(index.whole, index, principalName));
    }

    private static List<String> computeRolesTrusting(Workspace ws, Index index, String principalName) {
        Set<String> out = new TreeSet<>();
        for (PolicyDocument trust : ws.trustPolicies()) {
            boolean names = trust.statements().stream().filter(Statement::isAllow)
                    .filter(s -> s.principal() != null && !s.principal().negated())
                    .flatMap(s -> s.principal().of("AWS").stream())
                    .map(Scalar::known)
                    .anyMatch(v -> principalName.equalsIgnoreCase(RoleArns.nameIn(v)));
            if (names) {
                index.owners.roleNamesOf(trust).forEach(n -> out.addAll(index.arnsOf(n)));
            }
        }
        return List.copyOf(out);
    }

    /** The role names a permission policy file may belong to: ArgoCD for {@code argocd-assume-role.json}. */
    static boolean fileBelongsTo(PolicyDocument p, String roleName) {
        if (roleName == null) {
            return false;
        }
        String stem = TrustOwners.fileStem(p.file()).toLowerCase(Locale.ROOT);
        String r = roleName.toLowerCase(Locale.ROOT);
        return stem.equals(r) || (stem.startsWith(r) && "-_.".indexOf(stem.charAt(r.length())) >= 0);
    }

    /** Every role name some trust policy names as an AWS principal. */
    static Set<String> trustedRoleNames(Workspace ws) {
        return index(ws).trustedRoleNames;
    }

    private static Set<String> computeTrustedRoleNames(Workspace ws) {
        Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (PolicyDocument trust : ws.trustPolicies()) {
            for (Statement s : trust.statements()) {
                if (s.principal() != null) {
                    for (Scalar v : s.principal().of("AWS")) {
                        String n = RoleArns.nameIn(v.known());
                        if (n != null) {
                            out.add(n);
                        }
                    }
                }
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    private static Index index(Workspace ws) {
        return ws.derived(Index.class, Index::new);
    }

    /**
     * What these helpers need from the whole workspace, computed once per run (they are asked once
     * per finding: scanning every trust policy each time made a run over 1,600 policies take 10 s).
     */
    private static final class Index {
        final List<String> passed;
        final Set<String> trustedRoleNames;
        final java.util.concurrent.ConcurrentHashMap<String, List<String>> rolesTrusting = new java.util.concurrent.ConcurrentHashMap<>();
        private final RoleArnMentions mentions;
        /** Which role each trust policy belongs to. */
        final TrustOwners owners;
        /** The workspace the index was built from: the run's, never a one-file workspace. */
        final Workspace whole;

        Index(Workspace ws) {
            whole = ws;
            mentions = ws.roleArns();
            owners = TrustOwners.of(ws);
            passed = computePassedRoles(ws, this);
            trustedRoleNames = computeTrustedRoleNames(ws);
        }

        /** The distinct literal ARNs of role {@code name} written anywhere in the workspace. */
        Set<String> arnsOf(String name) {
            return mentions.arnsOf(name);
        }
    }
}
