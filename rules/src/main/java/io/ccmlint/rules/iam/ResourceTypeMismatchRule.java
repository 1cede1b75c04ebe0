package io.ccmlint.rules.iam;

import com.google.auto.service.AutoService;
import io.ccmlint.core.aws.catalog.IamAction;
import io.ccmlint.core.aws.catalog.IamCatalog;
import io.ccmlint.core.aws.catalog.ResourceType;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.value.Scalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CCM116: an Allow statement names no resource that an action it allows acts on, so that action
 * grants nothing. An action pattern is reported only when none of the actions it matches can act on
 * any of the resources; an action AWS lets only {@code "*"} scope is never reported (the catalog
 * does not say it ignores a narrower ARN). Where CCM110 reports the S3 bucket/object mix, this rule
 * stays silent.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM116", slug = "resource-type-mismatch", title = "Action granted on no resource it acts on",
        severity = Severity.WARNING,
        sources = {
            @Source(title = "AWS Service Authorization Reference",
                    url = "https://docs.aws.amazon.com/service-authorization/latest/reference/reference.html"),
            @Source(title = "AWS IAM User Guide: IAM JSON policy elements: Resource",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html"),
            @Source(title = "AWS IAM User Guide: IAM Access Analyzer policy check reference",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html")})
public final class ResourceTypeMismatchRule implements Rule {
    private static final int SHOWN = 3;

    @Override
    public void check(RuleContext context) {
        IamPolicies.eachStatement(context.workspace(), (p, s) -> {
            List<Scalar> actions = IamPolicies.allowedActions(s);
            if (actions.isEmpty() || !checkable(s)) {
                return;
            }
            IamCatalog catalog = IamCatalog.get();
            Resources resources = new Resources(judged(s));
            S3ResourceLevels.Kind s3 = S3ResourceLevels.resourcesKind(s);
            List<Mismatch> mismatches = new ArrayList<>();
            for (Scalar a : actions) {
                List<IamAction> matched = catalog.matching(a.known());
                // none: CCM107's; "*"-only: never a mismatch; the S3 bucket/object mix: CCM110's
                if (matched.isEmpty() || matched.stream().anyMatch(IamAction::onlyStar)
                        || S3ResourceLevels.wrongLevel(a, matched, s3)) {
                    continue;
                }
                if (matched.stream().noneMatch(resources::anyActedOnBy) && !resources.anyOfAnotherService(matched, catalog)) {
                    mismatches.add(new Mismatch(a, matched));
                }
            }
            if (!mismatches.isEmpty()) {
                report(context, s, mismatches);
            }
        });
    }

    /**
     * A statement with Resource (not NotResource) whose every value is text that could be checked:
     * a {@code "*"} or a value not known at all could be anything, so nothing there is a mismatch.
     * An empty value is CCM002's and is left out.
     */
    private static boolean checkable(Statement s) {
        if (s.resources() == null || s.resources().negated()) {
            return false;
        }
        List<Scalar> values = judged(s);
        return !values.isEmpty() && values.stream().allMatch(r -> r.isText() && !r.isUnknown() && !"*".equals(r.known()));
    }

    /**
     * The Resource values a statement is judged by: all but those that name nothing, an empty value or
     * one of only separators and wildcards ({@code "/*"}: what {@code "${var.bucket_arn}/*"} gives with
     * a module's {@code ""} default for "not set"). Those are grammar questions (CCM002's), not ones of
     * resource types.
     */
    private static List<Scalar> judged(Statement s) {
        return s.resources().values().stream().filter(r -> !namesNothing(r)).toList();
    }

    private static boolean namesNothing(Scalar r) {
        return r.isKnown() && !"*".equals(r.known())
                && (r.known().replaceAll("[*?/:]", "").isBlank() || TOKEN.matcher(r.known()).matches());
    }

    /** Upper case and underscores: a token some code replaces ({@code _S3_BUCKET_ARN_}), never an ARN or a name. */
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("_*[A-Z][A-Z0-9]*(?:_+[A-Z0-9]+)*_*");

    private static void report(RuleContext context, Statement s, List<Mismatch> mismatches) {
        Mismatch first = mismatches.get(0);
        List<String> names = mismatches.stream().map(m -> m.action().known()).toList();
        String who = mismatches.size() == 1 ? "\"" + names.get(0) + "\" grants"
                : IamPolicies.sample(names.stream().map(n -> "\"" + n + "\"").toList(), SHOWN) + " grant";
        String they = mismatches.size() == 1 ? "it acts" : "they act";
        Set<ResourceType> types = new LinkedHashSet<>();
        for (Mismatch m : mismatches) {
            m.matched().forEach(a -> a.resourceTypes().forEach(u -> types.add(u.type())));
        }
        String message = who + " nothing here: none of the statement's resources "
                + IamPolicies.list(IamPolicies.values(s.resources())) + " is of a resource type " + they + " on: "
                + IamPolicies.sample(List.copyOf(types), SHOWN, ResourceTypeMismatchRule::describe);
        Finding.Builder f = context.finding(first.action().span(), message);
        for (Mismatch m : mismatches.subList(1, mismatches.size())) {
            f.related(m.action().span(), "\"" + m.action().known() + "\" grants nothing here either");
        }
        f.related(s.resources().valueSpan(), "the statement's resources");
        context.report(f);
    }

    /** {@code iam role (arn:${Partition}:iam::${Account}:role/${RoleNameWithPath})}: named by the service of its ARNs. */
    private static String describe(ResourceType t) {
        String service = t.anyService() ? t.service() : t.arnService();
        return service + " " + t.name() + " (" + t.arnPattern() + ")";
    }

    /** An action value that grants nothing, and the catalog's actions it matches. */
    private record Mismatch(Scalar action, List<IamAction> matched) {
    }

    /** The statement's resources, with each resource type's answer kept: {@code s3:*} asks about the same types again and again. */
    private static final class Resources {
        private final List<Scalar> values;
        private final Map<ResourceType, Boolean> named = new HashMap<>();
        private final Map<Scalar, Boolean> real = new HashMap<>();

        Resources(List<Scalar> values) {
            this.values = values;
        }

        /** True when some resource could be of some resource type the action acts on. */
        boolean anyActedOnBy(IamAction a) {
            for (IamAction.ResourceUse u : a.resourceTypes()) {
                if (named.computeIfAbsent(u.type(), t -> values.stream().anyMatch(t::couldMatch))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True when some resource is a real resource (of a type the catalog knows) of a service none
         * of the actions' resource types belong to. AWS authorizes some actions against another
         * service's resources that the reference does not list for them (AWS's own policies scope
         * ec2:StopInstances to License Manager configurations, ssm:DeregisterManagedInstance to EKS
         * clusters, WAF's association actions, which the reference lists only on the ALB or API they
         * attach to, to web ACLs), so such a resource never makes a mismatch. A value of one of the
         * actions' services, or one that names no known resource at all, still does.
         */
        boolean anyOfAnotherService(List<IamAction> matched, IamCatalog catalog) {
            if (matched.stream().anyMatch(a -> a.resourceTypes().stream().anyMatch(u -> u.type().anyService()))) {
                return false; // a type of any service's ARN (AWS Backup's recovery points): matching decided
            }
            Set<String> services = new HashSet<>();
            for (IamAction a : matched) {
                a.resourceTypes().forEach(u -> services.add(u.type().arnService().toLowerCase(Locale.ROOT)));
            }
            for (Scalar r : values) {
                String service = ResourceType.serviceOf(r);
                if (service != null && !service.isEmpty() && !services.contains(service.toLowerCase(Locale.ROOT))
                        && real.computeIfAbsent(r, x -> catalog.resourceTypesOfArnService(service).stream()
                                .anyMatch(t -> t.couldMatch(x)))) {
                    return true;
                }
            }
            return false;
        }
    }
}
