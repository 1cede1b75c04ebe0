package io.ccmlint.core.helm.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The functions templates may call: Go's builtins, and those added on top (Sprig's and Helm's plug
 * in here). An added function of a builtin's name replaces it, as a Go FuncMap does. Immutable:
 * {@link #with} returns a new registry.
 */
public final class Functions {
    private static final Functions BUILTINS = new Functions(Map.of());

    private final Map<String, TemplateFunction> added;

    private Functions(Map<String, TemplateFunction> added) {
        this.added = added;
    }

    /** Just Go's builtins. */
    public static Functions builtins() {
        return BUILTINS;
    }

    /** This registry plus {@code functions} (replacing any of the same names). */
    public Functions with(Map<String, TemplateFunction> functions) {
        Map<String, TemplateFunction> m = new LinkedHashMap<>(added);
        functions.forEach((name, f) -> {
            if (!isIdentifier(name)) {
                throw new IllegalArgumentException("function name " + GoStrconv.quote(name, false) + " is not a valid identifier");
            }
            m.put(name, f);
        });
        return new Functions(Collections.unmodifiableMap(m));
    }

    public Functions with(String name, TemplateFunction function) {
        return with(Map.of(name, function));
    }

    public boolean has(String name) {
        return added.containsKey(name) || Builtins.ALL.containsKey(name);
    }

    /** The function of that name, or null. */
    TemplateFunction find(String name) {
        TemplateFunction f = added.get(name);
        return f != null ? f : Builtins.ALL.get(name);
    }

    /** Whether the name resolves to Go's own builtin (and, or and call are then special). */
    boolean isBuiltin(String name) {
        return !added.containsKey(name) && Builtins.ALL.containsKey(name);
    }

    private static boolean isIdentifier(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); ) {
            int r = name.codePointAt(i);
            if (r != '_' && !(i == 0 ? Character.isLetter(r) : Character.isLetterOrDigit(r))) {
                return false;
            }
            i += Character.charCount(r);
        }
        return true;
    }
}
