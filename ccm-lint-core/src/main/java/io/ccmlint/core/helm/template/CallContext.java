package io.ccmlint.core.helm.template;

/**
 * What a function sees of the execution calling it: the template set (Helm's {@code include} and
 * {@code tpl} need it), and a way to run a named template within the same bounds.
 */
public interface CallContext {
    TemplateSet templates();

    /** The bounds of this execution; a function building text should stay within {@link RenderLimits#maxOutputBytes()}. */
    RenderLimits limits();

    /**
     * Executes the named template with {@code data} as dot, one level deeper, sharing the calling
     * execution's step, depth and output budget; its output is returned. A failure (a limit included)
     * comes back as a FunctionException whose {@link FunctionException#templateError()} is located.
     */
    String executeTemplate(String name, Object data) throws FunctionException;

    /** As {@link #executeTemplate(String, Object)}, with a template of another set (a {@link TemplateSet#copy()}). */
    String executeTemplate(TemplateSet set, String name, Object data) throws FunctionException;
}
