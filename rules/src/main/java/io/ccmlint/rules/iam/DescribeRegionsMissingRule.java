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
import io.ccmlint.core.source.Span;
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
        List<PolicyDocument> policies = context.workspace().effectivePolicies(role);
        PolicyEvaluator.Evaluation ev = PolicyEvaluator.evaluate(policies, ACTION, "*");
        if (ev.decision() == io.ccmlint.core.iam.Decision.NOT_ALLOWED && !role.unresolvedPolicies().isEmpty()) {
            return; // an attached policy we cannot read may grant it: cannot be verified, so no finding
        }
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
            case NOT_ALLOWED -> notAllowed(context, role, policies, who);
        }
    }

    /**
     * The fix goes into the first of the role's own policies that can take a statement (inline
     * policies come first); a role with only AWS managed policies gets a new inline policy.
     */
    private void notAllowed(RuleContext context, Role role, List<PolicyDocument> checked, String who) {
        String names = checked.isEmpty() ? "it has no policies"
                : "checked " + IamPolicies.sample(checked, 4, DescribeRegionsMissingRule::shortName);
        String message = who + " does not allow " + ACTION + " on \"*\" (" + names
                + "); Harness needs it for every AWS connector";
        for (PolicyDocument p : role.policies()) {
            Optional<List<TextEdit>> edits = p.editor().addStatement(STATEMENT);
            if (edits.isPresent()) {
                report(context, role, p.statementKeySpan(), message,
                        Fix.safe("add a statement allowing " + ACTION + " on \"*\" to " + p.name(), edits.get()));
                return;
            }
        }
        Optional<List<TextEdit>> inline = role.editor().addInlinePolicy("HarnessDescribeRegions", STATEMENT);
        Span at = role.policies().isEmpty() ? role.span() : role.policies().get(0).statementKeySpan();
        report(context, role, at, message, inline.map(e -> Fix.safe(
                "add an inline policy HarnessDescribeRegions allowing " + ACTION + " on \"*\"", e)).orElse(null));
    }

    /** A policy's name without its folder or ARN prefix: HarnessS3Write.json, AmazonS3ReadOnlyAccess. */
    static String shortName(PolicyDocument p) {
        String n = p.name();
        return n.startsWith("arn:") || n.contains("/") ? n.substring(n.lastIndexOf('/') + 1) : n;
    }

    private static void report(RuleContext context, Role role, Span at, String message, Fix fix) {
        var finding = context.finding(at, message).fix(fix);
        if (role.connectorUseSpan() != null) {
            finding.related(role.connectorUseSpan(), "used by " + role.connectorUse());
        }
        context.report(finding);
    }
}
