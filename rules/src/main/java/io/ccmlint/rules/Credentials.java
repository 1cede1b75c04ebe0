package io.ccmlint.rules;

import io.ccmlint.rules.k8s.Placeholders;
import java.util.regex.Pattern;

/** What credentials look like, for the rules that find them written in plain text (CCM309, CCM406, CCM505). */
public final class Credentials {
    /** An AWS access key id (long-term AKIA, temporary ASIA), not part of a longer word. */
    public static final Pattern ACCESS_KEY_ID = Pattern.compile("(?<![A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])");
    /** A Harness API token: personal ({@code pat.}) or service account ({@code sat.}). */
    public static final Pattern HARNESS_TOKEN = Pattern.compile(
            "(?<![A-Za-z0-9])(pat|sat)\\.[A-Za-z0-9_-]{6,}\\.[A-Za-z0-9]{6,}\\.[A-Za-z0-9]{6,}");
    /** A PEM private key's first line. */
    public static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----");
    /** The shape of an AWS secret access key (use {@code matches}: 40 base64 characters). */
    public static final Pattern SECRET_KEY = Pattern.compile("[A-Za-z0-9/+]{40}");
    /** Any of the access key id, Harness token or private key patterns (use {@code find}). */
    public static final Pattern ANY = Pattern.compile(
            ACCESS_KEY_ID.pattern() + "|" + HARNESS_TOKEN.pattern() + "|" + PRIVATE_KEY.pattern());

    /**
     * False when {@code text} certainly holds no access key id and no Harness token: both patterns
     * need one of these literals. A scan of every string of a manifest (CRD schemas are thousands of
     * them) asks this first: a substring search costs a fraction of a regular expression's find.
     */
    public static boolean mayHoldKeyOrToken(String text) {
        return text.contains("AKIA") || text.contains("ASIA") || text.contains("at.");
    }

    /** Characters a redacted or elided value is made of: {@code ......}, {@code ****}, {@code xxxx}. */
    private static final Pattern MASK = Pattern.compile("[.*xX#_-]{3,}|[•]+");

    private Credentials() {
    }

    /**
     * True when the text stands in for a credential instead of being one: empty, masked or elided
     * ({@code "......"}, {@code "****"}), or a placeholder ({@code <api-key>}, {@code YOUR_API_KEY},
     * which CCM308 reports).
     */
    public static boolean isStandIn(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() || MASK.matcher(t).matches() || Placeholders.isPlaceholder(t);
    }
}
