package io.ccmlint.rules.iam;

import com.google.auto.service.AutoService;
import io.ccmlint.core.aws.catalog.IamAction;
import io.ccmlint.core.aws.catalog.IamCatalog;
import io.ccmlint.core.aws.catalog.ResourceType;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.value.Scalar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
        // plain loops, no streams or lambdas: this rule runs on every statement of every policy, and
        // the launcher's C1-only JIT makes each stream pipeline cost far more than the test it runs
        IamCatalog catalog = null;
        for (PolicyDocument p : context.workspace().permissionPolicies()) {
            for (Statement s : p.statements()) {
                List<Scalar> judged = checkable(s);
                if (judged == null) {
                    continue;
                }
                List<Scalar> actions = IamPolicies.allowedActions(s);
                if (actions.isEmpty()) {
                    continue;
                }
                if (catalog == null) {
                    catalog = IamCatalog.get();
                }
                check(context, catalog, s, judged, actions);
            }
        }
    }

    private static void check(RuleContext context, IamCatalog catalog, Statement s, List<Scalar> judged, List<Scalar> actions) {
        Resources resources = new Resources(judged);
        S3ResourceLevels.Kind s3 = S3ResourceLevels.resourcesKind(s);
        List<Mismatch> mismatches = new ArrayList<>();
        for (Scalar a : actions) {
            List<IamAction> matched = catalog.matching(a.known());
            // none: CCM107's; "*"-only: never a mismatch; the S3 bucket/object mix: CCM110's
            if (matched.isEmpty() || catalog.anyOnlyStar(a.known()) || S3ResourceLevels.wrongLevel(a, matched, s3)) {
                continue;
            }
            // the types the matched actions use, each once: what the actions were asked one by one
            List<ResourceType> types = catalog.resourceTypes(a.known());
            if (!resources.anyCouldBeOfAny(types) && !resources.anyOfAnotherService(types, catalog)) {
                mismatches.add(new Mismatch(a, types));
            }
        }
        if (!mismatches.isEmpty()) {
            report(context, s, mismatches);
        }
    }

    /**
     * The Resource values a statement is judged by ({@link #judged}), or null when the statement is
     * not checked: it has NotResource or no Resource, or some judged value is a {@code "*"} or a value
     * not known at all (it could be anything, so nothing there is a mismatch), or none is left. An
     * empty value is CCM002's and is left out.
     */
    private static List<Scalar> checkable(Statement s) {
        if (s.resources() == null || s.resources().negated()) {
            return null;
        }
        List<Scalar> values = judged(s.resources().values());
        if (values.isEmpty()) {
            return null;
        }
        for (Scalar r : values) {
            if (!r.isText() || r.isUnknown() || "*".equals(r.known())) {
                return null;
            }
        }
        return values;
    }

    /**
     * The Resource values a statement is judged by: all but those that name nothing, an empty value or
     * one of only separators and wildcards ({@code "/*"}: what {@code "${var.bucket_arn}/*"} gives with
     * a module's {@code ""} default for "not set"). Those are grammar questions (CCM002's), not ones of
     * resource types. The list itself when none is left out (the common case: no copy).
     */
    private static List<Scalar> judged(List<Scalar> values) {
        List<Scalar> out = null;
        for (int i = 0; i < values.size(); i++) {
            Scalar r = values.get(i);
            boolean nothing = r.isKnown() && r.known() != null && namesNothing(r.known());
            if (nothing && out == null) {
                out = new ArrayList<>(values.subList(0, i));
            } else if (!nothing && out != null) {
                out.add(r);
            }
        }
        return out == null ? values : out;
    }

    /**
     * A known Resource value that names nothing: not {@code "*"}, and blank once {@code *?/:} are
     * taken out, or a {@link #token}. Char scans, not {@code replaceAll} and a regular expression: this
     * runs on every resource of every policy ({@code ResourceTypeMismatchRuleTest} holds the scans to
     * the regular expressions).
     */
    static boolean namesNothing(String known) {
        return !"*".equals(known) && (onlySeparatorsOrBlank(known) || token(known));
    }

    /** {@code known.replaceAll("[*?/:]", "").isBlank()}: every char is one of {@code *?/:} or white space. */
    static boolean onlySeparatorsOrBlank(String known) {
        for (int i = 0; i < known.length(); i++) {
            char c = known.charAt(i);
            if (c != '*' && c != '?' && c != '/' && c != ':' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Upper case and underscores: a token some code replaces ({@code _S3_BUCKET_ARN_}), never an ARN
     * or a name. The regular expression {@code _*[A-Z][A-Z0-9]*(?:_+[A-Z0-9]+)*_*} as a scan: only
     * {@code [A-Z0-9_]}, and the first char that is not {@code _} is a letter.
     */
    static boolean token(String known) {
        int i = 0;
        while (i < known.length() && known.charAt(i) == '_') {
            i++;
        }
        if (i == known.length() || known.charAt(i) < 'A' || known.charAt(i) > 'Z') {
            return false;
        }
        for (; i < known.length(); i++) {
            char c = known.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static void report(RuleContext context, Statement s, List<Mismatch> mismatches) {
        Mismatch first = mismatches.get(0);
        List<String> names = mismatches.stream().map(m -> m.action().known()).toList();
        String who = mismatches.size() == 1 ? "\"" + names.get(0) + "\" grants"
                : IamPolicies.sample(names.stream().map(n -> "\"" + n + "\"").toList(), SHOWN) + " grant";
        String they = mismatches.size() == 1 ? "it acts" : "they act";
        Set<ResourceType> types = new LinkedHashSet<>();
        for (Mismatch m : mismatches) {
            types.addAll(m.types());
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

    /** An action value that grants nothing, and the resource types its actions use ({@link IamCatalog#resourceTypes}). */
    private record Mismatch(Scalar action, List<ResourceType> types) {
    }

    /** The statement's resources, with each resource type's answer kept: {@code s3:*} asks about the same types again and again. */
    static final class Resources {
        private final List<Scalar> values;
        // by identity: the catalog holds each resource type once, and a record's hash walks all its fields.
        // Sized small: one pair is made per statement checked, and most ask about a few types.
        private final Map<ResourceType, Boolean> named = new IdentityHashMap<>(8);
        private final Map<Scalar, Boolean> real = new IdentityHashMap<>(4); // the statement's own values

        Resources(List<Scalar> values) {
            this.values = values;
        }

        /**
         * True when some resource could be of one of {@code types} ({@link IamCatalog#resourceTypes}
         * of a pattern): some action the pattern matches acts on it.
         */
        boolean anyCouldBeOfAny(List<ResourceType> types) {
            // indexed loops here: asked for every action of every statement checked, and C1 allocates
            // each for-each's iterator
            for (int i = 0; i < types.size(); i++) {
                ResourceType t = types.get(i);
                Boolean known = named.get(t);
                if (known == null) {
                    known = anyCouldBe(t);
                    named.put(t, known);
                }
                if (known) {
                    return true;
                }
            }
            return false;
        }

        private boolean anyCouldBe(ResourceType t) {
            for (int i = 0; i < values.size(); i++) {
                if (t.couldMatch(values.get(i))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True when some resource is a real resource (of a type the catalog knows) of a service none
         * of {@code types} (the resource types of the actions) belong to. AWS authorizes some actions against another
         * service's resources that the reference does not list for them (AWS's own policies scope
         * ec2:StopInstances to License Manager configurations, ssm:DeregisterManagedInstance to EKS
         * clusters, WAF's association actions, which the reference lists only on the ALB or API they
         * attach to, to web ACLs), so such a resource never makes a mismatch. A value of one of the
         * actions' services, or one that names no known resource at all, still does.
         */
        boolean anyOfAnotherService(List<ResourceType> types, IamCatalog catalog) {
            Set<String> services = new HashSet<>();
            for (ResourceType t : types) {
                if (t.anyService()) {
                    return false; // a type of any service's ARN (AWS Backup's recovery points): matching decided
                }
                services.add(t.arnService().toLowerCase(Locale.ROOT));
            }
            for (Scalar r : values) {
                String service = ResourceType.serviceOf(r);
                if (service != null && !service.isEmpty() && !services.contains(service.toLowerCase(Locale.ROOT))
                        && isReal(r, service, catalog)) {
                    return true;
                }
            }
            return false;
        }

        /** True when {@code r} could be a resource of some type whose ARNs name {@code service}. */
        private boolean isReal(Scalar r, String service, IamCatalog catalog) {
            Boolean known = real.get(r);
            if (known == null) {
                known = false;
                for (ResourceType t : catalog.resourceTypesOfArnService(service)) {
                    if (t.couldMatch(r)) {
                        known = true;
                        break;
                    }
                }
                real.put(r, known);
            }
            return known;
        }
    }
}
