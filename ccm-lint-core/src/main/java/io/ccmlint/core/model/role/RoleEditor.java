package io.ccmlint.core.model.role;

import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.model.policy.StatementSpec;
import java.util.List;
import java.util.Optional;

/** Renders changes to a role that no existing policy can take, e.g. a new inline policy. */
public interface RoleEditor {
    Optional<List<TextEdit>> addInlinePolicy(String policyName, StatementSpec statement);

    RoleEditor NONE = (name, statement) -> Optional.empty();
}
