package io.ccmlint.core.terraform;

import io.ccmlint.core.hcl.HclAttribute;
import io.ccmlint.core.hcl.HclBlock;
import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.hcl.HclFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code module} calls of the workspace's Terraform, each with the variables of the module it
 * calls when that module is a local folder ({@code ./}, {@code ../}) whose files the run reads.
 * Computed once per run ({@link Workspace#derived}).
 */
public final class ModuleCalls {
    /** The meta-arguments of a module call: not the module's variables. */
    public static final Set<String> META_ARGUMENTS = Set.of("source", "version", "count", "for_each", "providers", "depends_on");

    /** A variable a module declares; {@code required} when it has no {@code default}. */
    public record Variable(String name, boolean required, Span span) {
    }

    /**
     * A module call.
     *
     * @param variables the called module's variables by name, or null when its files are not in the
     *                  run (a registry or git source, or a folder outside the paths given)
     */
    public record Call(HclFile file, HclBlock block, String name, String source, Map<String, Variable> variables) {
        /** The arguments the call passes: its attributes that are not meta-arguments. */
        public List<HclAttribute> arguments() {
            return block.body().attributes().stream().filter(a -> !META_ARGUMENTS.contains(a.name())).toList();
        }
    }

    private ModuleCalls() {
    }

    public static List<Call> of(Workspace ws) {
        return ws.derived(ModuleCalls.class, ModuleCalls::compute);
    }

    private static List<Call> compute(Workspace ws) {
        Map<Path, Map<String, Variable>> variablesByFolder = new LinkedHashMap<>();
        for (HclFile f : ws.terraformFiles()) {
            Map<String, Variable> vars = variablesByFolder.computeIfAbsent(folder(f), k -> new LinkedHashMap<>());
            for (HclBlock v : f.body().blocks("variable")) {
                if (!v.labels().isEmpty()) {
                    String name = v.labelValues().get(0);
                    vars.putIfAbsent(name, new Variable(name, v.body().attribute("default").isEmpty(), v.labels().get(0).span()));
                }
            }
        }
        List<Call> calls = new ArrayList<>();
        for (HclFile f : ws.terraformFiles()) {
            for (HclBlock m : f.body().blocks("module")) {
                if (m.labels().isEmpty()) {
                    continue;
                }
                String source = m.body().attribute("source").map(HclAttribute::value)
                        .filter(e -> e instanceof HclExpression.TemplateExpression)
                        .map(e -> ((HclExpression.TemplateExpression) e).literalValue()).orElse(null);
                Map<String, Variable> variables = null;
                if (source != null && (source.startsWith("./") || source.startsWith("../"))) {
                    variables = variablesByFolder.get(folder(f).resolve(source).normalize());
                }
                calls.add(new Call(f, m, m.labelValues().get(0), source, variables == null ? null : Map.copyOf(variables)));
            }
        }
        return List.copyOf(calls);
    }

    private static Path folder(HclFile f) {
        return f.source().path().toAbsolutePath().normalize().getParent();
    }
}
