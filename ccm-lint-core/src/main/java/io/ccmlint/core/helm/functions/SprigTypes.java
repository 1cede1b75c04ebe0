package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.Fn.fixed;
import static io.ccmlint.core.helm.functions.Fn.str;
import static io.ccmlint.core.helm.template.GoType.ANY;
import static io.ccmlint.core.helm.template.GoType.BOOL;
import static io.ccmlint.core.helm.template.GoType.STRING;

import io.ccmlint.core.helm.template.GoValues;
import io.ccmlint.core.helm.template.TemplateFunction;
import java.util.Map;

/** Sprig's reflection functions (reflect.go) and deepEqual, on the Go types our values stand for. */
final class SprigTypes {
    private SprigTypes() {
    }

    static void register(Map<String, TemplateFunction> m) {
        m.put("typeOf", fixed(STRING, (c, a) -> GoValues.typeName(a.get(0)), ANY));
        m.put("typeIs", fixed(BOOL, (c, a) -> str(a, 0).equals(GoValues.typeName(a.get(1))), STRING, ANY));
        m.put("typeIsLike", fixed(BOOL, (c, a) -> {
            String t = GoValues.typeName(a.get(1));
            return str(a, 0).equals(t) || str(a, 0).equals("*" + t);
        }, STRING, ANY));
        m.put("kindOf", fixed(STRING, (c, a) -> GoConv.kindOf(a.get(0)), ANY));
        m.put("kindIs", fixed(BOOL, (c, a) -> str(a, 0).equals(GoConv.kindOf(a.get(1))), STRING, ANY));
        m.put("deepEqual", fixed(BOOL, (c, a) -> GoConv.deepEqual(a.get(0), a.get(1)), ANY, ANY));
    }
}
