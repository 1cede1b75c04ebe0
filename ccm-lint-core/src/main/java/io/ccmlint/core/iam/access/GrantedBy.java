package io.ccmlint.core.iam.access;

import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.principal.PolicyAttachment;

/** A statement that grants access, and the attachment the principal has it through. */
public record GrantedBy(Statement statement, PolicyAttachment via) {
    static GrantedBy of(Grant g) {
        return new GrantedBy(g.statement(), g.source());
    }
}
