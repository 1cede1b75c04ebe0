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
 * calls when ccm-lint could read that module: a local folder ({@code ./}, {@code ../}), or one that
 * {@code terraform init} downloaded. Made once per run, by the Terraform source.
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

    /** The calls of the run's Terraform, in file order (see {@link Workspace#terraformModuleCalls}). */
    public static List<Call> of(Workspace ws) {
        return ws.terraformModuleCalls();
    }

    /**
     * The calls in {@code files}, each with the variables of the module in the folder its source
     * names ({@code resolved}, by call: a local path, or a download {@code terraform init} made).
     */
    static List<Call> of(List<HclFile> files, Map<HclBlock, Path> resolved, ModuleFolders folders) {
        List<Call> calls = new ArrayList<>();
        for (HclFile f : files) {
            for (HclBlock m : f.body().blocks("module")) {
                if (m.labels().isEmpty()) {
                    continue;
                }
                String source = m.body().attribute("source").map(HclAttribute::value)
                        .filter(e -> e instanceof HclExpression.TemplateExpression)
                        .map(e -> ((HclExpression.TemplateExpression) e).literalValue()).orElse(null);
                Path folder = resolved.get(m);
                ModuleFolders.Folder called = folder == null ? null : folders.get(folder);
                calls.add(new Call(f, m, m.labelValues().get(0), source, called == null ? null : variables(called)));
            }
        }
        return List.copyOf(calls);
    }

    private static Map<String, Variable> variables(ModuleFolders.Folder folder) {
        Map<String, Variable> vars = new LinkedHashMap<>();
        folder.module().variables().forEach((name, v) -> vars.put(name,
                new Variable(name, v.body().attribute("default").isEmpty(), v.labels().get(0).span())));
        return java.util.Collections.unmodifiableMap(vars);
    }
}
