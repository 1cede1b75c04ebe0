package io.ccmlint.core.helm;

import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Plain YAML scalars as Helm reads them: go-yaml v2 resolves them with YAML 1.1's rules
 * ({@code yes}/{@code on}/{@code y} are booleans, {@code 0777} is octal, {@code 0b101} binary,
 * timestamps stay text), and sigs.k8s.io/yaml's JSON step makes every number a float64
 * ({@code Double}). One resolver for values files and for {@code fromYaml}.
 */
public final class YamlScalars {
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> TRUES = Set.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
    private static final Set<String> FALSES = Set.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
    private static final Pattern FLOAT = Pattern.compile("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");

    private YamlScalars() {
    }

    /** go-yaml v2's resolution of a plain scalar, then JSON's numbers (float64); {@code in} is not empty. */
    public static Object resolve(String in) {
        if (in.isEmpty()) {
            return null;
        }
        if (NULLS.contains(in)) {
            return null;
        }
        if (TRUES.contains(in)) {
            return Boolean.TRUE;
        }
        if (FALSES.contains(in)) {
            return Boolean.FALSE;
        }
        switch (in) {
            case ".inf": case ".Inf": case ".INF": case "+.inf": case "+.Inf": case "+.INF":
                return Double.POSITIVE_INFINITY;
            case "-.inf": case "-.Inf": case "-.INF":
                return Double.NEGATIVE_INFINITY;
            case ".nan": case ".NaN": case ".NAN":
                return Double.NaN;
            default:
                break;
        }
        char c = in.charAt(0);
        if ("+-.0123456789".indexOf(c) < 0) {
            return in;
        }
        if (looksLikeTimestamp(in)) {
            return in;
        }
        String plain = in.replace("_", "");
        BigInteger i = goParseInt(plain);
        if (i != null && i.bitLength() <= 64) {
            return i.doubleValue();
        }
        if (FLOAT.matcher(plain).matches()) {
            try {
                return Double.parseDouble(plain);
            } catch (NumberFormatException e) {
                return in;
            }
        }
        return in;
    }

    /** Go's strconv.ParseInt/ParseUint with base 0: sign, 0x/0o/0b prefixes, a leading 0 for octal. */
    public static BigInteger goParseInt(String s) {
        if (s.isEmpty()) {
            return null;
        }
        boolean neg = false;
        String t = s;
        if (t.charAt(0) == '+' || t.charAt(0) == '-') {
            neg = t.charAt(0) == '-';
            t = t.substring(1);
        }
        int radix = 10;
        if (t.length() > 1 && t.charAt(0) == '0') {
            char p = Character.toLowerCase(t.charAt(1));
            if (p == 'x') {
                radix = 16;
                t = t.substring(2);
            } else if (p == 'o') {
                radix = 8;
                t = t.substring(2);
            } else if (p == 'b') {
                radix = 2;
                t = t.substring(2);
            } else {
                radix = 8;
                t = t.substring(1);
            }
        }
        if (t.isEmpty()) {
            return null;
        }
        for (int k = 0; k < t.length(); k++) {
            if (Character.digit(t.charAt(k), radix) < 0) {
                return null;
            }
        }
        BigInteger v = new BigInteger(t, radix);
        if (neg) {
            v = v.negate();
            return v.compareTo(BigInteger.valueOf(Long.MIN_VALUE)) >= 0 ? v : null;
        }
        return v.bitLength() <= 64 ? v : null;
    }

    private static final Pattern TIMESTAMP = Pattern.compile(
            "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(([Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\\.[0-9]*)?([ \\t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?)?$");

    private static boolean looksLikeTimestamp(String in) {
        return TIMESTAMP.matcher(in).matches();
    }
}
