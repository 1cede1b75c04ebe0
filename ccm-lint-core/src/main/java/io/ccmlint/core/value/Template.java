package io.ccmlint.core.value;

import io.ccmlint.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A string that is only partly known: literal text and holes, in order (a Terraform
 * {@code "harness:891928451355:${var.account}"}, a CloudFormation {@code !Sub}). A hole stands for
 * any string, the empty one included. Adjacent literals are merged and a template always has at
 * least one hole: a fully known string is not a template.
 */
public record Template(List<Part> parts) {
    /** One piece of a template. */
    public sealed interface Part permits Literal, Hole {
    }

    /** Known text. */
    public record Literal(String text) implements Part {
    }

    /**
     * Text not known at lint time. {@code expression} is how the source wrote it (for messages), e.g.
     * {@code var.account}; {@code reference} is what it refers to when it is one reference (a
     * Terraform traversal such as {@code aws_iam_role.connector.arn}), else null; {@code span} is
     * where, or null when it has no place of its own.
     */
    public record Hole(String expression, String reference, Span span) implements Part {
        /** A hole that is no reference. */
        public Hole(String expression, Span span) {
            this(expression, null, span);
        }
    }

    public Template {
        parts = merged(parts);
        if (parts.stream().noneMatch(p -> p instanceof Hole)) {
            throw new IllegalArgumentException("a template has at least one hole: " + parts);
        }
    }

    /** A value of which nothing is known. */
    public static Template unknown(String expression, Span span) {
        return new Template(List.of(new Hole(expression, span)));
    }

    /** True when no part of the text is known. */
    public boolean unknown() {
        return parts.stream().noneMatch(p -> p instanceof Literal);
    }

    /** The known text before the first hole ("" when the template starts with one). */
    public String knownPrefix() {
        return parts.get(0) instanceof Literal l ? l.text() : "";
    }

    /** The known text after the last hole ("" when the template ends with one). */
    public String knownSuffix() {
        return parts.get(parts.size() - 1) instanceof Literal l ? l.text() : "";
    }

    /** The literal texts, in order. */
    public List<String> literals() {
        return parts.stream().filter(p -> p instanceof Literal).map(p -> ((Literal) p).text()).toList();
    }

    /** For messages: the known text with each hole written {@code ${expression}}, as Terraform writes it. */
    public String display() {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Literal l) {
                b.append(l.text());
            } else {
                b.append("${").append(((Hole) p).expression()).append('}');
            }
        }
        return b.toString();
    }

    /** True when some filling of the holes gives exactly {@code text}. */
    public boolean couldEqual(String text) {
        return Globs.intersect(this, Globs.literal(text), false);
    }

    /**
     * True when some filling of the holes gives a string that the IAM glob {@code pattern} matches
     * ({@code *} any run, {@code ?} one character), compared case-insensitively when asked (actions).
     */
    public boolean couldMatchGlob(String pattern, boolean ignoreCase) {
        return Globs.intersect(this, Globs.iamGlob(pattern), ignoreCase);
    }

    /**
     * False only when no filling of the holes can match {@code regex} as a whole. The known prefix
     * decides (a prefix the regex cannot continue rules every filling out); later literal parts
     * are not consulted, so the answer errs on the side of "could match": an unknown is never
     * reported as wrong.
     */
    public boolean couldMatch(Pattern regex) {
        var m = regex.matcher(knownPrefix());
        return m.matches() || m.hitEnd();
    }

    /** The template as an IAM glob: literal {@code *} and {@code ?} keep their glob meaning, a hole is {@code *}. */
    public String asGlob() {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            b.append(p instanceof Literal l ? l.text() : "*");
        }
        return b.toString();
    }

    private static List<Part> merged(List<Part> parts) {
        List<Part> out = new ArrayList<>(parts.size());
        for (Part p : parts) {
            if (p instanceof Literal l && l.text().isEmpty()) {
                continue;
            }
            if (p instanceof Literal l && !out.isEmpty() && out.get(out.size() - 1) instanceof Literal prev) {
                out.set(out.size() - 1, new Literal(prev.text() + l.text()));
            } else {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }
}
