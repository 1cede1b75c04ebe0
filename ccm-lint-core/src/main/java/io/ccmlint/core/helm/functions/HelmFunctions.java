package io.ccmlint.core.helm.functions;

import io.ccmlint.core.helm.template.Functions;
import io.ccmlint.core.helm.template.TemplateFunction;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The functions Helm's engine gives templates, as its funcMap builds them: Sprig's (without
 * {@code env} and {@code expandenv}), then Helm's own pure ones on top. Chart-bound functions
 * ({@code include}, {@code tpl}, {@code required}, {@code lookup}) are added by whoever renders a chart.
 */
public final class HelmFunctions {
    private static final Map<String, TemplateFunction> ALL = create();

    private HelmFunctions() {
    }

    private static Map<String, TemplateFunction> create() {
        Map<String, TemplateFunction> m = new LinkedHashMap<>();
        SprigStrings.register(m);
        SprigLists.register(m);
        SprigDicts.register(m);
        SprigDefaults.register(m);
        SprigNumbers.register(m);
        SprigTypes.register(m);
        SprigEncoding.register(m);
        SprigRegex.register(m);
        SprigNondeterministic.register(m);
        SprigSemver.register(m);
        SprigDates.register(m);
        SprigPaths.register(m);
        SprigUrls.register(m);
        SprigCrypto.register(m);
        HelmYaml.register(m);
        HelmToml.register(m);
        return Collections.unmodifiableMap(m);
    }

    /** Every function by name. */
    public static Map<String, TemplateFunction> all() {
        return ALL;
    }

    /**
     * Helm's toYAML, as {@code toYaml} writes it (no final newline; "" for a value YAML cannot hold):
     * what {@code .Files.AsConfig} and {@code AsSecrets} print.
     */
    public static String toYaml(Object value, long maxChars) {
        try {
            String yaml = GoYamlEmitter.marshal(value, maxChars);
            return yaml.endsWith("\n") ? yaml.substring(0, yaml.length() - 1) : yaml;
        } catch (GoJson.JsonException e) {
            return "";
        }
    }

    /** Go's builtins plus these. */
    public static Functions registry() {
        return Functions.builtins().with(ALL);
    }
}
