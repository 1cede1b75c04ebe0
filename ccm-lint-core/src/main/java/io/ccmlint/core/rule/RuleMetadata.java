package io.ccmlint.core.rule;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What users see of a rule: the fixed ID and slug, a title, the default severity, the kinds of fix
 * it can emit, the public pages its requirement comes from, and its long text. Built-in rules do not
 * construct it: {@link Rule#metadata()} reads it from their {@link RuleInfo} and {@link RuleDoc}.
 *
 * @param fixes every kind of fix the rule can emit; empty when it only reports
 */
public record RuleMetadata(String id, String slug, String title, Severity defaultSeverity, Set<FixKind> fixes,
                           List<SourceLink> sources, RuleDoc doc) {
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*\\d{3}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public RuleMetadata {
        Objects.requireNonNull(title);
        Objects.requireNonNull(defaultSeverity);
        Objects.requireNonNull(doc);
        fixes = fixes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(fixes));
        sources = List.copyOf(sources);
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must look like CCM123: " + id);
        }
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("rule slug must be kebab-case: " + slug);
        }
    }

    /** The metadata a {@link RuleInfo} declares, with the rule.md its class loader ships. */
    public static RuleMetadata of(RuleInfo info, ClassLoader loader) {
        return new RuleMetadata(info.id(), info.slug(), info.title(), info.severity(), Set.of(info.fix()),
                Arrays.stream(info.sources()).map(SourceLink::of).toList(), RuleDoc.load(loader, info.id()));
    }

    /** Derived from the ID: {@code CCM3xx} rules are {@link Category#KUBERNETES}. */
    public Category category() {
        return Category.of(id);
    }

    public boolean fixable() {
        return !fixes.isEmpty();
    }
}
