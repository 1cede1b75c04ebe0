package io.ccmlint.rules.iam;

import com.google.auto.service.AutoService;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.iam.access.Access;
import io.ccmlint.core.iam.access.EffectivePermissions;
import io.ccmlint.core.iam.access.Verdict;
import io.ccmlint.core.iam.access.GrantedBy;
import io.ccmlint.core.model.principal.IamPrincipal;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * CCM113: a principal a {@code forbiddenAccess} entry names is allowed one of its actions (the
 * offline counterpart of IAM Access Analyzer's check-access-not-granted). At the principal, with the
 * entry's reason; the granting statements and the entry are related locations. Access that only a
 * policy not readable here could grant is unknown and not reported.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM113", slug = "forbidden-access", title = "Principal is allowed access the configuration forbids",
        severity = Severity.ERROR,
        sources = {
            @Source(title = "AWS: IAM Access Analyzer custom policy checks",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-custom-policy-checks.html"),
            @Source(title = "AWS: Policy evaluation logic",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html")})
public final class ForbiddenAccessRule implements Rule {
    private static final int NAMED = 3;

    @Override
    public void check(RuleContext context) {
        List<LintConfig.ForbiddenAccess> entries = context.workspace().config().forbiddenAccess();
        List<IamPrincipal> principals = context.workspace().principals();
        if (entries.isEmpty() || principals.isEmpty()) {
            return;
        }
        Access access = Access.of(context.workspace());
        for (LintConfig.ForbiddenAccess entry : entries) {
            for (IamPrincipal p : principals) {
                if (entry.principals().stream().anyMatch(glob -> Access.matches(glob, p))) {
                    check(context, entry, access.of(p));
                }
            }
        }
    }

    private static void check(RuleContext context, LintConfig.ForbiddenAccess entry, EffectivePermissions perms) {
        Set<String> allowed = new LinkedHashSet<>();
        Set<GrantedBy> granting = new LinkedHashSet<>();
        boolean conditional = false;
        for (String pattern : entry.actions()) {
            for (String resource : entry.resources()) {
                for (String action : candidates(perms, pattern, resource)) {
                    Verdict v = perms.verdict(action, resource);
                    if (v.allowed()) {
                        allowed.add(action + (resource.equals("*") ? "" : " on \"" + resource + "\""));
                        granting.addAll(v.allowing());
                        conditional |= v.level() == Verdict.Level.CONDITIONALLY_ALLOWED;
                    }
                }
            }
        }
        if (allowed.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>(allowed);
        String shown = String.join(", ", names.subList(0, Math.min(NAMED, names.size())))
                + (names.size() > NAMED ? " and " + (names.size() - NAMED) + " more" : "");
        String message = perms.principal().describe() + " is allowed " + shown + (conditional ? " (under a condition)" : "")
                + ", which forbiddenAccess forbids: " + entry.reason();
        Span principal = perms.principal().span();
        Span at = ChangedPlace.of(context.workspace(), principal, granting.stream().map(GrantedBy::location).toList());
        var finding = context.finding(at, message);
        if (!at.equals(principal)) {
            finding.related(principal, "the " + perms.principal().kind().word());
        }
        for (GrantedBy g : granting) {
            if (g.location() != null && !g.location().equals(at)) {
                finding.related(g.location(), g.describe() + " grants it");
            }
        }
        finding.related(entry.at(), "the forbiddenAccess entry");
        context.report(finding);
    }

    /** The actions to ask about: the catalog actions the pattern names that some Allow grants, or the pattern itself when the catalog names none. */
    private static List<String> candidates(EffectivePermissions perms, String pattern, String resource) {
        List<String> among = perms.allowedAmong(pattern, resource);
        if (!among.isEmpty() || pattern.contains("*") || pattern.contains("?")) {
            return among;
        }
        return List.of(pattern);
    }
}
