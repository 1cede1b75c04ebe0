package io.ccmlint.core.aws.catalog;

import java.util.List;

/**
 * A resource type of a service, e.g. S3's {@code object} with the ARN pattern
 * {@code arn:${Partition}:s3:::${BucketName}/${ObjectName}}.
 */
public record ResourceType(String service, String name, String arnPattern, List<String> conditionKeys) {
    public ResourceType {
        conditionKeys = List.copyOf(conditionKeys);
    }

    /**
     * True when {@code arn} (possibly with wildcards, as written in a policy) can name a resource of
     * this type: the pattern's {@code ${...}} placeholders match any text without {@code :}, or
     * without {@code /} for the last one. Wildcards in {@code arn} match anything.
     */
    public boolean accepts(String arn) {
        return ArnPatterns.accepts(arnPattern, arn);
    }
}
