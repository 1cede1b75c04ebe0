package io.ccmlint.core.value;

import java.util.Comparator;

/**
 * Strings ordered by Unicode code point, as Go and Terraform sort map keys (Java's
 * {@link String#compareTo} orders UTF-16 units, which differs above U+FFFF).
 */
public final class CodePointOrder {
    public static final Comparator<String> ORDER = CodePointOrder::compare;

    private CodePointOrder() {
    }

    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
