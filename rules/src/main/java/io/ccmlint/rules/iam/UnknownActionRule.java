package io.ccmlint.rules.iam;

import io.ccmlint.core.aws.catalog.IamAction;
import io.ccmlint.core.aws.catalog.IamCatalog;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import java.util.List;
import java.util.Optional;

/** CCM107: an action or pattern that matches no action of the bundled IAM action catalog. */
public final class UnknownActionRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM107", "unknown-action", "Action matches no IAM action",
            Severity.ERROR, Category.IAM_POLICY,
            "IAM accepts any action name: a typo such as ec2:DescribeRegion (for ec2:DescribeRegions) or a pattern"
                    + " that matches nothing grants nothing, silently, and the call it was meant for fails with"
                    + " AccessDenied later. Every Action and NotAction value is checked against the bundled catalog"
                    + " of AWS actions (see `ccm-lint rules` for its date); wildcards match as IAM matches them,"
                    + " case-insensitively. Values Terraform computes are unknown and not checked. The unsafe fix"
                    + " replaces a misspelt action with the one catalog action of the same service that is closest"
                    + " (at most 3 edits), when there is exactly one.",
            IamPolicies.CATALOG_SOURCE, FixKind.UNSAFE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

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
