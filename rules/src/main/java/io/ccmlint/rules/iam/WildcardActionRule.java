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

/** CCM102: {@code Allow} of {@code "*"} or {@code "<service>:*"}. */
@AutoService(Rule.class)
@RuleInfo(id = "CCM102", slug = "wildcard-action", title = "Wildcard action",
        severity = Severity.WARNING, fix = FixKind.UNSAFE,
        sources = {
            @Source(title = "AWS IAM User Guide: Security best practices in IAM",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html"),
            @Source(title = "AWS Service Authorization Reference",
                    url = "https://docs.aws.amazon.com/service-authorization/latest/reference/reference.html"),
            @Source(title = "Harness: AWS connector settings reference",
                    url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference"),
            @Source(title = "Harness: ECS deployments overview",
                    url = "https://developer.harness.io/docs/continuous-delivery/deploy-srv-diff-platforms/aws/ecs/ecs-deployment-tutorial"),
            @Source(title = "Harness: Set up CCM for AWS",
                    url = "https://developer.harness.io/docs/cloud-cost-management/get-started/onboarding-guide/set-up-cost-visibility-for-aws")})
public final class WildcardActionRule implements Rule {
    @Override
    public void check(RuleContext context) {
        IamPolicies.eachStatement(context.workspace(), (p, s) -> {
            List<Scalar> actions = IamPolicies.allowedActions(s);
            for (int i = 0; i < actions.size(); i++) { // by index: C1 allocates each for-each's iterator
                if (IamPolicies.fullWildcard(actions.get(i).known())) {
                    report(context, p, s, actions.get(i));
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
                what = "all " + all.size() + " " + svc + " actions (" + catalog.writeCount(v)
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
