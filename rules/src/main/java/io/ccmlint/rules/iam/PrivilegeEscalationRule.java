package io.ccmlint.rules.iam;

import com.google.auto.service.AutoService;
import io.ccmlint.core.iam.access.Access;
import io.ccmlint.core.iam.access.EffectivePermissions;
import io.ccmlint.core.model.principal.IamPrincipal;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * CCM111: a principal whose policies, all together, allow a known privilege-escalation method
 * ({@link EscalationMethods}). One finding per principal, at the principal, naming the first method
 * found in full and the others by name; the statements granting the needed actions are related locations.
 * An administrator (every action on {@code *}) is not reported: there is nothing to escalate to.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM111", slug = "privilege-escalation", title = "Principal can escalate its own privileges",
        severity = Severity.ERROR,
        sources = {
            @Source(title = "Rhino Security Labs: AWS IAM privilege escalation methods and mitigation",
                    url = "https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/"),
            @Source(title = "Bishop Fox: IAM Vulnerable, the privilege escalation paths",
                    url = "https://github.com/BishopFox/iam-vulnerable"),
            @Source(title = "AWS: Policy evaluation logic",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html"),
            @Source(title = "AWS IAM User Guide: Grant a user permissions to pass a role to an AWS service",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html")})
public final class PrivilegeEscalationRule implements Rule {
    private static final int RELATED_LIMIT = 20;

    @Override
    public void check(RuleContext context) {
        List<IamPrincipal> principals = context.workspace().principals();
        if (principals.isEmpty()) {
            return;
        }
        Access access = Access.of(context.workspace());
        for (IamPrincipal p : principals) {
            check(context, access, p);
        }
    }

    private static void check(RuleContext context, Access access, IamPrincipal p) {
        EffectivePermissions perms = access.of(p);
        if (perms.administrator()) {
            return; // it has every action already, nothing to escalate to (CCM109 reports administrators where it matters)
        }
        List<Escalation> found = new ArrayList<>();
        for (EscalationMethods.Method m : EscalationMethods.all()) {
            Escalation e = Escalation.find(access, perms, m);
            if (e != null) {
                found.add(e);
            }
        }
        if (found.isEmpty()) {
            return;
        }
        Escalation first = found.get(0);
        StringBuilder message = new StringBuilder(p.describe()).append(" can escalate its privileges: ")
                .append(first.method().name()).append(" (").append(first.method().needs()).append(')');
        if (first.passes() != null) {
            message.append(", passing ").append(first.passes());
        }
        if (first.conditional()) {
            message.append("; allowed only under a condition (").append(first.why()).append("), which does not make it safe");
        }
        if (found.size() > 1) {
            message.append("; also ").append(found.size() - 1).append(" other known method")
                    .append(found.size() > 2 ? "s: " : ": ")
                    .append(String.join(", ", found.subList(1, Math.min(found.size(), 5)).stream().map(e -> e.method().name()).toList()))
                    .append(found.size() > 5 ? ", ..." : "");
        }
        List<RuleContext.Related> related = Escalation.related(found, RELATED_LIMIT);
        Span at = ChangedPlace.of(context.workspace(), p.span(), related.stream().map(RuleContext.Related::span).toList());
        var finding = context.finding(at, message.toString());
        if (!at.equals(p.span())) {
            finding.related(p.span(), "the " + p.kind().word());
        }
        related.stream().filter(r -> !r.span().equals(at)).forEach(r -> finding.related(r.span(), r.message()));
        context.report(finding);
    }
}
