package io.ccmlint.core.model.policy;

import java.util.List;

/** A statement to add, independent of syntax. {@code sid} may be null. */
public record StatementSpec(String sid, Effect effect, List<String> actions, List<String> resources) {
    public StatementSpec {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
    }
}
