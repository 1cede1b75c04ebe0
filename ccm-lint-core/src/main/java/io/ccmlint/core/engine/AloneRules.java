package io.ccmlint.core.engine;

import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.Scope;
import java.util.List;

/**
 * What each rule found on one file checked on its own, recorded when it ran on the file's models
 * and replayed while the file is unchanged: a {@link Scope#FILE} rule's findings there depend on
 * nothing but the file, so they are replayed however the rest of the workspace changed; another
 * rule's only while the workspace is the one they were found in (the same {@linkplain
 * LintMemory generation}). One file is checked on one thread at a time, one lint at a time.
 */
final class AloneRules {
    private final boolean[] fileScope;
    private final List<?>[] found;
    private final List<?>[] errors;
    private final int[] foundIn;
    /** The generation of the workspace of the lint now under way. */
    private int now;

    /** @param fileScope per active rule, in the lint's rule order: true for a {@link Scope#FILE} rule */
    AloneRules(boolean[] fileScope) {
        this.fileScope = fileScope;
        this.found = new List<?>[fileScope.length];
        this.errors = new List<?>[fileScope.length];
        this.foundIn = new int[fileScope.length];
    }

    /** Starts a lint whose workspace is of generation {@code generation}; returns how many rules it will replay. */
    int lintIn(int generation) {
        now = generation;
        int n = 0;
        for (int i = 0; i < found.length; i++) {
            n += replays(i) ? 1 : 0;
        }
        return n;
    }

    private boolean replays(int index) {
        return found[index] != null && (fileScope[index] || foundIn[index] == now);
    }

    /** Adds what rule {@code index} found before, when that still holds; false: run it. */
    @SuppressWarnings("unchecked")
    boolean replay(int index, List<Finding> into, List<String> errorsInto) {
        if (!replays(index)) {
            return false;
        }
        into.addAll((List<Finding>) found[index]);
        errorsInto.addAll((List<String>) errors[index]);
        return true;
    }

    /** What rule {@code index} just found on the file (and the errors it raised). */
    void record(int index, List<Finding> findings, List<String> errorsRaised) {
        errors[index] = List.copyOf(errorsRaised);
        found[index] = List.copyOf(findings);
        foundIn[index] = now;
    }
}
