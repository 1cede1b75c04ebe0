package io.ccmlint.core.iam;

/**
 * IAM's glob matching for Action and Resource elements: {@code *} matches any run of characters
 * (empty included, {@code :} and {@code /} included) and {@code ?} exactly one character; every
 * other character matches itself. IAM compares actions case-insensitively and resources
 * case-sensitively, hence {@link #matchesAction} and {@link #matchesResource}.
 *
 * <p>Policies are evaluated many times per lint run, so this is a small iterative matcher (greedy
 * with one backtracking point) instead of a regular expression compiled per call. It never
 * recurses and runs in at most {@code O(pattern.length() * value.length())} steps, so patterns such
 * as {@code *a*a*a*b} stay cheap on long values.
 */
public final class Wildcard {
    private Wildcard() {
    }

    /** An action pattern such as {@code ec2:Describe*} against an action: case-insensitive. */
    public static boolean matchesAction(String pattern, String action) {
        return matches(pattern, action, true);
    }

    /** A resource pattern such as {@code arn:aws:s3:::bucket/*} against a resource: case-sensitive. */
    public static boolean matchesResource(String pattern, String resource) {
        return matches(pattern, resource, false);
    }

    /** True when {@code value} as a whole matches {@code pattern}. */
    public static boolean matches(String pattern, String value, boolean ignoreCase) {
        int p = 0;
        int v = 0;
        int star = -1;      // index of the last '*' seen in the pattern
        int starValue = 0;  // where in value that '*' currently stops
        int pn = pattern.length();
        int vn = value.length();
        while (v < vn) {
            if (p < pn) {
                char pc = pattern.charAt(p);
                if (pc == '*') {
                    star = p++;
                    starValue = v;
                    continue;
                }
                if (pc == '?' || same(pc, value.charAt(v), ignoreCase)) {
                    p++;
                    v++;
                    continue;
                }
            }
            if (star < 0) {
                return false;
            }
            // Let the last '*' swallow one more character and retry from just after it.
            p = star + 1;
            v = ++starValue;
        }
        while (p < pn && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pn;
    }

    static boolean same(char a, char b, boolean ignoreCase) {
        if (a == b) {
            return true;
        }
        if (!ignoreCase) {
            return false;
        }
        if ((a | b) < 0x80) {
            // both ASCII (nearly every action): only letters have another case, one bit apart. No
            // case tables: this runs for each action of every policy against each action a rule asks about.
            char lower = (char) (a | 0x20);
            return lower == (b | 0x20) && lower >= 'a' && lower <= 'z';
        }
        // As String.regionMatches(true, ...) does: upper case first, then lower case (Georgian etc.).
        char ua = Character.toUpperCase(a);
        char ub = Character.toUpperCase(b);
        return ua == ub || Character.toLowerCase(ua) == Character.toLowerCase(ub);
    }
}
