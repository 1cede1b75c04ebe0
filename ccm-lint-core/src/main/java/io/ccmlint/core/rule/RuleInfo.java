package io.ccmlint.core.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Everything users see of a rule, declared once on its class (like Error Prone's
 * {@code @BugPattern}). {@link Rule#metadata()} reads it; the category follows from the ID
 * ({@link Category#of}), and the long text is the Markdown {@link RuleDoc} shipped next to the
 * rule's examples ({@code META-INF/ccm-lint/examples/<ID>/rule.md}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** The fixed ID, e.g. {@code CCM101}: users write it in configs and suppressions. */
    String id();

    /** The fixed kebab-case name, e.g. {@code describe-regions-missing}. */
    String slug();

    /** One line, shown in lists and as the SARIF short description. */
    String title();

    Severity severity();

    /** Every kind of fix the rule can emit; none when it only reports. Tests hold the examples to it. */
    FixKind[] fix() default {};

    /** The public pages the requirement comes from. */
    Source[] sources() default {};

    /**
     * The parts of a workspace the rule reports on: a workspace with none of them is not given to
     * it. None (the default): every workspace. A rule that reads other parts only to judge these
     * (CCM302 reads the roles' trust to judge a service account) names only these.
     * {@code RuleReportsOnTest} holds each declaration to the rule's findings on every example.
     */
    WorkspacePart[] reportsOn() default {};
}
