package io.ccmlint.rules.iam;

import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.iam.PolicyEvaluator;
import io.ccmlint.core.model.policy.Effect;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.policy.StatementSpec;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.rules.Sources;
import java.util.List;
import java.util.Optional;

/**
 * CCM101: every role a Harness AWS connector uses must be allowed {@code ec2:DescribeRegions} on
 * {@code *} by the union of its policies.
 */
public final class DescribeRegionsMissingRule implements Rule {
    static final String ACTION = "ec2:DescribeRegions";
    static final StatementSpec STATEMENT = new StatementSpec("HarnessDescribeRegions", Effect.ALLOW, List.of(ACTION), List.of("*"));
    static final RuleMetadata META = new RuleMetadata("CCM101", "describe-regions-missing",
            "Connector role cannot call ec2:DescribeRegions", Severity.ERROR, Category.IAM_POLICY,
            "Harness calls ec2:DescribeRegions for every AWS connector, whatever service it is used for, to list the"
                    + " regions of the account. A connector whose role lacks it fails its connection test or shows no"
                    + " regions. The check looks at the union of the role's policies, as IAM does: ec2:Describe* or"
                    + " ec2:* grant it, an explicit Deny removes it.",
            Sources.AWS_CONNECTOR_REFERENCE, FixKind.SAFE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (Role role : context.workspace().connectorRoles()) {
            check(context, role);
        }
    }

    private void check(RuleContext context, Role role) {
        if (role.policies().isEmpty()) {
            return;
        }
        PolicyEvaluator.Evaluation ev = PolicyEvaluator.evaluate(role.policies(), ACTION, "*");
        String who = "connector role \"" + role.name() + "\"";
        switch (ev.decision()) {
            case ALLOWED -> {
            }
            case EXPLICITLY_DENIED -> {
                Statement deny = ev.denying().get(0);
                context.report(deny.span().file().span(deny.span().start(), deny.span().start() + 1),
                        who + " explicitly denies " + ACTION + " on \"*\"; Harness needs it for every AWS connector");
            }
            case CONDITIONALLY_ALLOWED -> {
                Statement s = !ev.denying().isEmpty() ? ev.denying().get(0) : ev.allowing().get(0);
                context.report(s.span().file().span(s.span().start(), s.span().start() + 1),
                        who + " allows " + ACTION + " on \"*\" only under a condition; Harness calls it without one");
            }
            case NOT_ALLOWED -> {
                PolicyDocument target = role.policies().get(0);
                context.report(target.statementKeySpan(), who + " does not allow " + ACTION + " on \"*\" (checked "
                        + role.policies().size() + (role.policies().size() == 1 ? " policy" : " policies")
                        + "); Harness needs it for every AWS connector", fix(target));
            }
        }
    }

    private static Fix fix(PolicyDocument target) {
        Optional<List<TextEdit>> edits = target.editor().addStatement(STATEMENT);
        return edits.map(e -> Fix.safe("add a statement allowing " + ACTION + " on \"*\"", e)).orElse(null);
    }
}
