package io.ccmlint.core.docs;

import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.RuleMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the generated rule pages ({@code docs/rules/<ID>.md}) are published. The base URL is a build
 * property ({@code ccm-lint.docs.baseUrl}) that a config can override ({@code docs: {baseUrl: ...}}).
 */
public final class RulePages {
    public static final String SUFFIX = ".md";
    private static final String DEFAULT_BASE_URL = load();

    private RulePages() {
    }

    /** The base URL this build was made with; ends with {@code /}. */
    public static String defaultBaseUrl() {
        return DEFAULT_BASE_URL;
    }

    /** {@code base}, or the build's default when null, ending with {@code /}. */
    public static String baseUrl(String base) {
        String b = base == null || base.isBlank() ? DEFAULT_BASE_URL : base.strip();
        return b.endsWith("/") ? b : b + "/";
    }

    /** The file name of a rule's page, e.g. {@code CCM101.md}. */
    public static String fileName(String ruleId) {
        return ruleId + SUFFIX;
    }

    /**
     * The page of a built-in rule under {@code base} (null: the build's default); empty for rules of
     * other jars, which have no page among ours.
     */
    public static Optional<String> url(String base, RuleMetadata rule) {
        return rule.category() == Category.OTHER ? Optional.empty() : Optional.of(baseUrl(base) + fileName(rule.id()));
    }

    private static String load() {
        try (InputStream in = RulePages.class.getResourceAsStream("docs.properties")) {
            Properties p = new Properties();
            if (in == null) {
                throw new IllegalStateException("docs.properties is missing from ccm-lint-core");
            }
            p.load(in);
            String url = p.getProperty("baseUrl", "");
            if (url.isBlank() || url.startsWith("${")) {
                throw new IllegalStateException("the build did not set ccm-lint.docs.baseUrl");
            }
            return url.endsWith("/") ? url : url + "/";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
