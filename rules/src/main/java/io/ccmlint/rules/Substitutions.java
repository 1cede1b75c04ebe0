package io.ccmlint.rules;

import java.util.regex.Pattern;

/**
 * Known text that refers to a value something else fills in before it is used: a
 * {@code ${NAME}} that a shell, envsubst or Flux substitutes when a manifest is applied, or a
 * Harness {@code <+expression>}. Such text is not the value itself (a token, a URL), so rules do
 * not judge it as one. Not to be confused with a value Terraform computes, which is not known
 * text at all ({@link io.ccmlint.core.value.Scalar#isKnown()}).
 */
public final class Substitutions {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{[^}]*}|<\\+");

    private Substitutions() {
    }

    public static boolean present(String text) {
        return (text.indexOf('$') >= 0 || text.indexOf('<') >= 0) && REFERENCE.matcher(text).find();
    }
}
