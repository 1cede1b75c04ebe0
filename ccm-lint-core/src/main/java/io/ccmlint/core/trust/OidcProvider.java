package io.ccmlint.core.trust;

import io.ccmlint.core.value.Scalar;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OIDC identity provider named by a {@code Federated} principal
 * ({@code arn:<partition>:iam::<account>:oidc-provider/<issuer without https://>}), classified:
 * Harness ({@code <host>/ng/api/oidc/account/<harnessAccountId>}), EKS
 * ({@code oidc.eks.<region>.amazonaws.com/id/<ID>}), or another provider (generic checks only).
 *
 * @param issuer the issuer without scheme, e.g. {@code app.harness.io/ng/api/oidc/account/abc}: the condition-key prefix
 * @param harnessAccountId for Harness, the account in the issuer path, else null
 */
public record OidcProvider(Kind kind, String issuer, String host, String harnessAccountId) {
    /** The providers ccm-lint knows the rules of. */
    public enum Kind {
        HARNESS,
        EKS,
        OTHER
    }

    /** Harness's OIDC issuer hosts (DH OIDC docs: use these even with a vanity URL). */
    public static final List<String> HARNESS_HOSTS = List.of("app.harness.io", "app3.harness.io", "accounts.harness.io",
            "accounts.eu.harness.io");

    private static final String PROVIDER = ":oidc-provider/";
    /** The account may be a {@code ${VAR}} left for envsubst in a JSON file: the issuer still names the provider. */
    private static final Pattern ARN = Pattern.compile("arn:aws(?:-[a-z]+)*:iam::(\\d{12}|\\$\\{[^}]*}):oidc-provider/(.+)");
    private static final Pattern HARNESS_PATH = Pattern.compile("([^/]+)/ng/api/oidc/account/([^/]+)");
    private static final Pattern EKS = Pattern.compile("oidc\\.eks\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/id/[A-Za-z0-9]+");

    /**
     * The provider of a Federated principal, or null when it is not an OIDC provider ARN (a SAML
     * provider, cognito, an unknown value). {@code extraHarnessHosts} are self-managed Harness hosts
     * from the configuration.
     */
    public static OidcProvider parse(String federated, List<String> extraHarnessHosts) {
        Matcher m = ARN.matcher(federated);
        return m.matches() ? ofIssuer(m.group(2), extraHarnessHosts) : null;
    }

    /**
     * As {@link #parse(String, List)} for a located value: a Terraform-computed account
     * ({@code arn:aws:iam::${data.aws_caller_identity.current.account_id}:oidc-provider/<issuer>})
     * still names its provider when the issuer after the last hole is known text; an issuer that
     * is not known names none.
     */
    public static OidcProvider parse(Scalar federated, List<String> extraHarnessHosts) {
        if (federated.isKnown()) {
            return federated.known() == null ? null : parse(federated.known(), extraHarnessHosts);
        }
        String suffix = federated.template().knownSuffix();
        int at = suffix.indexOf(PROVIDER);
        if (at < 0 || !federated.couldMatch(ARN)) {
            return null;
        }
        String issuer = suffix.substring(at + PROVIDER.length());
        return issuer.isEmpty() ? null : ofIssuer(issuer, extraHarnessHosts);
    }

    private static OidcProvider ofIssuer(String issuer, List<String> extraHarnessHosts) {
        Matcher h = HARNESS_PATH.matcher(issuer);
        if (h.matches()) {
            return new OidcProvider(Kind.HARNESS, issuer, h.group(1).toLowerCase(Locale.ROOT), h.group(2));
        }
        if (EKS.matcher(issuer).matches()) {
            return new OidcProvider(Kind.EKS, issuer, issuer.substring(0, issuer.indexOf('/')), null);
        }
        String host = issuer.contains("/") ? issuer.substring(0, issuer.indexOf('/')) : issuer;
        boolean harnessHost = HARNESS_HOSTS.contains(host.toLowerCase(Locale.ROOT))
                || extraHarnessHosts.stream().anyMatch(x -> x.equalsIgnoreCase(host));
        return new OidcProvider(harnessHost ? Kind.HARNESS : Kind.OTHER, issuer, host, null);
    }

    /** True for a Harness issuer host that is neither a known Harness host nor one the configuration names. */
    public boolean unknownHarnessHost(List<String> extraHarnessHosts) {
        return kind == Kind.HARNESS && !HARNESS_HOSTS.contains(host)
                && extraHarnessHosts.stream().noneMatch(x -> x.equalsIgnoreCase(host));
    }

    public String audKey() {
        return issuer + ":aud";
    }

    public String subKey() {
        return issuer + ":sub";
    }
}
