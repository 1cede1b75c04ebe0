package io.ccmlint.core.tree;

import java.time.Duration;

/**
 * Explicit limits for every reader, so hostile input is a finding instead of a crash or an
 * unbounded allocation. Set in the configuration under {@code limits:}; {@code --file-timeout}
 * overrides {@link #fileTimeout}.
 *
 * @param maxNestingDepth brackets, mappings, blocks and templates nested deeper are an error (JSON, YAML, HCL)
 * @param maxStringLength a longer string value is an error (JSON)
 * @param maxDocumentLength a larger file (bytes) is not read
 * @param maxAliasesForCollections YAML aliases to collections per document (billion laughs)
 * @param maxYamlNodes YAML nodes per document after alias expansion
 * @param fileTimeout reading one file (or evaluating one Terraform folder) taking longer is a finding
 */
public record ParseLimits(int maxNestingDepth, int maxStringLength, long maxDocumentLength, int maxAliasesForCollections,
                          int maxYamlNodes, Duration fileTimeout) {
    public static final Duration DEFAULT_FILE_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_YAML_NODES = 2_000_000;
    public static final ParseLimits DEFAULT = new ParseLimits(500, 20_000_000, 64L * 1024 * 1024, 50,
            DEFAULT_MAX_YAML_NODES, DEFAULT_FILE_TIMEOUT);

    public ParseLimits {
        if (maxNestingDepth < 1 || maxStringLength < 1 || maxDocumentLength < 1 || maxAliasesForCollections < 0
                || maxYamlNodes < 1) {
            throw new IllegalArgumentException("parse limits must be positive");
        }
        if (fileTimeout == null || fileTimeout.isNegative() || fileTimeout.isZero()) {
            throw new IllegalArgumentException("the file timeout must be positive");
        }
    }

    public ParseLimits(int maxNestingDepth, int maxStringLength, long maxDocumentLength, int maxAliasesForCollections) {
        this(maxNestingDepth, maxStringLength, maxDocumentLength, maxAliasesForCollections, DEFAULT_MAX_YAML_NODES,
                DEFAULT_FILE_TIMEOUT);
    }

    public ParseLimits withFileTimeout(Duration timeout) {
        return new ParseLimits(maxNestingDepth, maxStringLength, maxDocumentLength, maxAliasesForCollections, maxYamlNodes,
                timeout);
    }

    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile("([0-9]{1,9})(ms|s|m)?");

    /**
     * A duration as written in the configuration or on the command line: {@code 30s}, {@code 500ms},
     * {@code 2m}, or a bare number of seconds.
     */
    public static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher m = DURATION.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: \"" + text + "\" (expected e.g. 30s, 500ms or 2m)");
        }
        long n = Long.parseLong(m.group(1));
        Duration d = m.group(2) == null || m.group(2).equals("s") ? Duration.ofSeconds(n)
                : m.group(2).equals("ms") ? Duration.ofMillis(n) : Duration.ofMinutes(n);
        if (d.isZero()) {
            throw new IllegalArgumentException("a timeout must be positive: \"" + text + "\"");
        }
        return d;
    }

    /** The duration as a user writes it: {@code 30s}, {@code 500ms}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }
}
