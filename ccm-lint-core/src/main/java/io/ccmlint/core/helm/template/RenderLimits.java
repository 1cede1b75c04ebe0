package io.ccmlint.core.helm.template;

/**
 * Bounds on one execution, so that no template hangs or exhausts memory: evaluation steps (a range over
 * a huge integer stops here), nesting depth of template calls and ranges, and output size (also the
 * longest string a function may build). Hitting one is a located {@link TemplateError} of kind LIMIT.
 */
public record RenderLimits(long maxSteps, int maxDepth, long maxOutputBytes) {
    /** Generous for real charts (a large chart renders in well under a million steps). */
    public static final RenderLimits DEFAULT = new RenderLimits(10_000_000, 200, 64L * 1024 * 1024);

    public RenderLimits {
        if (maxSteps <= 0 || maxDepth <= 0 || maxOutputBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
