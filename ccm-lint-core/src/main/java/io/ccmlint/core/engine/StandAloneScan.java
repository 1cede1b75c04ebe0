package io.ccmlint.core.engine;

/**
 * What the first pass needs of a {@code .json} file it may leave to be checked on its own, in one
 * pass over its bytes (ASCII is all it looks for: no decoding): whether it has a
 * {@code "Principal"} or {@code "NotPrincipal"} key or a backslash-u escape that could spell one
 * (then it may be a trust policy, which other files are checked against), and whether it has a
 * {@code ::}, twelve digits and {@code :role/}, as every literal role ARN
 * ({@link io.ccmlint.core.workspace.RoleArnMentions}) has: a policy that names roles of any account
 * ({@code arn:aws:iam::*:role/...}, a fifth of AWS's managed policies) is not scanned for ARNs. Four
 * {@code String.contains} over the text did the same at four times the cost: under C1 each is a plain loop.
 */
record StandAloneScan(boolean standsAlone, boolean mayNameRoles) {
    private static final byte[] PRINCIPAL = bytes("Principal\"");
    private static final byte[] NOT_PRINCIPAL = bytes("NotPrincipal\"");
    private static final byte[] ROLE = bytes("role/");

    static StandAloneScan of(byte[] text) {
        boolean principalOrEscape = false;
        boolean role = false;
        for (int i = 0; i < text.length && !principalOrEscape; i++) {
            switch (text[i]) {
                // a key is written in quotes, so condition keys such as "aws:PrincipalTag/team" do not count
                case '"' -> principalOrEscape = at(text, i + 1, PRINCIPAL) || at(text, i + 1, NOT_PRINCIPAL);
                case '\\' -> principalOrEscape = i + 1 < text.length && text[i + 1] == 'u';
                case ':' -> role |= at(text, i + 1, ROLE) && accountBefore(text, i);
                default -> {
                }
            }
        }
        return new StandAloneScan(!principalOrEscape, role);
    }

    /** {@code ::} and twelve digits just before {@code colon}: the account of {@code iam::123456789012:role/}. */
    private static boolean accountBefore(byte[] text, int colon) {
        if (colon < 14 || text[colon - 14] != ':' || text[colon - 13] != ':') {
            return false;
        }
        for (int k = colon - 12; k < colon; k++) {
            if (text[k] < '0' || text[k] > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean at(byte[] text, int from, byte[] word) {
        if (from + word.length > text.length) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            if (text[from + k] != word[k]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
