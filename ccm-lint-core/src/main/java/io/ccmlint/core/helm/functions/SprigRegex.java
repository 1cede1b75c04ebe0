package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.Fn.fixed;
import static io.ccmlint.core.helm.functions.Fn.integer;
import static io.ccmlint.core.helm.functions.Fn.str;
import static io.ccmlint.core.helm.template.GoType.BOOL;
import static io.ccmlint.core.helm.template.GoType.INT;
import static io.ccmlint.core.helm.template.GoType.LIST;
import static io.ccmlint.core.helm.template.GoType.STRING;

import io.ccmlint.core.helm.template.CallContext;
import io.ccmlint.core.helm.template.FunctionException;
import io.ccmlint.core.helm.template.GoType;
import io.ccmlint.core.helm.template.TemplateFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sprig's regex functions (regex.go) with RE2's syntax ({@link GoRegex}). The plain ones compile with
 * regexp.MustCompile, so a bad pattern stops the template (regexMatch alone gives false); the must-
 * ones return the error. A match that would read more than the step bound stops as a render limit.
 */
final class SprigRegex {
    private SprigRegex() {
    }

    private interface Body {
        Object call(GoRegex re, List<Object> a);
    }

    static void register(Map<String, TemplateFunction> m) {
        both(m, "regexMatch", BOOL, (re, a) -> re.matcher(str(a, 1)).find(), STRING, STRING);
        m.put("regexMatch", fixed(BOOL, (c, a) -> {
            try {
                return run(c, str(a, 0), false, a, (re, x) -> re.matcher(str(x, 1)).find());
            } catch (FunctionException e) {
                if (e.isLimit()) {
                    throw e;
                }
                return false;
            }
        }, STRING, STRING));
        both(m, "regexFindAll", LIST, (re, a) -> {
            List<Object> out = new ArrayList<>();
            for (int[] g : re.findAll(str(a, 1), integer(a, 2))) {
                out.add(str(a, 1).substring(g[0], g[1]));
            }
            return out;
        }, STRING, STRING, INT);
        both(m, "regexFind", STRING, (re, a) -> {
            List<int[]> f = re.findAll(str(a, 1), 1);
            return f.isEmpty() ? "" : str(a, 1).substring(f.get(0)[0], f.get(0)[1]);
        }, STRING, STRING);
        both(m, "regexReplaceAll", STRING, (re, a) -> re.replaceAll(str(a, 1), str(a, 2), false), STRING, STRING, STRING);
        both(m, "regexReplaceAllLiteral", STRING, (re, a) -> re.replaceAll(str(a, 1), str(a, 2), true), STRING, STRING, STRING);
        both(m, "regexSplit", LIST, (re, a) -> new ArrayList<Object>(re.split(str(a, 1), integer(a, 2))), STRING, STRING, INT);
        m.put("regexQuoteMeta", fixed(STRING, (c, a) -> quoteMeta(str(a, 0)), STRING));
    }

    private static void both(Map<String, TemplateFunction> m, String name, GoType result, Body body, GoType... params) {
        m.put(name, fixed(result, (c, a) -> run(c, str(a, 0), true, a, body), params));
        m.put("must" + Character.toUpperCase(name.charAt(0)) + name.substring(1),
                fixed(result, (c, a) -> run(c, str(a, 0), false, a, body), params));
    }

    private static Object run(CallContext c, String expr, boolean panic, List<Object> a, Body body) throws FunctionException {
        GoRegex re;
        try {
            re = GoRegex.compile(expr, c.limits().maxSteps());
        } catch (GoRegex.SyntaxError e) {
            if (panic) {
                throw new IllegalStateException("regexp: Compile(" + quoteGo(expr) + "): " + e.getMessage());
            }
            throw new FunctionException(e.getMessage());
        }
        try {
            return body.call(re, a);
        } catch (GoRegex.TooMuchWork | StackOverflowError e) {
            throw FunctionException.limit("regular expression " + quoteGo(expr) + " needs too much work on this text");
        }
    }

    private static String quoteGo(String s) {
        return io.ccmlint.core.helm.template.GoFmt.sprintf("%q", List.of(s)).replaceAll("^\"|\"$", "`");
    }

    /** regexp.QuoteMeta. */
    static String quoteMeta(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if ("\\.+*?()|[]{}^$".indexOf(ch) >= 0) {
                b.append('\\');
            }
            b.append(ch);
        }
        return b.toString();
    }
}
