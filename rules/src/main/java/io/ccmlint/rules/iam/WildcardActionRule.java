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

/** CCM102: {@code Allow} of {@code "*"} or {@code "<service>:*"}. */
public final class WildcardActionRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM102", "wildcard-action", "Wildcard action",
            Severity.WARNING, Category.IAM_POLICY,
            "\"Action\": \"*\" or \"<service>:*\" grants every action of every service, or of one service, including"
                    + " the ones AWS adds later, and the destructive and permission-changing ones (s3:* includes"
                    + " s3:DeleteBucket and s3:PutBucketPolicy). Grant the actions the workload calls. The unsafe fix"
                    + " narrows the wildcard only where the needed list is documented: the permission lists of the"
                    + " features a CCM connector enables (when the policy belongs to its role), the S3 read, write"
                    + " and read-write policies of the Harness AWS connector reference (from the policy's name or"
                    + " Sid), and the EC2/ECS deployment actions of the Harness EC2/ECS guide (in a Harness connector"
                    + " role's policy). Elsewhere there is no fix.",
            IamPolicies.CATALOG_SOURCE + "; Harness AWS connector reference (seed 002), EC2/ECS guide (seed 004), CCM"
                    + " docs (permissions per feature)", FixKind.UNSAFE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        IamPolicies.eachStatement(context.workspace(), (p, s) -> {
            for (Scalar a : IamPolicies.allowedActions(s)) {
                if (IamPolicies.fullWildcard(a.known())) {
                    report(context, p, s, a);
                }
            }
        });
    }

    private static void report(RuleContext context, PolicyDocument p, Statement s, Scalar a) {
        String v = a.known();
        IamCatalog catalog = IamCatalog.get();
        String what;
        if (v.equals("*")) {
            what = "every action of every AWS service";
        } else {
            String svc = IamPolicies.service(v);
            Optional<IamCatalog.Service> service = catalog.service(svc);
            if (service.isPresent() && !service.get().legacy()) {
                List<IamAction> all = catalog.matching(v);
                long writes = all.stream().filter(IamAction::writes).count();
                what = "all " + all.size() + " " + svc + " actions (" + writes
                        + " of them write or permissions management)";
            } else {
                what = "every " + svc + " action";
            }
        }
        String on = s.resources() == null ? "" : s.resources().negated() ? " on all but "
                + IamPolicies.list(IamPolicies.values(s.resources()))
                : " on " + IamPolicies.list(IamPolicies.values(s.resources()));
        String message = "\"" + v + "\" allows " + what + on
                + ", including any AWS adds later; grant only the actions needed";
        Fix fix = null;
        LeastPrivilege.Narrower narrower = LeastPrivilege.narrower(context.workspace(), p, s, v);
        if (narrower != null) {
            Optional<List<TextEdit>> edits = IamPolicies.replaceItem(p, s.actions(), a, narrower.actions());
            if (edits.isPresent()) {
                fix = Fix.unsafe("replace \"" + v + "\" with " + narrower.why() + ": "
                        + IamPolicies.sample(narrower.actions(), 6), edits.get()).within(s.span());
            }
        }
        context.report(a.span(), message, fix);
    }
}
