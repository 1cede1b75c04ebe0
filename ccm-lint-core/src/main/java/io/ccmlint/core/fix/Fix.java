package io.ccmlint.core.fix;

import java.util.List;

/**
 * A set of text edits (on one or more files) that resolves a finding. A safe fix cannot widen
 * access or break a working setup and is applied by default; unsafe ones need {@code --unsafe}.
 */
public record Fix(String description, boolean safe, List<TextEdit> edits) {
    public Fix {
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
    }

    public static Fix safe(String description, List<TextEdit> edits) {
        return new Fix(description, true, edits);
    }

    public static Fix unsafe(String description, List<TextEdit> edits) {
        return new Fix(description, false, edits);
    }
}
