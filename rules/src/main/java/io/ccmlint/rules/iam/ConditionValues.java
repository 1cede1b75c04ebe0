package io.ccmlint.rules.iam;

import io.ccmlint.core.iam.ConditionOperator.Family;
import io.ccmlint.core.value.Scalar;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a condition value can be of the type its operator compares (IAM JSON policy elements:
 * Condition operators): a number for Numeric, a date for Date (W3C's ISO 8601 profile, or epoch
 * seconds), {@code true}/{@code false} for Bool and Null, an IPv4 or IPv6 address or CIDR range
 * for IpAddress, base-64 for BinaryEquals. String and ARN values are never wrong here. Lenient
 * where AWS does not say (case of {@code true}, leading zeros, a decimal epoch): only values that
 * cannot be of the type are refused.
 */
final class ConditionValues {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern EPOCH = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})"
            + "(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?(?:[Zz]|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");
    private static final Pattern BASIC_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})"
            + "(?:T(\\d{2})(\\d{2})(?:(\\d{2})(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}(?:\\d{2})?)?)?");
    private static final Pattern BOOL = Pattern.compile("(?i)true|false");
    private static final Pattern BASE64 = Pattern.compile("(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");
    /** What an IP value's text can be at all, for values Terraform completes. */
    private static final Pattern IP_SHAPE = Pattern.compile("[0-9A-Fa-f:.]+(/\\d{1,3})?");
    private static final Pattern DATE_SHAPE = Pattern.compile("[0-9TtZz:.,+ -]+");

    private ConditionValues() {
    }

    /**
     * True when {@code value} is, or could be once known, a value of {@code family}. A value
     * Terraform or CloudFormation completes is refused only when its known text rules it out.
     */
    static boolean couldBe(Family family, Scalar value) {
        if (!value.isKnown()) {
            return value.isUnknown() || value.couldMatch(shape(family));
        }
        String v = value.known();
        return v == null || is(family, v);
    }

    /** True when the text {@code v} is a value of {@code family}. */
    static boolean is(Family family, String v) {
        return switch (family) {
            case NUMERIC -> NUMBER.matcher(v).matches();
            case DATE -> isDate(v);
            case BOOL, NULL -> BOOL.matcher(v).matches();
            case IP_ADDRESS -> isIpRange(v);
            case BINARY -> BASE64.matcher(v).matches();
            case STRING, ARN -> true;
        };
    }

    private static Pattern shape(Family family) {
        return switch (family) {
            case NUMERIC -> NUMBER;
            case DATE -> DATE_SHAPE;
            case BOOL, NULL -> BOOL;
            case IP_ADDRESS -> IP_SHAPE;
            case BINARY -> BASE64;
            case STRING, ARN -> Pattern.compile("(?s).*");
        };
    }

    /** W3C's profile of ISO 8601 (extended or basic), or epoch seconds; month, day and time in range. */
    static boolean isDate(String v) {
        if (EPOCH.matcher(v).matches()) {
            return true;
        }
        Matcher m = DATE.matcher(v);
        if (!m.matches()) {
            m = BASIC_DATE.matcher(v);
            if (!m.matches()) {
                return false;
            }
        }
        return in(m.group(2), 1, 12) && in(m.group(3), 1, 31) && in(m.group(4), 0, 24) && in(m.group(5), 0, 59)
                && in(m.group(6), 0, 60);
    }

    private static boolean in(String field, int min, int max) {
        if (field == null) {
            return true;
        }
        int n = Integer.parseInt(field);
        return n >= min && n <= max;
    }

    /** An IPv4 or IPv6 address, with or without a routing prefix ({@code /32} is assumed without). */
    static boolean isIpRange(String v) {
        String address = v;
        int slash = v.indexOf('/');
        int max = v.indexOf(':') >= 0 ? 128 : 32;
        if (slash >= 0) {
            address = v.substring(0, slash);
            String bits = v.substring(slash + 1);
            if (!bits.matches("\\d{1,3}") || Integer.parseInt(bits) > max) {
                return false;
            }
        }
        return max == 32 ? isIpv4(address) : isIpv6(address);
    }

    static boolean isIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (!p.matches("\\d{1,3}") || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    /** RFC 4291 text form: eight groups of 1–4 hex digits, one {@code ::} for a run of zeros, an IPv4 tail allowed. */
    static boolean isIpv6(String s) {
        int lastColon = s.lastIndexOf(':');
        if (lastColon < 0) {
            return false;
        }
        if (s.indexOf('.') >= 0) {
            // an IPv4 tail stands for the last two groups
            return isIpv4(s.substring(lastColon + 1)) && isIpv6(s.substring(0, lastColon + 1) + "0:0");
        }
        int compress = s.indexOf("::");
        if (compress < 0) {
            return count(s) == 8 && validGroups(s);
        }
        if (s.indexOf("::", compress + 1) >= 0) {
            return false;
        }
        String head = s.substring(0, compress);
        String tail = s.substring(compress + 2);
        return count(head) + count(tail) < 8 && validGroups(head) && validGroups(tail);
    }

    private static int count(String part) {
        return part.isEmpty() ? 0 : part.split(":", -1).length;
    }

    private static boolean validGroups(String part) {
        if (part.isEmpty()) {
            return true;
        }
        for (String g : part.split(":", -1)) {
            if (!g.matches("[0-9A-Fa-f]{1,4}")) {
                return false;
            }
        }
        return true;
    }
}
