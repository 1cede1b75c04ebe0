package io.ccmlint.core.tree;

import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The YAML 1.2 core schema's tag of a plain scalar, as SnakeYAML Engine's resolver gives it, but
 * without running its regular expressions on a scalar that cannot be anything but a string: one
 * whose first character starts no null, boolean, number, merge key or {@code ${...}}. Most keys
 * and values of a manifest ({@code description}, {@code object}, {@code Deployment}) are such
 * scalars, and the resolver tried an expression for the empty string on each of them. A scalar
 * that starts with a letter is a boolean or null only as one of a few words: {@code type},
 * {@code format} and {@code nullable}, on every line of a CRD's schema, are strings.
 */
final class CoreScalarTags implements ScalarResolver {
    /** Every first character the core schema's resolver keys an expression on (NUL: the empty string's key). */
    private static final String MAY_NOT_BE_A_STRING = "tTfFnN~-+.0123456789<$ \u0000";
    /** The letters of {@link #MAY_NOT_BE_A_STRING}: a scalar starting with one is a string but for {@link #WORDS}. */
    private static final String LETTERS = "tTfFnN";
    private static final java.util.Set<String> WORDS = java.util.Set.of("true", "True", "TRUE", "false", "False", "FALSE",
            "null", "Null", "NULL");
    private final ScalarResolver core = new CoreSchema().getScalarResolver();

    @Override
    public Tag resolve(String value, Boolean implicit) {
        if (implicit && !value.isEmpty()) {
            char first = value.charAt(0);
            if (MAY_NOT_BE_A_STRING.indexOf(first) < 0 || LETTERS.indexOf(first) >= 0 && !WORDS.contains(value)) {
                return Tag.STR;
            }
        }
        return core.resolve(value, implicit);
    }
}
