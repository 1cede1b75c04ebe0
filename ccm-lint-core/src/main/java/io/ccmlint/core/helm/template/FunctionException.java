package io.ccmlint.core.helm.template;

/**
 * A function's error return: execution stops with "error calling NAME: " and this message. When the
 * function ran a template that failed (Helm's include), {@code cause} is that template's error.
 */
public final class FunctionException extends Exception {
    private final transient TemplateError cause;

    public FunctionException(String message) {
        this(message, null);
    }

    public FunctionException(String message, TemplateError cause) {
        super(message, null, false, false);
        this.cause = cause;
    }

    public TemplateError templateError() {
        return cause;
    }
}
