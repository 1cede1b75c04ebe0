package io.ccmlint.core.helm.template;

/**
 * A function's error return: execution stops with "error calling NAME: " and this message. When the
 * function ran a template that failed (Helm's include), {@code cause} is that template's error.
 */
public final class FunctionException extends Exception {
    private final transient TemplateError cause;
    private final boolean limit;

    public FunctionException(String message) {
        this(message, null);
    }

    public FunctionException(String message, TemplateError cause) {
        this(message, cause, cause != null && cause.kind() == TemplateError.Kind.LIMIT);
    }

    private FunctionException(String message, TemplateError cause, boolean limit) {
        super(message, null, false, false);
        this.cause = cause;
        this.limit = limit;
    }

    /** The function stopped because it would exceed a {@link RenderLimits} bound. */
    public static FunctionException limit(String message) {
        return new FunctionException(message, null, true);
    }

    /** Whether a render bound, not the template, stopped the function. */
    public boolean isLimit() {
        return limit;
    }

    public TemplateError templateError() {
        return cause;
    }
}
