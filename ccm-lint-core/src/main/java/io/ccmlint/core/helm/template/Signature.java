package io.ccmlint.core.helm.template;

import java.util.List;

/**
 * A function's Go signature: fixed parameters, the element type of a final variadic parameter (or
 * null), and the result type. The executor checks argument counts and types against it as Go does.
 */
public record Signature(List<GoType> params, GoType variadic, GoType result) {
    public Signature {
        params = List.copyOf(params);
    }

    public static Signature of(GoType result, GoType... params) {
        return new Signature(List.of(params), null, result);
    }

    public static Signature variadic(GoType result, GoType variadic, GoType... params) {
        return new Signature(List.of(params), variadic, result);
    }
}
