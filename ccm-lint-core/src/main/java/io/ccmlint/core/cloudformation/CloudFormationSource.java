package io.ccmlint.core.cloudformation;

import io.ccmlint.core.tree.EmbeddedJson;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.tree.YamlTreeReader;
import io.ccmlint.core.workspace.FileKind;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.core.workspace.Workspace;
import io.ccmlint.core.workspace.WorkspaceSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CloudFormation templates (YAML with or without short-form tags, and JSON): each template is
 * evaluated on its own ({@link CfnEvaluator}) in every scenario its conditions tell apart
 * ({@link Scenarios}), and its IAM roles, policies, users and groups become the same models as
 * Terraform's ({@link CfnModels}). Text that takes effect in some scenarios only is marked
 * ({@link Workspace.Builder#onlyWhen}), so findings there say when. A StackSet's template written
 * inline ({@code TemplateBody}) is read the same way, with the StackSet's parameter values.
 */
public final class CloudFormationSource implements WorkspaceSource {
    static final String STACK_SET = "AWS::CloudFormation::StackSet";
    /** A StackSet inside an inline template is read; one more level is not. */
    private static final int MAX_INLINE_DEPTH = 2;

    @Override
    public void read(ParsedFile file, Workspace.Builder out) {
        for (ParsedFile.Document d : file.documents()) {
            if (d.kind() == FileKind.CLOUDFORMATION && d.root() instanceof MapNode root) {
                CfnTemplate template = CfnTemplate.of(file.file(), root);
                read(template, StackValues.of(out.config(), template.file(), out.config().limits(), out::parseFailure), out, 0);
            }
        }
    }

    private static void read(CfnTemplate template, StackValues values, Workspace.Builder out, int depth) {
        TemplateProblems problems = new TemplateProblems();
        TemplateShape.check(template, problems);
        ParameterConstraints.check(template, values, problems);
        // the template's models all or none: a template given up half way adds nothing but its CCM001
        Workspace.Builder models = Workspace.builder(out.config());
        List<CfnEvaluator> evaluators = List.of();
        try {
            List<Scenario> scenarios = Scenarios.of(template, values);
            evaluators = scenarios.stream().map(s -> new CfnEvaluator(template, values, s, problems)).toList();
            evaluators.forEach(ev -> template.conditions().keySet().forEach(ev::condition));
            new ConditionalText(template, evaluators).mark(models);
            CfnModels.build(template, scenarios, evaluators, models);
            out.include(models);
        } catch (CfnEvaluator.TooComplex e) {
            problems.limit(template.root().span().atStart(), "evaluating it takes more than " + CfnEvaluator.MAX_STEPS
                    + " steps in one scenario; its IAM resources are not checked");
        }
        problems.forEach((span, message) -> out.parseFailure(new ParseFailure(span, message)));
        if (depth < MAX_INLINE_DEPTH && !evaluators.isEmpty()) {
            for (CfnTemplate.Resource r : template.resources().values()) {
                if (STACK_SET.equals(r.type()) && r.properties() != null && r.properties().get("TemplateBody") instanceof ScalarNode body) {
                    inline(body, stackSetValues(r, evaluators.get(0), values.partition()), out, depth + 1);
                }
            }
        }
    }

    /** A StackSet's {@code TemplateBody}: YAML in a literal block, or JSON in a YAML string. */
    private static void inline(ScalarNode body, StackValues values, Workspace.Builder out, int depth) {
        String text = body.scalar().known();
        if (text == null || body.syntax() != io.ccmlint.core.tree.Syntax.YAML) {
            return; // a computed body, or JSON inside a JSON string: not read
        }
        try {
            Optional<List<Node>> docs = text.stripLeading().startsWith("{")
                    ? EmbeddedJson.inYaml(new JsonTreeReader(out.config().limits()), body).map(List::of)
                    : EmbeddedJson.yamlInYaml(new YamlTreeReader(out.config().limits()), body);
            for (Node doc : docs.orElse(List.of())) {
                if (doc instanceof MapNode root) {
                    read(CfnTemplate.of(body.span().file(), root), values, out, depth);
                }
            }
        } catch (ParseProblem p) {
            out.parseFailure(new ParseFailure(p.span(), "the StackSet's TemplateBody: " + p.getMessage()));
        }
    }

    /** The values a StackSet gives its template: its {@code Parameters} that are known in the outer template. */
    private static StackValues stackSetValues(CfnTemplate.Resource stackSet, CfnEvaluator outer, String partition) {
        Map<String, String> values = new LinkedHashMap<>();
        Node parameters = stackSet.properties().get("Parameters");
        for (Node item : Nodes.list(parameters)) {
            String key = Nodes.text(item, "ParameterKey");
            Node value = item instanceof MapNode m && m.get("ParameterValue") != null ? outer.value(m.get("ParameterValue")) : null;
            if (key != null && value instanceof ScalarNode s && s.scalar().isKnown()) {
                values.put(key, CfnEvaluator.text(s.scalar()));
            }
        }
        return new StackValues(partition, values);
    }
}
