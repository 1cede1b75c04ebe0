package io.ccmlint.core.terraform;

/**
 * Whether HCL source text is a literal quoted string: no interpolation or directive (the escapes
 * <code>$${</code> and <code>%%{</code> are literal text). Decides the
 * {@link io.ccmlint.core.value.ScalarStyle} of an object key from the text its span covers; values
 * get theirs from the evaluator.
 */
final class HclLiterals {
    private HclLiterals() {
    }

    /** {@code "text"} with no {@code ${...}} or {@code %{...}}. */
    static boolean isQuotedLiteral(String text) {
        if (text.length() < 2 || text.charAt(0) != '"' || text.charAt(text.length() - 1) != '"') {
            return false;
        }
        int end = text.length() - 1;
        for (int i = 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return false; // two strings, e.g. "a" == "b"
            } else if (!literalAt(text, i)) {
                return false;
            } else if (escapeAt(text, i)) {
                i += 2;
            }
        }
        return true;
    }

    /** False at the start of an interpolation or directive. */
    private static boolean literalAt(String text, int i) {
        char c = text.charAt(i);
        return (c != '$' && c != '%') || i + 1 >= text.length() || text.charAt(i + 1) != '{';
    }

    /** {@code $${} or {@code %%{} at {@code i}. */
    private static boolean escapeAt(String text, int i) {
        char c = text.charAt(i);
        return (c == '$' || c == '%') && i + 2 < text.length() && text.charAt(i + 1) == c && text.charAt(i + 2) == '{';
    }
}
