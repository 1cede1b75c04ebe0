package io.ccmlint.core.model.principal;

import io.ccmlint.core.aws.ManagedPolicies;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;

/**
 * One policy that applies to a principal, and where it was attached to it. The spans say which
 * line a reviewer sees change when the principal gets the policy, so a new attachment of an
 * unchanged policy can be reported where it is written.
 *
 * @param policy the document (inline, customer managed, AWS managed from the bundled copies), or
 *               null when it cannot be read here (then {@code reference} says what was attached)
 * @param attachedAt where the principal is given the policy when that is written apart from the
 *                   principal's own resource: a {@code policy_arn} value, a {@code managed_policy_arns}
 *                   or CloudFormation {@code ManagedPolicyArns} entry, an entry of a policy's
 *                   {@code Roles}/{@code Users}/{@code Groups} (also of an {@code aws_iam_policy_attachment}),
 *                   the {@code role}/{@code user}/{@code group} value of an {@code aws_iam_role_policy}
 *                   and its kin; for a boundary, its value. Null for a policy written inside the
 *                   principal ({@code inline_policy}, {@code Policies}, an eksctl inline document)
 * @param reference the ARN or expression the policy is attached by as written ({@code policy_arn},
 *                  a {@code ManagedPolicyArns} entry), or the expression of a document that cannot be
 *                  read; null for a document written out
 * @param viaGroup for a user, the address of the group it has the policy through (or, for a group
 *                 the workspace does not define, the group as written); else null
 * @param membershipAt with {@code viaGroup}: where the user is put in that group (a {@code Groups}
 *                     entry, a {@code users}/{@code groups} entry of a membership resource); else null
 */
public record PolicyAttachment(PolicyDocument policy, Span attachedAt, Scalar reference, String viaGroup,
                               Span membershipAt) {
    /** An attachment a principal has itself (not through a group). */
    public PolicyAttachment(PolicyDocument policy, Span attachedAt, Scalar reference, String viaGroup) {
        this(policy, attachedAt, reference, viaGroup, null);
    }

    /** A policy written inside the principal, or attached where the attachment has no place of its own. */
    public static PolicyAttachment inline(PolicyDocument policy) {
        return new PolicyAttachment(policy, null, null, null, null);
    }

    /**
     * A policy attached by an ARN that names no policy of the workspace: an AWS managed one is read
     * from the bundled copies; any other (or an ARN AWS does not have) cannot be read here.
     */
    public static PolicyAttachment byArn(Scalar arn, Span attachedAt) {
        PolicyDocument doc = arn.isKnown() ? ManagedPolicies.get().byArn(arn.known()).orElse(null) : null;
        return new PolicyAttachment(doc, attachedAt, arn, null, null);
    }

    /** True when the document is known. */
    public boolean readable() {
        return policy != null;
    }

    /** True when it is attached by the ARN of an AWS managed policy (readable or not). */
    public boolean awsManaged() {
        return reference != null && reference.isKnown() && ManagedPolicies.isManagedArn(reference.known());
    }

    /** The same attachment, had by a user through group {@code group} (where the membership is written unknown). */
    public PolicyAttachment through(String group) {
        return through(group, null);
    }

    /** The same attachment, had by a user through group {@code group}, a member by what is written at {@code membership}. */
    public PolicyAttachment through(String group, Span membership) {
        return new PolicyAttachment(policy, attachedAt, reference, group, membership);
    }
}
