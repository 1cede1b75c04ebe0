package io.ccmlint.core.model.role;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.trust.OidcProvider;
import io.ccmlint.core.trust.TrustStatements;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.workspace.RoleMarks;
import io.ccmlint.core.workspace.Workspace;
import io.ccmlint.core.workspace.WorkspaceSource;
import java.util.List;

/**
 * Marks as connector roles the roles whose trust policy lets Harness in: an {@code Allow} of
 * {@code sts:AssumeRole} to an AWS principal of a Harness account ({@code 891928451355},
 * {@code 783764615875}, or one the configuration names in {@code harness.ccmPrincipalAccounts}),
 * or of {@code sts:AssumeRoleWithWebIdentity} to Harness's OIDC provider. Only Harness assumes such
 * a role, so it is a connector's even when the connector is defined elsewhere (the Harness UI).
 * Runs after the sources of roles and connectors: a role a connector of the workspace uses keeps
 * that mark, which says more.
 */
public final class HarnessTrustedRoles implements WorkspaceSource {
    /** How every mark of this step begins: {@link #markedByTrust} tells such a role from one a connector names. */
    static final String USE = "its trust policy admits Harness";

    @Override
    public void complete(Workspace.Builder ws, Run run) {
        LintConfig.HarnessSettings harness = ws.config().harness();
        List<String> accounts = TrustStatements.harnessAccounts(harness);
        ws.roles().markEach(r -> markOf(r, accounts, harness.hosts()));
    }

    /** The first Harness principal the role's trust policy admits, as a mark, or null. */
    static RoleMarks.Mark markOf(Role role, List<String> accounts, List<String> harnessHosts) {
        if (role.trustPolicy() == null) {
            return null;
        }
        for (Statement s : role.trustPolicy().statements()) {
            if (TrustStatements.allows(s, "sts:AssumeRole")) {
                for (Scalar p : TrustStatements.aws(s)) {
                    String account = TrustStatements.accountOf(p);
                    if (account != null && accounts.contains(account)) {
                        return new RoleMarks.Mark(USE + " (account " + account + ")", p.span());
                    }
                }
            }
            if (TrustStatements.allows(s, "sts:AssumeRoleWithWebIdentity")) {
                for (Scalar f : TrustStatements.federated(s)) {
                    OidcProvider provider = OidcProvider.parse(f, harnessHosts);
                    if (provider != null && provider.kind() == OidcProvider.Kind.HARNESS) {
                        return new RoleMarks.Mark(USE + " (OIDC provider " + provider.issuer() + ")", f.span());
                    }
                }
            }
        }
        return null;
    }

    /**
     * True when the role counts as a connector's only because its trust policy admits Harness: no
     * connector of the workspace names it, so its other policies may be attached where the
     * workspace cannot see (another stack, the console).
     */
    public static boolean markedByTrust(Role role) {
        return role.connectorUse() != null && role.connectorUse().startsWith(USE);
    }

    /**
     * True when the role counts as a connector's only because a principal of a Harness CCM account
     * ({@code 891928451355}, {@code 783764615875}, a configured one) may assume it: the role of a CCM
     * ({@code CEAws}) connector, whose features say what Harness calls with it.
     */
    public static boolean markedByCcmAccount(Role role) {
        return markedByTrust(role) && role.connectorUse().startsWith(USE + " (account ");
    }
}
