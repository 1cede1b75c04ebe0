package io.ccmlint.core.iam;

import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.iam.access.Access;
import io.ccmlint.core.iam.access.GrantedBy;
import io.ccmlint.core.iam.access.Verdict;
import io.ccmlint.core.model.principal.IamPrincipal;
import io.ccmlint.core.model.principal.PolicyAttachment;
import io.ccmlint.core.model.principal.PrincipalKind;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Test adapter: IAM's decision on one request against a list of policies, asked of the one evaluator
 * ({@link io.ccmlint.core.iam.access.EffectivePermissions#decide}) as the decision of a principal
 * holding just these policies, and read back in the words the hand-made cases of
 * {@link PolicyEvaluatorTest} are written in ({@link Decision}). Those cases (a statement applies
 * when Action/NotAction and Resource/NotResource match, an explicit Deny wins, no Allow is an
 * implicit deny, conditions and unknown values make answers conditional, never allowed) are how
 * the evaluator is held to IAM's documented logic.
 */
public final class PolicyEvaluator {
    private PolicyEvaluator() {
    }

    /**
     * The result and the statements behind it.
     *
     * @param allowing every Allow statement that matched (with or without a condition)
     * @param denying every Deny statement that matched or, through an unknown value, could match
     */
    public record Evaluation(Decision decision, List<Statement> allowing, List<Statement> denying) {
        public Evaluation {
            Objects.requireNonNull(decision, "decision");
            allowing = List.copyOf(allowing);
            denying = List.copyOf(denying);
        }
    }

    /** Shorthand for {@code evaluate(policies, action, resource).decision()}. */
    public static Decision decide(Collection<PolicyDocument> policies, String action, String resource) {
        return evaluate(policies, action, resource).decision();
    }

    /**
     * Evaluates {@code action} (e.g. {@code ec2:DescribeRegions}) on {@code resource} (a literal:
     * {@code *} or an ARN) against the union of {@code policies}. The statement lists keep policy
     * order, then statement order.
     */
    public static Evaluation evaluate(Collection<PolicyDocument> policies, String action, String resource) {
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resource, "resource");
        List<PolicyAttachment> attached = policies.stream().map(PolicyAttachment::inline).toList();
        IamPrincipal holder = new IamPrincipal(PrincipalKind.ROLE, "policies", null, null, null, attached, null, null);
        Verdict v = Access.over(List.of(holder)).of(holder).decide(action, resource);
        Decision d = switch (v.level()) {
            case ALLOWED -> Decision.ALLOWED;
            case CONDITIONALLY_ALLOWED -> Decision.CONDITIONALLY_ALLOWED;
            case DENIED -> Decision.EXPLICITLY_DENIED;
            case UNKNOWN, NOT_ALLOWED -> Decision.NOT_ALLOWED; // an unknown value never makes an Allow match
        };
        return new Evaluation(d, v.allowing().stream().map(GrantedBy::statement).toList(),
                v.denying().stream().map(GrantedBy::statement).toList());
    }

}
