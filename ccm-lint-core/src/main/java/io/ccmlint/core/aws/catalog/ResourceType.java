package io.ccmlint.core.aws.catalog;

import io.ccmlint.core.value.Scalar;
import java.util.List;

/**
 * A resource type of a service, e.g. S3's {@code object} with the ARN pattern
 * {@code arn:${Partition}:s3:::${BucketName}/${ObjectName}}.
 */
public record ResourceType(String service, String name, String arnPattern, List<String> conditionKeys) {
    public ResourceType {
        conditionKeys = List.copyOf(conditionKeys);
    }

    /** The service field of the ARN pattern ({@code s3}; {@code ${Vendor}} where any service's resources fit), or "". */
    public String arnService() {
        return arnService(arnPattern);
    }

    /** True when the ARN pattern's service is a placeholder ({@code ${Vendor}}): resources of any service fit. */
    public boolean anyService() {
        int start = serviceStart(arnPattern);
        return start >= 0 && arnPattern.startsWith("${", start);
    }

    /**
     * The service field of a Resource value ({@code s3} of {@code arn:aws:s3:::b/*}) when the value
     * writes it out; null when a wildcard, policy variable or unknown part may stand there; "" when
     * the value is no ARN at all (it does not start with {@code arn:}).
     */
    public static String serviceOf(Scalar resource) {
        return ArnPatterns.serviceField(ArnPatterns.resourceTokens(resource));
    }

    static String arnService(String pattern) {
        // the third field, when a fourth follows: pattern.split(":", 4)[2] without the array (CCM116
        // asks it of every resource type of the actions it judges; ResourceTypeMatchTest compares them)
        int start = serviceStart(pattern);
        return start < 0 ? "" : pattern.substring(start, pattern.indexOf(':', start));
    }

    /** Where the third field of an ARN pattern starts, when a fourth follows it; -1 otherwise. */
    private static int serviceStart(String pattern) {
        int first = pattern.indexOf(':');
        int second = first < 0 ? -1 : pattern.indexOf(':', first + 1);
        int third = second < 0 ? -1 : pattern.indexOf(':', second + 1);
        return third < 0 ? -1 : second + 1;
    }

    /**
     * A classification of {@code arn} as written in a policy: true when it has this type's shape,
     * its {@code *} and {@code ?} taken as ordinary characters (so {@code arn:aws:s3:::b/*} is an
     * object ARN, not a bucket ARN). The pattern's {@code ${...}} placeholders match any text
     * without {@code :} or {@code /}, the last one anything.
     */
    public boolean accepts(String arn) {
        return ArnPatterns.accepts(arnPattern, arn);
    }

    /**
     * True when the Resource value {@code resource} could name some resource of this type, as IAM
     * matches it: its wildcards, its policy variables ({@code ${aws:username}}) and its parts not
     * known at lint time stand for any text. False only when no such filling gives an ARN of this
     * type's pattern (a placeholder of the region or account field is a non-empty field, except an
     * SSM account, empty in AWS's own parameters; one of the resource part is any text).
     */
    public boolean couldMatch(Scalar resource) {
        return ArnPatterns.couldMatch(arnPattern, resource);
    }
}
