package io.ccmlint.core.iam;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Condition operator as IAM reads it ({@code ForAllValues:StringLikeIfExists}): an optional set
 * qualifier, the base operator, an optional {@code IfExists}, and the family of the base operator
 * (IAM JSON policy elements: Condition operators).
 *
 * @param qualifier {@code ForAnyValue} or {@code ForAllValues}, or null
 * @param base the base operator as AWS spells it, e.g. {@code StringLike}
 * @param ifExists true for the {@code ...IfExists} form
 * @param family what the operator compares
 */
public record ConditionOperator(String qualifier, String base, boolean ifExists, Family family) {
    /** What an operator compares; the families of the AWS page, in its order. */
    public enum Family {
        STRING("String"), NUMERIC("Numeric"), DATE("Date"), BOOL("Boolean"), BINARY("Binary"), IP_ADDRESS("IP address"),
        ARN("ARN"), NULL("Null");

        private final String label;

        Family(String label) {
            this.label = label;
        }

        /** As the AWS page names the family, e.g. {@code IP address}. */
        public String label() {
            return label;
        }
    }

    public static final String FOR_ANY_VALUE = "ForAnyValue";
    public static final String FOR_ALL_VALUES = "ForAllValues";
    private static final String IF_EXISTS = "IfExists";

    private static final Map<String, Family> BASES = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private static final Map<String, String> SPELLING = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        for (String s : new String[] {"StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase",
            "StringLike", "StringNotLike"}) {
            add(s, Family.STRING);
        }
        for (String s : new String[] {"Equals", "NotEquals", "LessThan", "LessThanEquals", "GreaterThan", "GreaterThanEquals"}) {
            add("Numeric" + s, Family.NUMERIC);
            add("Date" + s, Family.DATE);
        }
        add("Bool", Family.BOOL);
        add("BinaryEquals", Family.BINARY);
        add("IpAddress", Family.IP_ADDRESS);
        add("NotIpAddress", Family.IP_ADDRESS);
        for (String s : new String[] {"ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike"}) {
            add(s, Family.ARN);
        }
        add("Null", Family.NULL);
    }

    private static void add(String name, Family family) {
        BASES.put(name, family);
        SPELLING.put(name, name);
    }

    /**
     * The operator {@code text} names, or empty when it names none (a typo, an unknown
     * qualifier). Read without regard to case, so a finding never hangs on how an operator is
     * capitalised; {@link #base} is AWS's spelling.
     */
    public static Optional<ConditionOperator> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // a few dozen spellings recur in every condition of every policy: each is read once (bounded),
        // not through two or three case-insensitive tree look-ups per condition
        Optional<ConditionOperator> known = PARSED.get(text);
        if (known == null) {
            known = read(text);
            if (PARSED.size() < PARSED_LIMIT) {
                PARSED.putIfAbsent(text, known);
            }
        }
        return known;
    }

    private static final int PARSED_LIMIT = 10_000;
    private static final Map<String, Optional<ConditionOperator>> PARSED = new ConcurrentHashMap<>();

    private static Optional<ConditionOperator> read(String text) {
        String rest = text;
        String qualifier = null;
        int colon = rest.indexOf(':');
        if (colon >= 0) {
            String q = rest.substring(0, colon);
            if (q.equalsIgnoreCase(FOR_ANY_VALUE)) {
                qualifier = FOR_ANY_VALUE;
            } else if (q.equalsIgnoreCase(FOR_ALL_VALUES)) {
                qualifier = FOR_ALL_VALUES;
            } else {
                return Optional.empty();
            }
            rest = rest.substring(colon + 1);
        }
        boolean ifExists = false;
        if (!BASES.containsKey(rest) && rest.toLowerCase(Locale.ROOT).endsWith(IF_EXISTS.toLowerCase(Locale.ROOT))) {
            rest = rest.substring(0, rest.length() - IF_EXISTS.length());
            ifExists = true;
        }
        Family family = BASES.get(rest);
        return family == null ? Optional.empty() : Optional.of(new ConditionOperator(qualifier, SPELLING.get(rest), ifExists, family));
    }

    /**
     * True for the negated operators ({@code StringNotEquals}, {@code NotIpAddress},
     * {@code ArnNotLike}...): they hold when the key is absent from the request.
     */
    public boolean negated() {
        return base.contains("Not");
    }

    /** The operator without its set qualifier, as written by AWS: {@code StringLikeIfExists}. */
    public String withoutQualifier() {
        return base + (ifExists ? IF_EXISTS : "");
    }

    /** As AWS writes it. */
    @Override
    public String toString() {
        return (qualifier == null ? "" : qualifier + ":") + withoutQualifier();
    }
}
