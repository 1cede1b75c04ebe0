package io.ccmlint.rules.iam;

import com.google.auto.service.AutoService;
import io.ccmlint.core.aws.catalog.IamAction;
import io.ccmlint.core.aws.catalog.IamCatalog;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import java.util.List;
import java.util.Optional;

/** CCM107: an action or pattern that matches no action of the bundled IAM action catalog. */
@AutoService(Rule.class)
@RuleInfo(id = "CCM107", slug = "unknown-action", title = "Action matches no IAM action",
        severity = Severity.ERROR, fix = FixKind.UNSAFE,
        sources = @Source(title = "AWS Service Authorization Reference",
                url = "https://docs.aws.amazon.com/service-authorization/latest/reference/reference.html"))
public final class UnknownActionRule implements Rule {
    @Override
    public void check(RuleContext context) {
        IamCatalog catalog = null;
        for (PolicyDocument p : context.workspace().policies()) {
            for (Statement s : p.statements()) {
                if (s.actions() == null) {
                    continue;
                }
                for (Scalar a : s.actions().values()) {
                    if (!IamPolicies.knownAction(a) || a.known().equals("*")) {
                        continue;
                    }
                    if (catalog == null) {
                        catalog = IamCatalog.get();
                    }
                    if (!catalog.matchesAny(a.known())) {
                        report(context, catalog, p, s, a);
                    }
                }
            }
        }
    }

    private static void report(RuleContext context, IamCatalog catalog, PolicyDocument p, Statement s, Scalar a) {
        String v = a.known();
        int colon = v.indexOf(':');
        String why;
        if (colon <= 0) {
            why = "\"" + v + "\" is not of the form service:Action";
        } else if (!catalog.hasService(v.substring(0, colon)) && v.substring(0, colon).chars().noneMatch(c -> c == '*' || c == '?')) {
            why = "\"" + v + "\": AWS has no service prefix \"" + v.substring(0, colon) + "\"";
        } else if (v.indexOf('*') >= 0 || v.indexOf('?') >= 0) {
            why = "the pattern \"" + v + "\" matches no AWS action";
        } else {
            why = "\"" + v + "\" is not an action of " + catalog.service(v.substring(0, colon)).map(IamCatalog.Service::name)
                    .orElse(v.substring(0, colon));
        }
        Optional<IamAction> near = catalog.nearest(v);
        String hint = near.map(n -> "; did you mean " + n.fullName() + "?").orElse("");
        String message = why + " (IAM action catalog of " + catalog.dataDate() + "), so it grants nothing" + hint;
        Fix fix = null;
        if (near.isPresent()) {
            Optional<List<TextEdit>> edits = IamPolicies.replaceItem(p, s.actions(), a, List.of(near.get().fullName()));
            if (edits.isPresent()) {
                fix = Fix.unsafe("replace \"" + v + "\" with \"" + near.get().fullName() + "\"", edits.get());
            }
        }
        context.report(a.span(), message, fix);
    }
}
