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
    /** Longest run of non-blank characters a message shows whole: a name the template gives, mostly. */
    static final int MAX_WORD = 80;
    /** Longest message. */
    static final int MAX_MESSAGE = 400;

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

    /** A parameter value CloudFormation rejects when the stack is created or updated (the template itself is valid). */
    void stackRejected(Span at, String message) {
        put(at, "CloudFormation rejects this stack: " + message);
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
            problems.putIfAbsent(at, readable(message));
        }
    }

    /**
     * A message that quotes the template's own text (names, keys, values) on one readable line: its
     * control characters escaped, a very long name shortened, the whole bounded.
     */
    static String readable(String message) {
        StringBuilder b = new StringBuilder(Math.min(message.length(), MAX_MESSAGE + 16));
        int word = 0;
        int i = 0;
        for (; i < message.length() && b.length() < MAX_MESSAGE; i++) {
            char c = message.charAt(i);
            word = c == ' ' ? 0 : word + 1;
            if (word > MAX_WORD) {
                if (word == MAX_WORD + 1) {
                    b.append("...");
                }
                continue;
            }
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return i < message.length() ? b.append("...").toString() : b.toString();
    }

    void forEach(BiConsumer<Span, String> each) {
        problems.forEach(each);
    }
}
