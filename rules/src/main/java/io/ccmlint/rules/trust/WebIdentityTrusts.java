package io.ccmlint.rules.trust;

import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.trust.OidcProvider;
import io.ccmlint.core.trust.TrustStatements;
import io.ccmlint.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;

/** The web-identity trusts of a workspace: one entry per (statement, OIDC provider principal). */
final class WebIdentityTrusts {
    /** A statement that lets an OIDC provider's identities assume a role. */
    record Trust(PolicyDocument policy, Statement statement, Scalar principal, OidcProvider provider) {
    }

    private WebIdentityTrusts() {
    }

    static List<Trust> of(Workspace ws) {
        List<String> hosts = ws.config().harness().hosts();
        List<Trust> out = new ArrayList<>();
        for (PolicyDocument p : ws.trustPolicies()) {
            for (Statement s : p.statements()) {
                if (!s.isAllow()) {
                    continue;
                }
                for (Scalar f : TrustStatements.federated(s)) {
                    OidcProvider provider = OidcProvider.parse(f, hosts);
                    if (provider != null) {
                        out.add(new Trust(p, s, f, provider));
                    }
                }
            }
        }
        return out;
    }

    /** Trust policies' Allow statements, for the rules about AWS principals. */
    static List<Statement> allowStatements(Workspace ws) {
        List<Statement> out = new ArrayList<>();
        for (PolicyDocument p : ws.trustPolicies()) {
            p.statements().stream().filter(Statement::isAllow).forEach(out::add);
        }
        return out;
    }

    /** True when some condition of the statement tests a key ending so (e.g. another issuer's ":aud"). */
    static boolean hasKeyEnding(Statement s, String suffix) {
        return s.conditions().stream().anyMatch(c -> c.key().known() != null
                && c.key().known().toLowerCase(java.util.Locale.ROOT).endsWith(suffix));
    }

    static String name(OidcProvider p) {
        return switch (p.kind()) {
            case HARNESS -> "Harness OIDC provider " + p.issuer();
            case EKS -> "EKS OIDC provider " + p.issuer();
            case OTHER -> "OIDC provider " + p.issuer();
        };
    }
}
