package io.ccmlint.core.cloudformation;

import io.ccmlint.core.source.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What CloudFormation would reject a template for, and where ccm-lint stopped evaluating it (a
 * limit of its own, not an error of the template): once per place, every scenario evaluates the
 * same text. Each is a full CCM001 message.
 */
final class TemplateProblems {
    private final Map<Span, String> problems = new LinkedHashMap<>();
    private final boolean kept;
    private boolean limited;

    TemplateProblems() {
        this(true);
    }

    private TemplateProblems(boolean kept) {
        this.kept = kept;
    }

    /** Problems nobody reads: for the trial evaluations of {@link Scenarios}. */
    static TemplateProblems ignored() {
        return new TemplateProblems(false);
    }

    /** Something CloudFormation rejects the template for. */
    void add(Span at, String message) {
        put(at, "invalid CloudFormation template: " + message);
    }

    /**
     * A limit of ccm-lint that left part of a template unevaluated (the template may well be valid):
     * the first only, one is enough to say the template is not fully checked.
     */
    synchronized void limit(Span at, String message) {
        if (!limited) {
            limited = true;
            put(at, "CloudFormation template not fully evaluated: " + message);
        }
    }

    private synchronized void put(Span at, String message) {
        if (kept) {
            problems.putIfAbsent(at, message);
        }
    }

    void forEach(BiConsumer<Span, String> each) {
        problems.forEach(each);
    }
}
