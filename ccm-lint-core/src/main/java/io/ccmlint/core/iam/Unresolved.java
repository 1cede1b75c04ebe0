package io.ccmlint.core.iam;

/**
 * Values whose text is not known at lint time: Terraform interpolations ({@code ${var.x}}) and IAM
 * policy variables ({@code ${aws:username}}) look alike and are treated alike. To ask whether
 * such a pattern <em>could</em> match, each {@code ${...}} is widened to {@code *}.
 */
final class Unresolved {
    private Unresolved() {
    }

    static boolean isUnresolved(String pattern) {
        return pattern.contains("${");
    }

    /**
     * The pattern with every {@code ${...}} replaced by {@code *}. Braces nest (Terraform allows
     * {@code ${jsonencode({a = 1})}}); an unclosed {@code ${} widens everything after it.
     */
    static String widen(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            if (pattern.startsWith("${", i)) {
                out.append('*');
                int depth = 1;
                i += 2;
                while (i < n && depth > 0) {
                    char c = pattern.charAt(i++);
                    if (c == '{') {
                        depth++;
                    } else if (c == '}') {
                        depth--;
                    }
                }
            } else {
                out.append(pattern.charAt(i++));
            }
        }
        return out.toString();
    }
}
