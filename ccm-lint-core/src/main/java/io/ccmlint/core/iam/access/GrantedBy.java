package io.ccmlint.core.iam.access;

import io.ccmlint.core.aws.ManagedPolicies;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.principal.PolicyAttachment;
import io.ccmlint.core.source.Span;

/** A statement that grants (or denies) access, and the attachment the principal has it through. */
public record GrantedBy(Statement statement, PolicyAttachment via) {
    static GrantedBy of(Grant g) {
        return new GrantedBy(g.statement(), g.source());
    }

    /**
     * Where a user sees it: the statement, or for an AWS managed policy (whose text is not in the
     * workspace) the place it is attached; null when neither is known.
     */
    public Span location() {
        if (!ManagedPolicies.get().holds(statement.span())) {
            return statement.span();
        }
        return via == null ? null : via.attachedAt();
    }

    /** "statement Pass", "AWS managed policy arn:aws:iam::aws:policy/PowerUserAccess". */
    public String describe() {
        if (ManagedPolicies.get().holds(statement.span())) {
            return "AWS managed policy " + (via != null && via.reference() != null ? via.reference().display() : via == null ? "" : via.policy().name());
        }
        return statement.sid() != null && statement.sid().isKnown() ? "statement " + statement.sid().known() : "statement";
    }
}
