package io.ccmlint.core.fix;

import io.ccmlint.core.source.Span;
import java.util.List;

/**
 * A set of text edits (on one or more files) that resolves a finding. A safe fix cannot widen
 * access or break a working setup and is applied by default; unsafe ones need {@code --unsafe}.
 *
 * @param scope the structure the fix changes the meaning of (e.g. a policy statement), or null.
 *              Two fixes whose scopes meet are not applied in the same pass even when their edits
 *              do not touch: one renaming a condition key and one adding that key would make a
 *              duplicate. The second is recomputed on the fixed text in the next pass.
 */
public record Fix(String description, boolean safe, List<TextEdit> edits, Span scope) {
    public Fix {
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
    }

    public static Fix safe(String description, List<TextEdit> edits) {
        return new Fix(description, true, edits, null);
    }

    public static Fix unsafe(String description, List<TextEdit> edits) {
        return new Fix(description, false, edits, null);
    }

    /** The same fix, conflicting with any other fix in {@code span} within one pass. */
    public Fix within(Span span) {
        return new Fix(description, safe, edits, span);
    }

    /** True when this fix must not be applied in the same pass as {@code other}. */
    public boolean conflictsWith(Fix other) {
        for (TextEdit a : edits) {
            for (TextEdit b : other.edits) {
                if (a.overlaps(b)) {
                    return true;
                }
            }
        }
        return touches(scope, other.edits) || touches(other.scope, edits);
    }

    private static boolean touches(Span scope, List<TextEdit> edits) {
        if (scope == null) {
            return false;
        }
        for (TextEdit e : edits) {
            if (e.span().file() == scope.file() && e.span().start() <= scope.end() && scope.start() <= e.span().end()) {
                return true;
            }
        }
        return false;
    }
}
