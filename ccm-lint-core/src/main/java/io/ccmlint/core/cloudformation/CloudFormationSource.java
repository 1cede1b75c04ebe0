package io.ccmlint.core.cloudformation;

import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.workspace.FileKind;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.core.workspace.Workspace;
import io.ccmlint.core.workspace.WorkspaceSource;
import java.util.List;

/**
 * CloudFormation templates (YAML with or without short-form tags, and JSON): each template is
 * evaluated on its own ({@link CfnEvaluator}) in every scenario its conditions tell apart
 * ({@link Scenarios}), and its IAM roles, policies, users and groups become the same models as
 * Terraform's ({@link CfnModels}). Text that takes effect in some scenarios only is marked
 * ({@link Workspace.Builder#onlyWhen}), so findings there say when.
 */
public final class CloudFormationSource implements WorkspaceSource {
    @Override
    public void read(ParsedFile file, Workspace.Builder out) {
        for (ParsedFile.Document d : file.documents()) {
            if (d.kind() == FileKind.CLOUDFORMATION && d.root() instanceof MapNode root) {
                read(CfnTemplate.of(file.file(), root), out);
            }
        }
    }

    private static void read(CfnTemplate template, Workspace.Builder out) {
        StackValues values = StackValues.of(out.config(), template.file(), out.config().limits(), out::parseFailure);
        TemplateProblems problems = new TemplateProblems();
        TemplateShape.check(template, problems);
        // the template's models all or none: a template given up half way adds nothing but its CCM001
        Workspace.Builder models = Workspace.builder(out.config());
        try {
            List<Scenario> scenarios = Scenarios.of(template, values);
            List<CfnEvaluator> evaluators = scenarios.stream()
                    .map(s -> new CfnEvaluator(template, values, s, problems)).toList();
            evaluators.forEach(ev -> template.conditions().keySet().forEach(ev::condition));
            new ConditionalText(template, evaluators).mark(models);
            CfnModels.build(template, scenarios, evaluators, models);
            out.include(models);
        } catch (CfnEvaluator.TooComplex e) {
            problems.limit(template.root().span().atStart(), "evaluating it takes more than " + CfnEvaluator.MAX_STEPS
                    + " steps in one scenario; its IAM resources are not checked");
        }
        problems.forEach((span, message) -> out.parseFailure(new ParseFailure(span, message)));
    }
}
