package io.ccmlint.rules.iam;

import com.google.auto.service.AutoService;
import io.ccmlint.core.aws.catalog.IamAction;
import io.ccmlint.core.aws.catalog.IamCatalog;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.model.policy.Located;
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
import java.util.Optional;

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
    private static final String S3 = "arn:aws:s3:::";

    @Override
    public void check(RuleContext context) {
        IamPolicies.eachStatement(context.workspace(), (p, s) -> {
            if (s.resources() == null || s.resources().negated() || s.resources().values().isEmpty()) {
                return;
            }
            List<Located<String>> resources = s.resources().values();
            if (resources.stream().anyMatch(r -> IamPolicies.unknown(r.value()) || kind(r.value()) == Kind.OTHER)) {
                return;
            }
            boolean allBuckets = resources.stream().allMatch(r -> kind(r.value()) == Kind.BUCKET);
            boolean allObjects = resources.stream().allMatch(r -> kind(r.value()) == Kind.OBJECT);
            if (!allBuckets && !allObjects) {
                return;
            }
            IamCatalog catalog = IamCatalog.get();
            for (Located<String> a : IamPolicies.allowedActions(s)) {
                if (!IamPolicies.service(a.value()).equals("s3")) {
                    continue;
                }
                List<IamAction> matched = catalog.matching(a.value());
                if (matched.isEmpty()) {
                    continue;
                }
                if (allBuckets && matched.stream().allMatch(S3ResourceLevelMismatchRule::objectOnly)) {
                    report(context, p, s, a, true);
                    return;
                }
                if (allObjects && matched.stream().allMatch(S3ResourceLevelMismatchRule::bucketOnly)) {
                    report(context, p, s, a, false);
                    return;
                }
            }
        });
    }

    private static void report(RuleContext context, PolicyDocument p, Statement s, Located<String> a, boolean objectAction) {
        List<Located<String>> resources = s.resources().values();
        List<String> have = IamPolicies.values(s.resources());
        List<String> missing = new ArrayList<>();
        for (String r : have) {
            String other = objectAction ? r + "/*" : r.substring(0, r.indexOf('/', S3.length()));
            if (!have.contains(other) && !missing.contains(other)) {
                missing.add(other);
            }
        }
        String message = objectAction
                ? "\"" + a.value() + "\" acts on objects, but the statement allows it only on bucket ARNs "
                + IamPolicies.list(have) + ", so it allows nothing; objects are " + IamPolicies.list(missing)
                : "\"" + a.value() + "\" acts on buckets, but the statement allows it only on object ARNs "
                + IamPolicies.list(have) + ", so it allows nothing; the bucket is " + IamPolicies.list(missing);
        Fix fix = null;
        if (!missing.isEmpty()) {
            List<String> all = new ArrayList<>(have);
            all.addAll(missing);
            Optional<List<TextEdit>> edits = resources.size() == 1
                    ? IamPolicies.replaceValue(p, s.resources(), resources.get(0), all)
                    : IamPolicies.replaceValue(p, s.resources(), resources.get(resources.size() - 1),
                    concat(resources.get(resources.size() - 1).value(), missing));
            if (edits.isPresent()) {
                fix = Fix.safe("add " + IamPolicies.list(missing) + " to the statement's Resource", edits.get()).within(s.span());
            }
        }
        context.report(a.span(), message, fix);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    enum Kind { BUCKET, OBJECT, OTHER }

    /** A plain bucket ARN (no wildcard), an object ARN (with a key part), or something else. */
    static Kind kind(String arn) {
        if (!arn.startsWith(S3) || arn.length() == S3.length()) {
            return Kind.OTHER;
        }
        String rest = arn.substring(S3.length());
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String bucket = rest.substring(0, slash);
            return bucket.indexOf('*') < 0 && bucket.indexOf('?') < 0 ? Kind.OBJECT : Kind.OTHER;
        }
        return rest.indexOf('*') < 0 && rest.indexOf('?') < 0 ? Kind.BUCKET : Kind.OTHER;
    }

    private static boolean objectOnly(IamAction a) {
        List<String> types = types(a);
        return types.contains("object") && !types.contains("bucket");
    }

    private static boolean bucketOnly(IamAction a) {
        List<String> types = types(a);
        return types.contains("bucket") && !types.contains("object");
    }

    /** The resource types an action can be scoped to (S3 marks none required: access points are the alternative). */
    private static List<String> types(IamAction a) {
        return a.resourceTypes().stream().map(u -> u.type().name()).toList();
    }
}
