package io.ccmlint.core.terraform.eval;

import java.util.Objects;

/**
 * One instance of a {@code for_each}'d resource: what {@code each.key} and {@code each.value}
 * evaluate to. For a set of strings both are the element; for a map or object, the key (a
 * {@link Value.Str} whose span is the key where it is written) and the entry's value.
 */
public record EachContext(Value key, Value value) {
    public EachContext {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
