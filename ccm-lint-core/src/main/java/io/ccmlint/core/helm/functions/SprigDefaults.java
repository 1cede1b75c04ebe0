package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.Fn.fixed;
import static io.ccmlint.core.helm.functions.Fn.str;
import static io.ccmlint.core.helm.functions.Fn.variadic;
import static io.ccmlint.core.helm.template.GoType.ANY;
import static io.ccmlint.core.helm.template.GoType.BOOL;
import static io.ccmlint.core.helm.template.GoType.STRING;

import io.ccmlint.core.helm.template.FunctionException;
import io.ccmlint.core.helm.template.TemplateFunction;
import java.util.Map;

/** Sprig's defaults and logic (defaults.go): default, empty, coalesce, all, any, ternary, fail. */
final class SprigDefaults {
    private SprigDefaults() {
    }

    static void register(Map<String, TemplateFunction> m) {
        m.put("default", variadic(ANY, ANY, (c, a) -> a.size() < 2 || GoConv.empty(a.get(1)) ? a.get(0) : a.get(1), ANY));
        m.put("empty", fixed(BOOL, (c, a) -> GoConv.empty(a.get(0)), ANY));
        m.put("coalesce", variadic(ANY, ANY, (c, a) -> {
            for (Object o : a) {
                if (!GoConv.empty(o)) {
                    return o;
                }
            }
            return null;
        }));
        m.put("all", variadic(BOOL, ANY, (c, a) -> a.stream().noneMatch(GoConv::empty)));
        m.put("any", variadic(BOOL, ANY, (c, a) -> a.stream().anyMatch(o -> !GoConv.empty(o))));
        m.put("ternary", fixed(ANY, (c, a) -> (Boolean) a.get(2) ? a.get(0) : a.get(1), ANY, ANY, BOOL));
        m.put("fail", fixed(STRING, (c, a) -> {
            throw new FunctionException(str(a, 0));
        }, STRING));
    }
}
