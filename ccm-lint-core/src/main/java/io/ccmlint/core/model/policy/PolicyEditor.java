package io.ccmlint.core.model.policy;

import io.ccmlint.core.fix.TextEdit;
import java.util.List;
import java.util.Optional;

/**
 * Renders changes to a policy as text edits in the syntax it was written in. An origin that cannot
 * express an edit returns empty: the rule then reports without a fix, never with a guess.
 */
public interface PolicyEditor {
    Optional<List<TextEdit>> addStatement(StatementSpec statement);

    /** Sets (or adds) the Version element. */
    Optional<List<TextEdit>> setVersion(String version);

    /** An editor for origins that cannot be edited. */
    PolicyEditor NONE = new PolicyEditor() {
        @Override
        public Optional<List<TextEdit>> addStatement(StatementSpec statement) {
            return Optional.empty();
        }

        @Override
        public Optional<List<TextEdit>> setVersion(String version) {
            return Optional.empty();
        }
    };
}
