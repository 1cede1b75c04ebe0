package io.ccmlint.core.iam.access;

import io.ccmlint.core.aws.ManagedPolicies;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.principal.PolicyAttachment;
import io.ccmlint.core.source.Span;
import java.util.Objects;

/** A statement that grants (or denies) access, and the attachment the principal has it through. */
public record GrantedBy(Statement statement, PolicyAttachment via) {
    static GrantedBy of(Grant g) {
        return new GrantedBy(g.statement(), g.source());
    }

    /**
     * From the places only, consistent with the record's equality (equal statements have equal spans,
     * equal attachments equal places and groups). The record's own hash would walk the whole statement
     * and the attached document, every time a verdict collects the statements behind it.
     */
    @Override
    public int hashCode() {
        int h = statement == null ? 0 : Objects.hashCode(statement.span());
        return via == null ? h : 31 * (31 * h + Objects.hashCode(via.attachedAt())) + Objects.hashCode(via.viaGroup());
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
