package io.ccmlint.core.aws.catalog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Condition key names as IAM compares them: without regard to case, a defined key with a
 * placeholder ({@code ${TagKey}}, {@code <key>}, or the global keys page's final {@code /tag-key},
 * which some services copy) standing for every key with non-empty text in its place.
 */
final class KeyNames {
    private static final String TAG_KEY = "/tag-key";
    private static final Map<String, Pattern> TEMPLATES = new ConcurrentHashMap<>();

    private KeyNames() {
    }

    /** True when the defined key {@code defined} (perhaps a template) names {@code key}. */
    static boolean names(String defined, String key) {
        if (!isTemplate(defined)) {
            return defined.equalsIgnoreCase(key);
        }
        Pattern p = TEMPLATES.get(defined);
        if (p == null) {
            p = compile(defined);
            if (TEMPLATES.size() < IamCatalog.MEMO_LIMIT) {
                TEMPLATES.putIfAbsent(defined, p);
            }
        }
        return p.matcher(key).matches();
    }

    /** The part before the first {@code :}, or null when there is none. */
    static String prefix(String key) {
        int colon = key == null ? -1 : key.indexOf(':');
        return colon <= 0 ? null : key.substring(0, colon);
    }

    static boolean isTemplate(String defined) {
        return defined.contains("${") || defined.indexOf('<') >= 0 || endsWithTagKey(defined);
    }

    private static boolean endsWithTagKey(String defined) {
        return defined.regionMatches(true, defined.length() - TAG_KEY.length(), TAG_KEY, 0, TAG_KEY.length());
    }

    /** {@code ${Name}}, {@code <name>} and a final {@code /tag-key} stand for any non-empty text; the rest is literal, any case. */
    static Pattern compile(String template) {
        if (endsWithTagKey(template)) {
            template = template.substring(0, template.length() - TAG_KEY.length()) + "/${TagKey}";
        }
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = nextPlaceholder(template, i);
            if (open < 0) {
                regex.append(Pattern.quote(template.substring(i)));
                break;
            }
            int close = template.indexOf(template.charAt(open) == '$' ? '}' : '>', open);
            if (close < 0) {
                regex.append(Pattern.quote(template.substring(i)));
                break;
            }
            if (open > i) {
                regex.append(Pattern.quote(template.substring(i, open)));
            }
            regex.append(".+");
            i = close + 1;
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    private static int nextPlaceholder(String s, int from) {
        int dollar = s.indexOf("${", from);
        int angle = s.indexOf('<', from);
        if (dollar < 0) {
            return angle;
        }
        return angle < 0 ? dollar : Math.min(dollar, angle);
    }
}
