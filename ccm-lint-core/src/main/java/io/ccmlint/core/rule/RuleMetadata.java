package io.ccmlint.core.rule;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What users see of a rule: the fixed ID and slug, a title, the default severity, why it matters,
 * where the requirement comes from, and whether it can fix what it finds.
 */
public record RuleMetadata(String id, String slug, String title, Severity defaultSeverity, Category category,
                           String rationale, String source, FixKind fix) {
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*\\d{3}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public RuleMetadata {
        Objects.requireNonNull(title);
        Objects.requireNonNull(defaultSeverity);
        Objects.requireNonNull(category);
        Objects.requireNonNull(rationale);
        Objects.requireNonNull(fix);
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must look like CCM123: " + id);
        }
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("rule slug must be kebab-case: " + slug);
        }
    }
}
