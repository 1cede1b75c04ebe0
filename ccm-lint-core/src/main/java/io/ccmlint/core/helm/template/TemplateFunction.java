package io.ccmlint.core.helm.template;

import java.util.List;

/**
 * A function templates can call. Arguments arrive checked against the {@link #signature()}: plain
 * values (nil as null) for {@link GoType#ANY} and concrete types, the raw value for {@link GoType#VALUE}.
 * An error return is a {@link FunctionException}; anything else thrown becomes one, as Go turns a
 * function's panic into an error.
 */
public interface TemplateFunction {
    Signature signature();

    Object call(CallContext context, List<Object> args) throws FunctionException;

    /** A function from its signature and body. */
    static TemplateFunction of(Signature signature, Body body) {
        return new TemplateFunction() {
            @Override
            public Signature signature() {
                return signature;
            }

            @Override
            public Object call(CallContext context, List<Object> args) throws FunctionException {
                return body.call(context, args);
            }
        };
    }

    /** A function's body. */
    @FunctionalInterface
    interface Body {
        Object call(CallContext context, List<Object> args) throws FunctionException;
    }
}
