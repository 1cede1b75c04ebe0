package io.ccmlint.rules.iam;

import io.ccmlint.core.aws.catalog.IamAction;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.value.Scalar;
import java.util.List;

/**
 * CCM110's test, in one place: S3 object actions granted only on bucket ARNs, or bucket actions only
 * on object ARNs. CCM116 asks it too and stays silent where it holds: one mistake, one finding.
 */
final class S3ResourceLevels {
    static final String S3 = "arn:aws:s3:::";

    private S3ResourceLevels() {
    }

    enum Kind { BUCKET, OBJECT, OTHER }

    /**
     * A plain bucket ARN (no wildcard), an object ARN (with a key part), or something else. A policy
     * variable in the bucket part ({@code arn:aws:s3:::${aws:PrincipalTag/bucket}}) is known only when
     * IAM evaluates it and may hold a {@code /}: something else. One after the bucket's {@code /}
     * ({@code b/home/${aws:username}/*}) is part of an object ARN.
     */
    static Kind kind(String arn) {
        if (!arn.startsWith(S3) || arn.length() == S3.length()) {
            return Kind.OTHER;
        }
        String rest = arn.substring(S3.length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        int variable = io.ccmlint.core.iam.PolicyVariables.first(rest); // ${aws:PrincipalTag/x} holds a '/' of its own
        if (slash == 0 || bucket.indexOf('*') >= 0 || bucket.indexOf('?') >= 0 || (variable >= 0 && (slash < 0 || variable < slash))) {
            return Kind.OTHER;
        }
        return slash > 0 ? Kind.OBJECT : Kind.BUCKET;
    }

    /**
     * {@code BUCKET} when every Resource of the statement is a bucket ARN, {@code OBJECT} when every
     * one is an object ARN, else {@code OTHER} (also for NotResource, none, or a value Terraform
     * computes, which could be either; a policy variable such as {@code home/${aws:username}} is known text).
     */
    static Kind resourcesKind(Statement s) {
        if (s.resources() == null || s.resources().negated() || s.resources().values().isEmpty()) {
            return Kind.OTHER;
        }
        // indexed loops, not streams or for-each: CCM116 asks this of every statement it checks, and
        // C1-compiled streams and iterators allocate
        List<Scalar> resources = s.resources().values();
        for (int i = 0; i < resources.size(); i++) {
            if (resources.get(i).known() == null) {
                return Kind.OTHER;
            }
        }
        Kind first = kind(resources.get(0).known());
        for (int i = 1; i < resources.size(); i++) {
            if (kind(resources.get(i).known()) != first) {
                return Kind.OTHER;
            }
        }
        return first;
    }

    /**
     * True when the S3 action value {@code action}, matching the catalog's {@code matched}, acts only
     * on objects while the statement names only buckets ({@code resources == BUCKET}), or only on
     * buckets while it names only objects: CCM110's finding.
     */
    static boolean wrongLevel(Scalar action, List<IamAction> matched, Kind resources) {
        if (resources == Kind.OTHER || matched.isEmpty() || !IamPolicies.service(action.known()).equals("s3")) {
            return false;
        }
        return resources == Kind.BUCKET ? matched.stream().allMatch(S3ResourceLevels::objectOnly)
                : matched.stream().allMatch(S3ResourceLevels::bucketOnly);
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
