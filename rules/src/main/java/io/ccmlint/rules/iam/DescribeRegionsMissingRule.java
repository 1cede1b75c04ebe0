package io.ccmlint.rules.iam;

import com.google.auto.service.AutoService;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.iam.access.Access;
import io.ccmlint.core.iam.access.EffectivePermissions;
import io.ccmlint.core.iam.access.GrantedBy;
import io.ccmlint.core.iam.access.Verdict;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.policy.Effect;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.policy.StatementSpec;
import io.ccmlint.core.model.role.HarnessTrustedRoles;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.workspace.RoleMarks;
import io.ccmlint.rules.connector.CcmFeatures;
import java.util.List;
import java.util.Optional;

/**
 * CCM101: every role a Harness AWS connector uses must be allowed {@code ec2:DescribeRegions} on
 * {@code *} by the union of its policies.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM101", slug = "describe-regions-missing", title = "Connector role cannot call ec2:DescribeRegions",
        severity = Severity.ERROR, fix = FixKind.SAFE,
        sources = {
            @Source(title = "Harness: AWS connector settings reference",
                    url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference"),
            @Source(title = "Harness: Add an AWS connector",
                    url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/add-aws-connector"),
            @Source(title = "Harness: Feature permissions for CCM",
                    url = "https://developer.harness.io/docs/cloud-cost-management/feature-permissions")})
public final class DescribeRegionsMissingRule implements Rule {
    static final String ACTION = "ec2:DescribeRegions";
    static final StatementSpec STATEMENT = new StatementSpec("HarnessDescribeRegions", Effect.ALLOW, List.of(ACTION), List.of("*"));

    @Override
    public void check(RuleContext context) {
        for (Role role : context.workspace().connectorRoles()) {
            check(context, role);
        }
    }

    private void check(RuleContext context, Role role) {
        if (HarnessTrustedRoles.markedByTrust(role) && role.policies().isEmpty() && role.managedPolicyArns().isEmpty()) {
            return; // no connector here names it and none of its policies is here: they are attached elsewhere
        }
        if (usedByCcmConnector(context, role)) {
            return; // a CCM connector's features say what its role needs: CCM504 checks them
        }
        EffectivePermissions perms = Access.of(context.workspace()).ofRole(role);
        List<PolicyDocument> policies = perms.principal().documents();
        String inventory = null;
        if (HarnessTrustedRoles.markedByCcmAccount(role)) {
            inventory = inventoryAction(perms);
            if (inventory == null) {
                return; // a CCM role for billing, governance or AutoStopping: Harness CCM calls ec2:DescribeRegions for inventory
            }
        }
        Verdict v = perms.decide(ACTION, "*");
        if (v.level() == Verdict.Level.UNKNOWN) {
            return; // a policy or a boundary we cannot read decides it: cannot be verified, so no finding
        }
        String who = "connector role \"" + role.name() + "\"";
        String needs = inventory == null ? "Harness needs it for every AWS connector"
                : "Harness CCM needs it for the resource inventory (VISIBILITY) the role's " + inventory + " serves";
        switch (v.level()) {
            case ALLOWED, UNKNOWN -> {
            }
            case DENIED -> {
                Span deny = v.denying().isEmpty() ? role.span() : start(v.denying().get(0));
                context.report(deny, who + (v.denying().isEmpty() ? " may not call " + ACTION + " on \"*\" (" + v.why() + ")"
                        : " explicitly denies " + ACTION + " on \"*\"") + "; " + needs);
            }
            case CONDITIONALLY_ALLOWED -> {
                Span at = start(!v.denying().isEmpty() ? v.denying().get(0) : v.allowing().get(0));
                context.report(at, who + " allows " + ACTION + " on \"*\" only under a condition; Harness calls it without one");
            }
            case NOT_ALLOWED -> notAllowed(context, role, policies, who, needs);
        }
    }

    /** The first character of the statement (or, for an AWS managed policy, of its attachment). */
    private static Span start(GrantedBy g) {
        Span s = g.location() == null ? g.statement().span() : g.location();
        return s.file().span(s.start(), s.start() + 1);
    }

    /**
     * The fix goes into the first of the role's own policies that can take a statement (inline
     * policies come first); a role with only AWS managed policies gets a new inline policy.
     */
    private void notAllowed(RuleContext context, Role role, List<PolicyDocument> checked, String who, String needs) {
        String names = checked.isEmpty() ? "it has no policies"
                : "checked " + IamPolicies.sample(checked, 4, DescribeRegionsMissingRule::shortName);
        String message = who + " does not allow " + ACTION + " on \"*\" (" + names + "); " + needs;
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

    /**
     * True when the role is marked by a CCM ({@code CEAws}) connector of the workspace and no AWS
     * (platform) connector of it names the role: Harness CCM calls what the connector's features need,
     * which CCM504 checks, not {@code ec2:DescribeRegions} for every connector.
     */
    private static boolean usedByCcmConnector(RuleContext context, Role role) {
        boolean ccm = false;
        for (HarnessConnector c : context.workspace().connectors()) {
            for (HarnessConnector.RoleUse use : c.roleArns()) {
                boolean names = use.how().equals(role.connectorUse())
                        || role.awsName() != null && role.awsName().equals(RoleMarks.roleNameOf(use.arn()));
                if (names && !"CEAws".equals(c.type())) {
                    return false;
                }
                ccm |= names && use.how().equals(role.connectorUse());
            }
        }
        return ccm;
    }

    /**
     * The first action of CCM's resource inventory (the VISIBILITY feature, whose documented policy
     * holds {@code ec2:DescribeRegions}) that the policies allow on {@code "*"}, or null when they
     * allow none: a role that reads inventory is meant for it.
     */
    private static String inventoryAction(EffectivePermissions perms) {
        for (String action : CcmFeatures.get("VISIBILITY").permissions()) {
            if (!action.contains("*") && !action.equals(ACTION)
                    && perms.decide(action, "*").level() == Verdict.Level.ALLOWED) {
                return action;
            }
        }
        return null;
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
