package io.ccmlint.core.engine;

import io.ccmlint.core.rule.Finding;
import java.util.List;

/**
 * What each rule found on one file checked on its own, recorded when it ran on the file's models
 * and replayed while the file is unchanged. A rule that asked its one-file workspace nothing across
 * files ({@link io.ccmlint.core.workspace.Workspace#alone(io.ccmlint.core.workspace.Workspace,
 * io.ccmlint.core.workspace.Workspace.Builder, Runnable) derived values, role ARNs}) found what it
 * found from the file alone: replayed however the rest of the workspace changed. One that asked:
 * replayed only while the workspace is the one it was found in (the same {@linkplain LintMemory
 * generation}). One file is checked on one thread at a time, one lint at a time.
 */
final class AloneRules {
    private final List<?>[] found;
    private final List<?>[] errors;
    private final boolean[] askedWhole;
    private final int[] foundIn;
    /** The generation of the workspace of the lint now under way. */
    private int now;
    /** Every rule replays in the lint under way. */
    private boolean allReplay;
    /** What checking the file gave when every rule last ran or replayed on it, and the suppressions' day then. */
    private Linter.AloneOutcome outcome;
    private java.time.LocalDate outcomeDay;

    /** @param rules how many rules the lint runs (this memory's rules, in the lint's order) */
    AloneRules(int rules) {
        this.found = new List<?>[rules];
        this.errors = new List<?>[rules];
        this.askedWhole = new boolean[rules];
        this.foundIn = new int[rules];
    }

    /** Starts a lint whose workspace is of generation {@code generation}; returns how many rules it will replay. */
    int lintIn(int generation) {
        now = generation;
        int n = 0;
        for (int i = 0; i < found.length; i++) {
            n += replays(i) ? 1 : 0;
        }
        allReplay = n == found.length;
        return n;
    }

    private boolean replays(int index) {
        return found[index] != null && (!askedWhole[index] || foundIn[index] == now);
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

    /** The outcome of the last check when every rule replays now and the suppressions judge the same day; else null. */
    Linter.AloneOutcome unchanged(java.time.LocalDate day) {
        return allReplay && outcome != null && day.equals(outcomeDay) ? outcome : null;
    }

    /** What checking the file gave, its suppressions applied on {@code day}. */
    void outcome(Linter.AloneOutcome checked, java.time.LocalDate day) {
        outcome = checked;
        outcomeDay = day;
    }

    /** What rule {@code index} just found on the file (and the errors it raised), and whether it asked across files. */
    void record(int index, List<Finding> findings, List<String> errorsRaised, boolean askedAcross) {
        errors[index] = List.copyOf(errorsRaised);
        found[index] = List.copyOf(findings);
        askedWhole[index] = askedAcross;
        foundIn[index] = now;
        outcome = null;
    }
}
