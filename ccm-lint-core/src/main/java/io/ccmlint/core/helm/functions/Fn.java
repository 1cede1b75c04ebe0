package io.ccmlint.core.helm.functions;

import io.ccmlint.core.helm.template.CallContext;
import io.ccmlint.core.helm.template.FunctionException;
import io.ccmlint.core.helm.template.GoType;
import io.ccmlint.core.helm.template.Signature;
import io.ccmlint.core.helm.template.TemplateFunction;
import java.util.List;
import java.util.Map;

/** Shorthands for declaring functions with their Go signatures. */
final class Fn {
    private Fn() {
    }

    static TemplateFunction of(GoType result, List<GoType> params, TemplateFunction.Body body) {
        return TemplateFunction.of(new Signature(params, null, result), body);
    }

    static TemplateFunction fixed(GoType result, TemplateFunction.Body body, GoType... params) {
        return TemplateFunction.of(Signature.of(result, params), body);
    }

    static TemplateFunction variadic(GoType result, GoType variadic, TemplateFunction.Body body, GoType... params) {
        return TemplateFunction.of(Signature.variadic(result, variadic, params), body);
    }

    static String str(List<Object> a, int i) {
        return (String) a.get(i);
    }

    static long integer(List<Object> a, int i) {
        return (Long) a.get(i);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(List<Object> a, int i) {
        return (Map<String, Object>) a.get(i);
    }

    /** A string a function is about to build must fit the output bound (a repeat of a billion, say). */
    static void checkSize(CallContext c, long bytes) throws FunctionException {
        if (bytes > c.limits().maxOutputBytes()) {
            throw FunctionException.limit("result of " + bytes + " bytes exceeds the output limit of "
                    + c.limits().maxOutputBytes() + " bytes");
        }
    }

    /** A list a function is about to build must stay within the step bound. */
    static void checkCount(CallContext c, long count) throws FunctionException {
        if (count > c.limits().maxSteps()) {
            throw FunctionException.limit("list of " + count + " elements exceeds the step limit of " + c.limits().maxSteps());
        }
    }
}
