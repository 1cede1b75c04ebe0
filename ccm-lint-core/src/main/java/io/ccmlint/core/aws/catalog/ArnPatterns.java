package io.ccmlint.core.aws.catalog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Matching of ARNs as written in policies against the catalog's ARN patterns. */
final class ArnPatterns {
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private ArnPatterns() {
    }

    /**
     * An approximation good enough for classification: each {@code ${...}} of the pattern matches
     * text without {@code :} (the last one anything, since resource names hold {@code /}); the
     * partition matches any partition. In {@code arn}, {@code *} and {@code ?} are taken as one
     * ordinary character, so {@code arn:aws:s3:::b/*} is an object ARN and {@code arn:aws:s3:::b}
     * a bucket ARN.
     */
    static boolean accepts(String pattern, String arn) {
        Pattern p = COMPILED.computeIfAbsent(pattern, ArnPatterns::compile);
        return p.matcher(arn.replace('*', 'x').replace('?', 'x')).matches();
    }

    private static Pattern compile(String pattern) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        int last = pattern.lastIndexOf("${");
        while (i < pattern.length()) {
            int open = pattern.indexOf("${", i);
            if (open < 0) {
                re.append(Pattern.quote(pattern.substring(i)));
                break;
            }
            re.append(Pattern.quote(pattern.substring(i, open)));
            int close = pattern.indexOf('}', open);
            if (close < 0) {
                re.append(Pattern.quote(pattern.substring(open)));
                break;
            }
            boolean tail = open == last && close == pattern.length() - 1;
            re.append(tail ? ".+" : "[^:/]*");
            i = close + 1;
        }
        return Pattern.compile(re.toString());
    }
}
