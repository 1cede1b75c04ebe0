package io.ccmlint.rules.harness;

import com.google.auto.service.AutoService;
import io.ccmlint.core.hcl.HclBlock;
import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.harness.Pipeline;
import io.ccmlint.core.model.harness.Stage;
import io.ccmlint.core.model.harness.Step;
import io.ccmlint.core.model.harness.Trigger;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.tree.Node;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CCM407: Harness identifiers (pipelines, stages, steps, step groups, triggers, connectors, and the
 * {@code identifier} of {@code harness_platform_*} Terraform resources).
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM407", slug = "identifier-invalid", title = "Invalid Harness identifier",
        severity = Severity.ERROR,
        reportsOn = {WorkspacePart.HARNESS_PIPELINES, WorkspacePart.HARNESS_CONNECTORS, WorkspacePart.TERRAFORM},
        sources = {
            @Source(title = "Harness: Entity Identifier Reference",
                    url = "https://developer.harness.io/docs/platform/references/entity-identifier-reference"),
            @Source(title = "harness/harness-schema: Harness pipeline JSON Schema",
                    url = "https://github.com/harness/harness-schema")})
public final class IdentifierInvalidRule implements Rule {
    static final Pattern SERVER = Pattern.compile("[a-zA-Z_][0-9a-zA-Z_$]{0,127}");
    static final Pattern PIPELINE = Pattern.compile("[a-zA-Z_][0-9a-zA-Z_]{0,127}");
    static final Set<String> RESERVED = Set.of("or", "and", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "not", "null",
            "true", "false", "new", "var", "return", "step", "parallel", "stepGroup", "org", "account", "class",
            "shellScriptProvisioner", "status", "liteEngineTask");

    @Override
    public void check(RuleContext context) {
        Set<String> seen = new HashSet<>();
        for (Pipeline p : context.workspace().harness().pipelines()) {
            yaml(context, p.identifier(), "pipeline", true);
            for (Stage s : p.stages()) {
                yaml(context, s.identifier(), "stage", true);
                for (Step step : s.steps()) {
                    yaml(context, step.identifier(), step.group() ? "step group" : "step", true);
                }
            }
        }
        for (Trigger t : context.workspace().harness().triggers()) {
            yaml(context, t.identifier(), "trigger", false);
        }
        for (HarnessConnector c : context.workspace().connectors()) {
            Scalar id = c.scalar("identifier");
            if (id != null && id.value() instanceof String s && seen.add(id.span().start() + ":" + s)) {
                check(context, id.span(), s, "connector", false);
            }
        }
        for (HclBlock b : context.workspace().terraformBlocks("resource")) {
            String type = b.labelValues().isEmpty() ? "" : b.labelValues().get(0);
            if (!type.startsWith("harness_platform_") || type.startsWith("harness_platform_connector_aws")) {
                continue; // connectors are read (per for_each instance) above
            }
            b.body().attribute("identifier").ifPresent(a -> {
                if (a.value() instanceof HclExpression.TemplateExpression t && t.isLiteral()) {
                    check(context, a.value().span(), t.literalValue(), type, false);
                }
            });
        }
    }

    private static void yaml(RuleContext context, Node id, String what, boolean pipelineYaml) {
        if (id != null && id.asText() != null && !id.asText().contains("<+")) {
            check(context, id.span(), id.asText(), what, pipelineYaml);
        }
    }

    private static void check(RuleContext context, Span span, String id, String what, boolean pipelineYaml) {
        String problem = problem(id, pipelineYaml);
        if (problem != null) {
            context.report(span, what + " identifier \"" + id + "\" " + problem);
        }
    }

    static String problem(String id, boolean pipelineYaml) {
        if (RESERVED.contains(id)) {
            return "is a Harness reserved word";
        }
        if (id.length() > 128) {
            return "is longer than 128 characters";
        }
        if (pipelineYaml && id.contains("$")) {
            return "contains $, which pipeline YAML does not allow";
        }
        if (!(pipelineYaml ? PIPELINE : SERVER).matcher(id).matches()) {
            return id.isEmpty() ? "is empty"
                    : "must start with a letter or _ and contain only letters, digits and _"
                    + (id.contains("-") ? " (no hyphens: those are for names)" : "");
        }
        return null;
    }
}
