package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.Fn.fixed;
import static io.ccmlint.core.helm.functions.Fn.str;
import static io.ccmlint.core.helm.template.GoType.ANY;
import static io.ccmlint.core.helm.template.GoType.MAP;
import static io.ccmlint.core.helm.template.GoType.STRING;

import io.ccmlint.core.helm.template.FunctionException;
import io.ccmlint.core.helm.template.TemplateFunction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Helm's TOML functions (pkg/engine/funcs.go, BurntSushi/toml v1.6.0): {@code toToml} gives the
 * encoder's text or, when the value cannot be encoded, the error's text; {@code fromToml} gives the
 * document's top-level table, or a map with the parse error under "Error". Helm 4.1 has no mustToToml.
 */
final class HelmToml {
    private HelmToml() {
    }

    static void register(Map<String, TemplateFunction> m) {
        m.put("toToml", fixed(STRING, (c, a) -> {
            try {
                return TomlEncoder.encode(a.get(0), c.limits().maxOutputBytes());
            } catch (TomlEncoder.TomlException e) {
                return e.getMessage();
            } catch (TomlEncoder.OutputLimit e) {
                throw FunctionException.limit(e.getMessage());
            }
        }, ANY));
        m.put("fromToml", fixed(MAP, (c, a) -> {
            try {
                return TomlParser.parse(str(a, 0));
            } catch (TomlParser.TomlParseException e) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("Error", e.getMessage());
                return out;
            }
        }, STRING));
    }
}
