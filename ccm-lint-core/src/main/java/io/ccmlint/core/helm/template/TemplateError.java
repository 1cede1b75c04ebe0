package io.ccmlint.core.helm.template;

import io.ccmlint.core.source.Span;

/**
 * Why a template could not be parsed or executed. {@link #message()} is the whole error as Go words it
 * ({@code template: name:3:14: executing "name" at <.x.y>: nil pointer evaluating interface {}.y});
 * {@link #detail()} is its last part. {@code span} is where (null only when no template was found);
 * {@code cause} is the error of a template a function ran (Helm's include), when that is what failed.
 */
public record TemplateError(Kind kind, String message, String detail, String templateName, Span span,
                            TemplateError cause) {
    public enum Kind {
        /** The text is not a valid template. */
        PARSE,
        /** Execution stopped on an error Go would report. */
        EXEC,
        /** A {@link RenderLimits} bound was hit; Go itself would have gone on (or hung). */
        LIMIT
    }

    /** The innermost error: for an include that failed, where it failed inside. */
    public TemplateError root() {
        TemplateError e = this;
        while (e.cause != null) {
            e = e.cause;
        }
        return e;
    }

    @Override
    public String toString() {
        return message;
    }
}
