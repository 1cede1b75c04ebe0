package io.ccmlint.rules.iam;

import com.google.auto.service.AutoService;
import io.ccmlint.core.aws.catalog.IamCatalog;
import io.ccmlint.core.edit.ValueEdits;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * CCM110: S3 object actions granted only on bucket ARNs, or bucket actions only on object ARNs:
 * the grant does nothing (Harness's AWS connector settings reference: "Be mindful of object-level and bucket-level access").
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM110", slug = "s3-resource-level-mismatch", title = "S3 actions on the wrong kind of ARN",
        severity = Severity.WARNING, fix = FixKind.SAFE,
        sources = {
            @Source(title = "Harness: AWS connector settings reference",
                    url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference"),
            @Source(title = "AWS Service Authorization Reference: Actions, resources, and condition keys for Amazon S3",
                    url = "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html")})
public final class S3ResourceLevelMismatchRule implements Rule {
    @Override
    public void check(RuleContext context) {
        IamPolicies.eachStatement(context.workspace(), (p, s) -> {
            S3ResourceLevels.Kind kind = S3ResourceLevels.resourcesKind(s);
            if (kind == S3ResourceLevels.Kind.OTHER) {
                return;
            }
            IamCatalog catalog = IamCatalog.get();
            for (Scalar a : IamPolicies.allowedActions(s)) {
                if (S3ResourceLevels.wrongLevel(a, catalog.matching(a.known()), kind)) {
                    report(context, p, s, a, kind == S3ResourceLevels.Kind.BUCKET);
                    return;
                }
            }
        });
    }

    private static void report(RuleContext context, PolicyDocument p, Statement s, Scalar a, boolean objectAction) {
        List<Scalar> resources = s.resources().values();
        List<String> have = IamPolicies.values(s.resources());
        List<String> missing = new ArrayList<>();
        for (String r : have) {
            String other = objectAction ? r + "/*" : r.substring(0, r.indexOf('/', S3ResourceLevels.S3.length()));
            if (!have.contains(other) && !missing.contains(other)) {
                missing.add(other);
            }
        }
        String message = objectAction
                ? "\"" + a.known() + "\" acts on objects, but the statement allows it only on bucket ARNs "
                + IamPolicies.list(have) + ", so it allows nothing; objects are " + IamPolicies.list(missing)
                : "\"" + a.known() + "\" acts on buckets, but the statement allows it only on object ARNs "
                + IamPolicies.list(have) + ", so it allows nothing; the bucket is " + IamPolicies.list(missing);
        Fix fix = null;
        if (!missing.isEmpty() && IamPolicies.writtenInPolicy(p, s.resources())) {
            fix = ValueEdits.add(s.resources().valueSpan(), resources, missing)
                    .map(e -> Fix.safe("add " + IamPolicies.list(missing) + " to the statement's Resource", List.of(e))
                            .within(s.span()))
                    .orElse(null);
        }
        context.report(a.span(), message, fix);
    }
}
