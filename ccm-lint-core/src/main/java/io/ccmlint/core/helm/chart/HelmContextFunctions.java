package io.ccmlint.core.helm.chart;

import io.ccmlint.core.helm.template.FunctionException;
import io.ccmlint.core.helm.template.GoStrconv;
import io.ccmlint.core.helm.template.GoType;
import io.ccmlint.core.helm.template.Signature;
import io.ccmlint.core.helm.template.TemplateError;
import io.ccmlint.core.helm.template.TemplateFunction;
import io.ccmlint.core.helm.template.TemplateSet;
import io.ccmlint.core.source.SourceFile;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Helm's functions that need the render (pkg/engine/engine.go): {@code include} (at most 1000 nested
 * calls of one name, and the render's depth bound), {@code tpl} (the text parsed into a clone of the
 * templates as "gotpl"), {@code required}, {@code fail} (their message marked as Helm marks it, so the
 * error reads "execution error at (...): message") and {@code lookup}, always an empty map as in
 * {@code helm template}. One instance per render: include counts are per render.
 */
final class HelmContextFunctions {
    static final String WARN_START = "HELM_ERR_START";
    static final String WARN_END = "HELM_ERR_END";
    private static final int RECURSION_MAX = 1000;

    private final Map<String, Integer> included = new HashMap<>();

    Map<String, TemplateFunction> functions() {
        Map<String, TemplateFunction> m = new LinkedHashMap<>();
        m.put("include", TemplateFunction.of(Signature.of(GoType.STRING, GoType.STRING, GoType.ANY), (ctx, args) -> {
            String name = (String) args.get(0);
            int n = included.merge(name, 1, Integer::sum);
            try {
                if (n > RECURSION_MAX + 1) {
                    throw new FunctionException("rendering template has a nested reference name: " + name
                            + ": unable to execute template");
                }
                return ctx.executeTemplate(name, args.get(1));
            } finally {
                included.merge(name, -1, Integer::sum);
            }
        }));
        m.put("tpl", TemplateFunction.of(Signature.of(GoType.STRING, GoType.STRING, GoType.ANY), (ctx, args) -> {
            String text = (String) args.get(0);
            TemplateSet clone = ctx.templates().copy();
            Optional<TemplateError> e = clone.parse(clone.name(), SourceFile.of(clone.name(), text));
            if (e.isPresent()) {
                throw new FunctionException("cannot parse template " + GoStrconv.quote(text, false) + ": " + e.get().message(),
                        null);
            }
            try {
                return ctx.executeTemplate(clone, clone.name(), args.get(1)).replace("<no value>", "");
            } catch (FunctionException f) {
                if (f.isLimit()) {
                    throw f;
                }
                throw new FunctionException("error during tpl function execution for " + GoStrconv.quote(text, false)
                        + ": " + f.getMessage(), f.templateError());
            }
        }));
        m.put("required", TemplateFunction.of(Signature.of(GoType.ANY, GoType.STRING, GoType.ANY), (ctx, args) -> {
            Object val = args.get(1);
            if (val == null || "".equals(val)) {
                throw new FunctionException(WARN_START + args.get(0) + WARN_END);
            }
            return val;
        }));
        m.put("fail", TemplateFunction.of(Signature.of(GoType.STRING, GoType.STRING), (ctx, args) -> {
            throw new FunctionException(WARN_START + args.get(0) + WARN_END);
        }));
        m.put("lookup", TemplateFunction.of(Signature.of(GoType.MAP, GoType.STRING, GoType.STRING, GoType.STRING,
                GoType.STRING), (ctx, args) -> new LinkedHashMap<String, Object>()));
        return m;
    }
}
