package io.ccmlint.rules.harness;

import com.google.auto.service.AutoService;
import io.ccmlint.core.edit.Layout;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.model.harness.Pipeline;
import io.ccmlint.core.model.harness.Stage;
import io.ccmlint.core.model.harness.Step;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CCM401: in an IACM stage, a step that changes infrastructure (apply, destroy, import...) must
 * come after an approval step. The unsafe fix inserts an {@code IACMApproval} step right before the
 * first such step, in the stage's own layout, with an identifier unused in the pipeline.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM401", slug = "iacm-apply-without-approval", title = "IaCM stage applies without an approval",
        severity = Severity.ERROR, fix = FixKind.UNSAFE,
        reportsOn = {WorkspacePart.HARNESS_PIPELINES},
        sources = {
            @Source(title = "Harness: Harness Modules Code Repo & IaCM for Automatic Creation of CCM Cloud Connectors",
                    url = "https://developer.harness.io/cloud-cost-management/3.0/knowledge-base-and-reference-architecture/patterns/ccm-connectors-via-code-repo-and-iacm"),
            @Source(title = "Harness: Tofu/Terraform Plugin Commands",
                    url = "https://developer.harness.io/docs/infra-as-code-management/cli-commands/terraform-plugins")})
public final class IacmApplyWithoutApprovalRule implements Rule {
    @Override
    public void check(RuleContext context) {
        for (Pipeline p : context.workspace().harness().pipelines()) {
            for (Stage stage : p.stages()) {
                if (stage.isIacm() && !stage.isTemplate()) {
                    check(context, p, stage);
                }
            }
        }
    }

    private void check(RuleContext context, Pipeline p, Stage stage) {
        boolean approved = false;
        boolean fixOffered = false;
        for (Step s : stage.steps()) {
            if (IacmSteps.isApproval(s)) {
                approved = true;
            }
            String command = IacmSteps.command(s);
            if (approved || command == null || !IacmSteps.MUTATING.contains(command)) {
                continue;
            }
            Fix fix = null;
            if (!fixOffered) {
                fixOffered = true;
                String id = uniqueIdentifier(p);
                fix = insertApproval(s, id).map(e -> Fix.unsafe("insert an IACMApproval step \"" + id + "\" before "
                        + s.identifierText(), e)).orElse(null);
            }
            context.report(s.command().span(), "step " + s.identifierText() + " runs \"" + command + "\" in IACM stage "
                    + stage.identifierText() + " with no approval step before it; add an IACMApproval (or"
                    + " HarnessApproval) step after plan", fix);
        }
    }

    private static String uniqueIdentifier(Pipeline p) {
        Set<String> taken = new HashSet<>();
        p.stages().forEach(s -> taken.add(s.identifierText()));
        p.allSteps().forEach(s -> taken.add(s.identifierText()));
        String id = "approve";
        for (int i = 1; taken.contains(id); i++) {
            id = "approve_" + i;
        }
        return id;
    }

    /** The edit inserting the approval step as a new item right before the item holding {@code before}. */
    static Optional<List<TextEdit>> insertApproval(Step before, String id) {
        if (before.list() == null || before.list().flow()) {
            return Optional.empty();
        }
        Node item = before.item();
        SourceFile file = item.span().file();
        String text = file.text();
        int dash = item.span().start() - 1;
        while (dash >= 0 && text.charAt(dash) == ' ') {
            dash--;
        }
        if (dash < 0 || text.charAt(dash) != '-') {
            return Optional.empty();
        }
        String dashIndent = Layout.indentBefore(file, dash);
        String gap = text.substring(dash + 1, item.span().start());
        if (dashIndent == null || dashIndent.contains("\t") || gap.isEmpty() || !Layout.sameLine(file, dash, item.span().start())) {
            return Optional.empty();
        }
        String lb = Layout.lineBreak(file);
        int lineStart = file.lineStart(file.line(dash));
        MapNode node = before.node();
        String head = dashIndent + "-" + gap + "step:";
        if (node.flow() || node.entries().isEmpty()) {
            String line = head + " {type: IACMApproval, name: " + id + ", identifier: " + id
                    + ", timeout: 1h, spec: {autoApprove: false}}" + lb;
            return Optional.of(List.of(TextEdit.insert(file.span(lineStart, lineStart), line)));
        }
        int keyColumn = file.column(before.entry().keySpan().start());
        int innerColumn = file.column(node.entries().get(0).keySpan().start());
        String innerIndent = Layout.indentBefore(file, node.entries().get(0).keySpan().start());
        if (innerIndent == null || innerIndent.contains("\t") || innerColumn <= keyColumn) {
            return Optional.empty();
        }
        String step = " ".repeat(innerColumn - keyColumn);
        String inner = " ".repeat(dashIndent.length() + 1 + gap.length()) + step;
        String block = head + lb
                + inner + "type: IACMApproval" + lb
                + inner + "name: " + id + lb
                + inner + "identifier: " + id + lb
                + inner + "timeout: 1h" + lb
                + inner + "spec:" + lb
                + inner + step + "autoApprove: false" + lb;
        return Optional.of(List.of(TextEdit.insert(file.span(lineStart, lineStart), block)));
    }
}
