package io.ccmlint.core.model.principal;

import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;

/**
 * One policy that applies to a principal, and where it was attached to it.
 *
 * @param policy the document (inline, customer managed, AWS managed from the bundled copies), or
 *               null when it cannot be read here (then {@code reference} says what was attached)
 * @param attachedAt where the attachment is written when it is written apart from the policy (a
 *                   {@code policy_arn}, an attachment block, a {@code ManagedPolicyArns} entry, a
 *                   {@code Roles:} entry of a policy); null for a policy written inside the principal
 * @param reference the ARN or expression as written, for AWS managed and unreadable policies; else null
 * @param viaGroup for a user, the address of the group it has the policy through; else null
 */
public record PolicyAttachment(PolicyDocument policy, Span attachedAt, Scalar reference, String viaGroup) {
    /** A policy written inside the principal, or attached where the attachment has no place of its own. */
    public static PolicyAttachment inline(PolicyDocument policy) {
        return new PolicyAttachment(policy, null, null, null);
    }

    /** True when the document is known. */
    public boolean readable() {
        return policy != null;
    }

    /** The same attachment, had by a user through group {@code group}. */
    public PolicyAttachment through(String group) {
        return new PolicyAttachment(policy, attachedAt, reference, group);
    }
}
