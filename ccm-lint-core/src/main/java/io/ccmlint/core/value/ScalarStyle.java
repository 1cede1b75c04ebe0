package io.ccmlint.core.value;

import io.ccmlint.core.tree.Syntax;

/**
 * How a scalar is written in its file: the edit primitive renders a new value in the same style
 * (quoting and escaping included), and a value with no literal text of its own ({@link #HCL_EXPRESSION})
 * is never rewritten in place (nor is a CloudFormation intrinsic's result, {@link #YAML_INTRINSIC}).
 */
public enum ScalarStyle {
    /** {@code "text"} in JSON. */
    JSON_STRING(Syntax.JSON, true),
    /** A JSON number, {@code true}, {@code false} or {@code null}. */
    JSON_BARE(Syntax.JSON, false),
    /** A YAML plain scalar: {@code text}. */
    YAML_PLAIN(Syntax.YAML, false),
    /** {@code 'text'}: a quote is written twice. */
    YAML_SINGLE_QUOTED(Syntax.YAML, true),
    /** {@code "text"} with backslash escapes. */
    YAML_DOUBLE_QUOTED(Syntax.YAML, true),
    /** A literal block scalar ({@code |}). */
    YAML_LITERAL(Syntax.YAML, false),
    /** A folded block scalar ({@code >}). */
    YAML_FOLDED(Syntax.YAML, false),
    /** A quoted HCL template with no interpolation: {@code "text"}, {@code $${} and {@code %%{} escaped. */
    HCL_STRING(Syntax.HCL, true),
    /** An HCL heredoc ({@code <<EOF} or {@code <<-EOF}) with no interpolation. */
    HCL_HEREDOC(Syntax.HCL, false),
    /** An HCL number, {@code true}, {@code false} or {@code null}. */
    HCL_BARE(Syntax.HCL, false),
    /** A bare name as an HCL object key: {@code sub = ...}; a new key that is no identifier must be quoted. */
    HCL_IDENTIFIER(Syntax.HCL, false),
    /**
     * A value the source does not write: a provider default (an {@code aws_iam_policy_document}'s
     * version, a statement's effect). The span is the block it applies to; an edit adds the attribute.
     */
    HCL_DEFAULT(Syntax.HCL, false),
    /**
     * A value an HCL expression computes (a reference, a function call, an interpolating template):
     * the span is the expression, which is not the value's own text.
     */
    HCL_EXPRESSION(Syntax.HCL, false),
    /**
     * A value a CloudFormation intrinsic function computes in a YAML template ({@code !Sub} with
     * variables, {@code !Join}, a parameter's value from the configuration): the span is the
     * function, which is not the value's own text.
     */
    YAML_INTRINSIC(Syntax.YAML, false),
    /** The same in a JSON template ({@code {"Fn::Join": ...}}). */
    JSON_INTRINSIC(Syntax.JSON, false);

    private final Syntax syntax;
    private final boolean quoted;

    ScalarStyle(Syntax syntax, boolean quoted) {
        this.syntax = syntax;
        this.quoted = quoted;
    }

    public Syntax syntax() {
        return syntax;
    }

    /** True when the value is written between quotes. */
    public boolean quoted() {
        return quoted;
    }

    /** True when the span holds the value's own literal text, so it can be replaced by another literal. */
    public boolean literal() {
        return this != HCL_EXPRESSION && this != HCL_DEFAULT && this != YAML_INTRINSIC && this != JSON_INTRINSIC;
    }
}
