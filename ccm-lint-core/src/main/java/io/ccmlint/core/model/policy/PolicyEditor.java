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

    /**
     * Makes {@code statement} require {@code operator: {key: values}}: the values are added to the
     * key when it is there (duplicates skipped), else the key, the operator or the whole Condition
     * element is created. Origins that cannot express it return empty.
     */
    default Optional<List<TextEdit>> addConditionValues(Statement statement, String operator, String key, List<String> values) {
        return Optional.empty();
    }

    /**
     * Moves {@code key} from operator {@code from} to operator {@code to} with {@code values}
     * (e.g. a wildcard sub from StringLike into an existing StringEquals), removing {@code from}
     * when it held only that key. Origins that cannot express it return empty.
     */
    default Optional<List<TextEdit>> moveConditionKey(Statement statement, String from, String to, String key,
                                                      List<String> values) {
        return Optional.empty();
    }

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
