package io.ccmlint.rules.iam;

import com.google.auto.service.AutoService;
import io.ccmlint.core.iam.access.Access;
import io.ccmlint.core.iam.access.AccessDiff;
import io.ccmlint.core.iam.access.GrantedBy;
import io.ccmlint.core.model.principal.IamPrincipal;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CCM112: in a pull request run ({@code --changed-since REF}), a principal allowed actions or
 * resources it was not allowed at the base (the offline counterpart of IAM Access Analyzer's
 * check-no-new-access). One finding per principal and place that causes it ({@link NewAccessPlaces}):
 * a new or widened statement, else a new attachment, else the principal. Removed access and
 * unchanged principals give nothing; without a base the rule is silent.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM112", slug = "new-access", title = "Change gives a principal access it did not have",
        severity = Severity.WARNING,
        sources = {
            @Source(title = "AWS: IAM Access Analyzer custom policy checks",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-custom-policy-checks.html"),
            @Source(title = "AWS: Policy evaluation logic",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html")})
public final class NewAccessRule implements Rule {
    private static final int LISTED = 4;

    @Override
    public void check(RuleContext context) {
        Workspace ws = context.workspace();
        List<IamPrincipal> principals = ws.principals();
        if (principals.isEmpty()) {
            return;
        }
        Optional<Workspace> base = ws.base();
        if (base.isEmpty()) {
            return;
        }
        Access now = Access.of(ws);
        Access before = Access.of(base.get());
        Map<String, IamPrincipal> earlier = new HashMap<>();
        for (IamPrincipal p : before.principals()) {
            earlier.putIfAbsent(key(p), p);
        }
        NewAccessPlaces places = new NewAccessPlaces(ws, base.get());
        for (IamPrincipal p : principals) {
            IamPrincipal then = earlier.get(key(p));
            List<AccessDiff.NewAccess> gained = AccessDiff.between(now.of(p), then == null ? null : before.of(then));
            if (!gained.isEmpty()) {
                report(context, p, then == null, gained, places);
            }
        }
    }

    private static void report(RuleContext context, IamPrincipal p, boolean isNew, List<AccessDiff.NewAccess> gained,
                               NewAccessPlaces places) {
        Map<Span, List<AccessDiff.NewAccess>> byPlace = new LinkedHashMap<>();
        Map<Span, String> why = new HashMap<>();
        for (AccessDiff.NewAccess n : gained) {
            NewAccessPlaces.Place at = places.of(p, n);
            byPlace.computeIfAbsent(at.span(), k -> new ArrayList<>()).add(n);
            why.putIfAbsent(at.span(), at.what());
        }
        for (Map.Entry<Span, List<AccessDiff.NewAccess>> e : byPlace.entrySet()) {
            List<AccessDiff.NewAccess> here = e.getValue();
            List<String> parts = new ArrayList<>();
            for (AccessDiff.NewAccess n : here.subList(0, Math.min(LISTED, here.size()))) {
                parts.add(n.describe() + " on \"" + n.resource() + "\"");
            }
            if (here.size() > LISTED) {
                parts.add("and new access on " + (here.size() - LISTED) + " more resource patterns");
            }
            String message = p.describe() + (isNew ? " is new and may do " : " gains access it did not have at the base: ")
                    + String.join("; ", parts) + " (" + why.get(e.getKey()) + ")";
            var finding = context.finding(e.getKey(), message);
            if (!e.getKey().equals(p.span())) {
                finding.related(p.span(), "the " + p.kind().word());
            }
            for (AccessDiff.NewAccess n : here) {
                for (GrantedBy g : n.grantedBy()) {
                    Span s = g.location();
                    if (s != null && !s.equals(e.getKey())) {
                        finding.related(s, g.describe() + " grants it");
                    }
                }
            }
            context.report(finding);
        }
    }

    /** How a principal is recognised across revisions: its kind and address. */
    private static String key(IamPrincipal p) {
        return p.kind() + " " + p.address();
    }
}
