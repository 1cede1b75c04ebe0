package io.ccmlint.rules.trust;

import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import java.util.List;
import java.util.Optional;

/**
 * Replaces a known string value written as a plain double-quoted literal (JSON, HCL or YAML, or
 * JSON in a heredoc, whose text is its own) with another literal; values written any other way
 * (expressions, YAML block scalars, JSON inside a quoted string) get no edit.
 */
final class QuotedValues {
    private QuotedValues() {
    }

    static Optional<List<TextEdit>> replace(Scalar value, String replacement) {
        String raw = value.span().text();
        boolean ownText = value.within() == null || value.within() == ScalarStyle.HCL_HEREDOC;
        if (!value.isKnown() || !value.style().literal() || !ownText || raw.length() < 2 || raw.charAt(0) != '"'
                || raw.charAt(raw.length() - 1) != '"' || raw.substring(1, raw.length() - 1).contains("\\")
                || replacement.matches(".*[\"\\\\$%].*")) {
            return Optional.empty();
        }
        return Optional.of(List.of(new TextEdit(value.span(), "\"" + replacement + "\"")));
    }
}
