package io.ccmlint.core.value;

import io.ccmlint.core.source.Span;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One located scalar, whatever file it came from: the value a rule reads (a policy's action, a
 * trust condition's value, a connector's role ARN, a Kubernetes annotation), where it is written,
 * how it is written, and how much of it is known.
 *
 * <p>A known value is a {@code String}, {@code Boolean}, {@code java.math.BigDecimal} or null
 * ({@code template} is null). A value that is not fully known has a {@link Template} (its known
 * parts and holes) and no {@code value}. Rules ask {@link #known()} and the {@code could...}
 * questions; they never look for {@code ${} in text: a literal {@code ${aws:username}} in a JSON
 * policy is known text (an IAM policy variable), while a Terraform {@code "${var.x}"} is a hole.
 *
 * <p>A value of a document embedded in another value's text (policy JSON in an HCL heredoc or
 * string, the JSON {@code config} in a YAML string) has its span in the outer file, through the
 * outer value's escapes, and {@code within} says how that outer value is written: an edit escapes
 * for both (JSON, then the heredoc's <code>$${</code> or the YAML string's quotes).
 *
 * @param value the known value, or null (also when not known)
 * @param span where the value is written; for {@link ScalarStyle#HCL_EXPRESSION} the expression
 * @param style how it is written; edits are rendered in it
 * @param template the known parts and holes when the value is not fully known, else null
 * @param within the style of the outer value whose text holds this one, or null when it is written
 *               directly in its file
 */
public record Scalar(Object value, Span span, ScalarStyle style, Template template, ScalarStyle within) {
    public Scalar {
        Objects.requireNonNull(span);
        Objects.requireNonNull(style);
        if (template != null && value != null) {
            throw new IllegalArgumentException("a value is either known or a template, not both");
        }
    }

    /** A value written directly in its file. */
    public Scalar(Object value, Span span, ScalarStyle style, Template template) {
        this(value, span, style, template, null);
    }

    /** This value as part of a document embedded in an outer value written in {@code outer}. */
    public Scalar embeddedIn(ScalarStyle outer) {
        return new Scalar(value, span, style, template, outer);
    }

    /** A known value. */
    public static Scalar known(Object value, Span span, ScalarStyle style) {
        return new Scalar(value, span, style, null);
    }

    /** A value known only in part, or not at all. */
    public static Scalar partial(Template template, Span span, ScalarStyle style) {
        return new Scalar(null, span, style, Objects.requireNonNull(template));
    }

    /** True when the whole value is known (null included). */
    public boolean isKnown() {
        return template == null;
    }

    /** True when nothing of the value is known. */
    public boolean isUnknown() {
        return template != null && template.unknown();
    }

    /** True when some text is known and some is not. */
    public boolean isPartial() {
        return template != null && !template.unknown();
    }

    /** The known value as text (a number or boolean as written in Java), or null when not known or null. */
    public String known() {
        return template == null && value != null ? String.valueOf(value) : null;
    }

    /**
     * What the value refers to when it is one unknown reference and nothing else (a Terraform
     * {@code aws_iam_role.connector.arn}), else null: how models are linked across resources.
     */
    public String reference() {
        return template != null && template.parts().size() == 1 && template.parts().get(0) instanceof Template.Hole h
                ? h.reference() : null;
    }

    /** For messages: the known text, or the template with its holes as {@code ${expression}}. */
    public String display() {
        if (template != null) {
            return template.display();
        }
        return value == null ? "null" : String.valueOf(value);
    }

    /** True when the value is, or some filling of its holes makes it, exactly {@code text}. */
    public boolean couldEqual(String text) {
        return template == null ? text.equals(known()) : template.couldEqual(text);
    }

    /** True when the value is, or could be, a string matched by the IAM glob {@code pattern}. */
    public boolean couldMatchGlob(String pattern, boolean ignoreCase) {
        if (template != null) {
            return template.couldMatchGlob(pattern, ignoreCase);
        }
        String text = known();
        return text != null && io.ccmlint.core.iam.Wildcard.matches(pattern, text, ignoreCase);
    }

    /** True when both values are, or some filling of their holes makes them, the same text. */
    public boolean couldEqual(Scalar other) {
        if (template == null && known() == null || other.template == null && other.known() == null) {
            return false;
        }
        return template == null && other.template == null ? known().equals(other.known())
                : Globs.intersect(globOf(this), globOf(other), false);
    }

    /**
     * Read as an IAM pattern itself (a policy's Action or Resource, a {@code StringLike} value: its
     * {@code *} and {@code ?} are wildcards), true when it matches {@code text}, or does for some
     * filling of its holes (a hole matches any run). The other way round from {@link #couldMatchGlob}.
     */
    public boolean patternCouldMatch(String text, boolean ignoreCase) {
        String pattern = template != null ? template.asGlob() : known();
        return pattern != null && io.ccmlint.core.iam.Wildcard.matches(pattern, text, ignoreCase);
    }

    private static int[] globOf(Scalar s) {
        return s.template != null ? Globs.of(s.template) : Globs.literal(s.known());
    }

    /**
     * True when the value matches {@code regex} as a whole, or is not fully known and could: see
     * {@link Template#couldMatch}. A rule that reports values not matching a format asks
     * {@code !couldMatch(format)}, so nothing unknown is reported as wrong.
     */
    public boolean couldMatch(Pattern regex) {
        if (template != null) {
            return template.couldMatch(regex);
        }
        String text = known();
        return text != null && regex.matcher(text).matches();
    }

    /** True when the known value is a string (or the value is a template, which always makes a string). */
    public boolean isText() {
        return template != null || value instanceof String;
    }
}
