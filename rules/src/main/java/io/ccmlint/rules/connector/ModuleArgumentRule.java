package io.ccmlint.rules.connector;

import com.google.auto.service.AutoService;
import io.ccmlint.core.hcl.HclAttribute;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.terraform.ModuleCalls;
import io.ccmlint.core.value.EditDistance;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CCM511: a Terraform {@code module} call passes an argument the module does not declare as a
 * {@code variable}, or leaves out one that has no default; Terraform rejects both at plan time.
 * Checked for local modules and for modules {@code terraform init} downloaded.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM511", slug = "module-argument", title = "Module argument not declared, or required one missing",
        severity = Severity.ERROR,
        reportsOn = {WorkspacePart.TERRAFORM},
        sources = {
            @Source(title = "Terraform: Module Blocks (calling a child module)",
                    url = "https://developer.hashicorp.com/terraform/language/modules/syntax"),
            @Source(title = "Terraform: Input Variables",
                    url = "https://developer.hashicorp.com/terraform/language/values/variables")})
public final class ModuleArgumentRule implements Rule {
    /** At most this many edits away, a declared variable is offered as the one meant. */
    private static final int SUGGESTION_DISTANCE = 3;

    @Override
    public void check(RuleContext context) {
        for (ModuleCalls.Call call : ModuleCalls.of(context.workspace())) {
            if (call.variables() == null) {
                continue; // a remote module, or one whose files the run does not read: nothing is known
            }
            List<HclAttribute> arguments = call.arguments();
            for (HclAttribute a : arguments) {
                if (!call.variables().containsKey(a.name())) {
                    context.report(a.nameSpan(), "module \"" + call.name() + "\" (" + call.source() + ") declares no"
                            + " variable \"" + a.name() + "\"; Terraform rejects the call" + suggestion(a.name(), call));
                }
            }
            Set<String> passed = arguments.stream().map(HclAttribute::name).collect(Collectors.toSet());
            List<String> missing = call.variables().values().stream()
                    .filter(v -> v.required() && !passed.contains(v.name())).map(ModuleCalls.Variable::name).sorted().toList();
            if (!missing.isEmpty()) {
                context.report(call.block().typeSpan().union(call.block().labels().get(0).span()),
                        "module \"" + call.name() + "\" (" + call.source() + ") needs " + (missing.size() == 1
                        ? "variable \"" + missing.get(0) + "\", which has" : "variables " + missing.stream()
                        .map(n -> "\"" + n + "\"").collect(Collectors.joining(", ")) + ", which have")
                        + " no default; pass " + (missing.size() == 1 ? "it" : "them") + " in the call");
            }
        }
    }

    /** "; did you mean ..." with the declared variables closest to {@code name}, or "". */
    private static String suggestion(String name, ModuleCalls.Call call) {
        List<String> closest = call.variables().keySet().stream()
                .map(v -> java.util.Map.entry(v, EditDistance.between(name, v)))
                .filter(e -> e.getValue() <= SUGGESTION_DISTANCE || e.getKey().startsWith(name) || name.startsWith(e.getKey()))
                .sorted(Comparator.<java.util.Map.Entry<String, Integer>>comparingInt(java.util.Map.Entry::getValue)
                        .thenComparing(java.util.Map.Entry::getKey))
                .limit(3).map(java.util.Map.Entry::getKey).toList();
        return closest.isEmpty() ? "" : "; did you mean " + closest.stream().map(v -> "\"" + v + "\"")
                .collect(Collectors.joining(" or ")) + "?";
    }
}
