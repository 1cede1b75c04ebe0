package io.ccmlint.core.terraform;

/**
 * Terraform addresses in references. The evaluator gives every reference it leaves unknown the
 * module address of the instance it was evaluated in ({@code module.ccm.aws_iam_role.this.arn}),
 * so a value that flows through module outputs and arguments still names what it came from.
 */
final class TerraformAddress {
    private TerraformAddress() {
    }

    /**
     * The address of the {@code type} resource (or data source, {@code type} then starting with
     * {@code data.}) a reference reads, without the resource's own index: for
     * {@code module.irsa["a"].aws_iam_role.this[0].arn} and {@code aws_iam_role} it is
     * {@code module.irsa["a"].aws_iam_role.this}. Null when the reference reads something else.
     */
    static String resource(String reference, String type) {
        if (reference == null) {
            return null;
        }
        int at = 0;
        while (reference.startsWith("module.", at)) {
            int i = name(reference, at + "module.".length());
            if (i < 0) {
                return null;
            }
            if (i < reference.length() && reference.charAt(i) == '[') {
                i = closingBracket(reference, i);
                if (i < 0) {
                    return null;
                }
            }
            if (i >= reference.length() || reference.charAt(i) != '.') {
                return null;
            }
            at = i + 1;
        }
        if (!reference.startsWith(type + ".", at)) {
            return null;
        }
        int end = name(reference, at + type.length() + 1);
        return end < 0 ? null : reference.substring(0, end);
    }

    /** The end of the identifier starting at {@code from}, or -1 when there is none. */
    private static int name(String s, int from) {
        int i = from;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '-')) {
            i++;
        }
        return i == from ? -1 : i;
    }

    /** The index after the {@code ]} closing the {@code [} at {@code open} (quoted keys may hold brackets), or -1. */
    private static int closingBracket(String s, int open) {
        boolean quoted = false;
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ']' && !quoted) {
                return i + 1;
            }
        }
        return -1;
    }
}
