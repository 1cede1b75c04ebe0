package io.ccmlint.core.trust;

import io.ccmlint.core.model.policy.Condition;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.iam.Wildcard;
import io.ccmlint.core.value.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Questions about the Allow statements of a trust policy that the CCM2xx rules share. */
public final class TrustStatements {
    /** The Harness AWS accounts whose principals assume CCM roles (US clusters, EU cluster). */
    public static final List<String> HARNESS_CCM_ACCOUNTS = List.of("891928451355", "783764615875");

    /** The AWS accounts Harness assumes roles from: its CCM principal accounts and those the configuration adds. */
    public static List<String> harnessAccounts(io.ccmlint.core.config.LintConfig.HarnessSettings harness) {
        List<String> all = new java.util.ArrayList<>(HARNESS_CCM_ACCOUNTS);
        all.addAll(harness.ccmPrincipalAccounts());
        return List.copyOf(all);
    }

    private static final java.util.regex.Pattern ARN_ACCOUNT = java.util.regex.Pattern.compile("arn:[^:]*:[^:]*:[^:]*:(\\d{12}):");

    private TrustStatements() {
    }

    /** True when the statement allows an action matching {@code sts:<name>} (IAM wildcards count). */
    public static boolean allows(Statement s, String action) {
        if (!s.isAllow() || s.actions() == null || s.actions().negated()) {
            return false;
        }
        return s.actions().values().stream().anyMatch(a -> a.known() != null && Wildcard.matchesAction(a.known(), action));
    }

    /** The conditions whose key is {@code key} (IAM condition keys are case-insensitive). */
    public static List<Condition> conditionsOn(Statement s, String key) {
        List<Condition> out = new ArrayList<>();
        for (Condition c : s.conditions()) {
            if (c.keyIs(key)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * True when the statement tests {@code key}, or has a condition key Terraform computes that
     * could be it ({@code "${var.issuer}:sub"}): a rule then never reports the key missing.
     */
    public static boolean mayTest(Statement s, String key) {
        return s.conditions().stream().anyMatch(c -> c.keyIs(key) || !c.key().isKnown() && c.key().couldMatchGlob(key, true));
    }

    /** The 12-digit account of an AWS principal (a bare account id or an ARN), or null. */
    public static String accountOf(String principal) {
        if (principal.matches("\\d{12}")) {
            return principal;
        }
        String[] parts = principal.split(":");
        return parts.length >= 5 && parts[0].equals("arn") && parts[4].matches("\\d{12}") ? parts[4] : null;
    }

    /**
     * The 12-digit account of an AWS principal when its text names one: known text, or the known
     * beginning of a value Terraform completes ({@code arn:aws:iam::891928451355:role/${var.name}}).
     */
    public static String accountOf(Scalar principal) {
        if (principal.isKnown()) {
            return principal.known() == null ? null : accountOf(principal.known());
        }
        var m = ARN_ACCOUNT.matcher(principal.template().knownPrefix());
        return m.lookingAt() ? m.group(1) : null;
    }

    /** True for {@code arn:<partition>:iam::<acct>:root} or a bare account id: the whole account. */
    public static boolean isAccountRoot(String principal) {
        return principal.matches("\\d{12}") || principal.matches("arn:aws(-[a-z]+)*:iam::\\d{12}:root");
    }

    /** True when a value pattern holds an IAM wildcard. */
    public static boolean hasWildcard(String value) {
        return value.indexOf('*') >= 0 || value.indexOf('?') >= 0;
    }

    /** True when the value's known text (all of it, or a template's literal parts) holds an IAM wildcard. */
    public static boolean hasWildcard(Scalar value) {
        return value.isKnown() ? value.known() != null && hasWildcard(value.known())
                : value.template().literals().stream().anyMatch(TrustStatements::hasWildcard);
    }

    /** The statements' federated principals. */
    public static List<Scalar> federated(Statement s) {
        return s.principal() == null || s.principal().negated() ? List.of() : s.principal().of("Federated");
    }

    /** The statements' service principals ({@code lambda.amazonaws.com}). */
    public static List<Scalar> services(Statement s) {
        return s.principal() == null || s.principal().negated() ? List.of() : s.principal().of("Service");
    }

    /** The statements' AWS principals. */
    public static List<Scalar> aws(Statement s) {
        return s.principal() == null || s.principal().negated() ? List.of() : s.principal().of("AWS");
    }

    /** The operator is a string-equality test (what a fixed aud/sub needs). */
    public static boolean isStringEquals(Condition c) {
        String op = c.baseOperator().toLowerCase(Locale.ROOT);
        return op.equals("stringequals") || op.equals("stringequalsignorecase");
    }
}
