package io.ccmlint.core.engine;

import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.Scope;
import java.util.List;

/**
 * What the {@link Scope#FILE} rules found on one file checked on its own, recorded the first time
 * they ran on its models and replayed while the file is unchanged. Such a rule's findings on a
 * one-file workspace depend on nothing but the file, so they are the same however the rest of the
 * workspace changed; every other rule runs again. One file is checked on one thread at a time.
 */
final class AloneRules {
    private final boolean[] fileScope;
    private final List<?>[] found;
    private final List<?>[] errors;

    /** @param fileScope per active rule, in the lint's rule order: true for a {@link Scope#FILE} rule */
    AloneRules(boolean[] fileScope) {
        this.fileScope = fileScope;
        this.found = new List<?>[fileScope.length];
        this.errors = new List<?>[fileScope.length];
    }

    /** Adds what rule {@code index} found before, when it was recorded; false: run it. */
    @SuppressWarnings("unchecked")
    boolean replay(int index, List<Finding> into, List<String> errorsInto) {
        List<?> f = found[index];
        if (f == null) {
            return false;
        }
        into.addAll((List<Finding>) f);
        errorsInto.addAll((List<String>) errors[index]);
        return true;
    }

    /** How many rules' findings are recorded (and will be replayed). */
    int recorded() {
        int n = 0;
        for (List<?> f : found) {
            n += f == null ? 0 : 1;
        }
        return n;
    }

    /** What rule {@code index} just found (and the errors it raised), kept when it is a {@link Scope#FILE} rule. */
    void record(int index, List<Finding> findings, List<String> errorsRaised) {
        if (fileScope[index]) {
            errors[index] = List.copyOf(errorsRaised);
            found[index] = List.copyOf(findings); // last: replay tests it
        }
    }
}
