package io.ccmlint.core.iam;

import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.policy.ValueSet;
import io.ccmlint.core.value.Scalar;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a set of identity-based policies (the union attached to one role) allows an
 * action on a resource, with IAM's rules: a statement applies when its Action/NotAction and its
 * Resource/NotResource both match; an explicit Deny beats any Allow; without a matching Allow the
 * answer is an implicit deny. Conditions are not evaluated (the request is unknown), they only
 * make an answer conditional: see {@link Decision}. Principal is ignored.
 *
 * <p>Choices for input the lint cannot know or that IAM would reject:
 * <ul>
 *   <li>A statement without an Effect of exactly {@code Allow}/{@code Deny}, without
 *       Action/NotAction or Resource/NotResource, or with an empty value list there (including a
 *       value of the wrong shape) never applies; the schema rule reports it.</li>
 *   <li>A {@code "Condition": {}} with no operator counts as unconditional.</li>
 *   <li>A pattern not fully known (a Terraform hole, {@link io.ccmlint.core.value.Scalar#isKnown()}
 *       false) or holding an IAM policy variable ({@link PolicyVariables}) is uncertain. It never
 *       makes an Allow match, so unknowns cannot produce {@link Decision#ALLOWED}. If a Deny could
 *       match once each hole and variable is read as {@code *}, that Deny is treated
 *       like a conditional Deny: it can lower an allow to {@link Decision#CONDITIONALLY_ALLOWED} but
 *       never produce {@link Decision#EXPLICITLY_DENIED}. Unknown values in NotAction/NotResource
 *       are handled the same way (a NotAction entry that could match makes the statement "maybe").</li>
 * </ul>
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
        List<Statement> allowing = new ArrayList<>();
        List<Statement> denying = new ArrayList<>();
        boolean unconditionalAllow = false;
        boolean unconditionalDeny = false;
        boolean uncertainDeny = false;
        for (PolicyDocument policy : policies) {
            for (Statement s : policy.statements()) {
                if (!s.isAllow() && !s.isDeny()) {
                    continue;
                }
                Match m = applies(s, action, resource);
                if (m == Match.NO) {
                    continue;
                }
                if (s.isAllow()) {
                    if (m == Match.YES) {
                        allowing.add(s);
                        unconditionalAllow |= !s.hasConditions();
                    }
                } else {
                    denying.add(s);
                    if (m == Match.YES && !s.hasConditions()) {
                        unconditionalDeny = true;
                    } else {
                        uncertainDeny = true;
                    }
                }
            }
        }
        Decision d;
        if (unconditionalDeny) {
            d = Decision.EXPLICITLY_DENIED;
        } else if (allowing.isEmpty()) {
            d = Decision.NOT_ALLOWED;
        } else if (unconditionalAllow && !uncertainDeny) {
            d = Decision.ALLOWED;
        } else {
            d = Decision.CONDITIONALLY_ALLOWED;
        }
        return new Evaluation(d, allowing, denying);
    }

    private static Match applies(Statement s, String action, String resource) {
        Match a = matchSet(s.actions(), action, true);
        if (a == Match.NO) {
            return Match.NO;
        }
        return a.and(matchSet(s.resources(), resource, false));
    }

    /** Action/NotAction or Resource/NotResource against one value. */
    private static Match matchSet(ValueSet set, String value, boolean ignoreCase) {
        if (set == null || set.values().isEmpty()) {
            return Match.NO;
        }
        Match any = Match.NO;
        for (Scalar p : set.values()) {
            Match m = matchPattern(p, value, ignoreCase);
            if (m == Match.YES) {
                any = Match.YES;
                break;
            }
            if (m == Match.MAYBE) {
                any = Match.MAYBE;
            }
        }
        return set.negated() ? any.not() : any;
    }

    /**
     * One Action/Resource pattern against the request's value: YES when it matches, MAYBE when only
     * what Terraform computes (a hole) or the request brings (an IAM policy variable) could make it
     * match, NO when nothing can.
     */
    private static Match matchPattern(Scalar pattern, String value, boolean ignoreCase) {
        if (PolicyVariables.present(pattern)) {
            return Wildcard.matches(PolicyVariables.requestPattern(pattern), value, ignoreCase) ? Match.MAYBE : Match.NO;
        }
        if (!pattern.patternCouldMatch(value, ignoreCase)) {
            return Match.NO;
        }
        return pattern.isKnown() ? Match.YES : Match.MAYBE;
    }

    /** Three-valued match: MAYBE when only an unknown value could make it match. */
    private enum Match {
        YES, MAYBE, NO;

        Match not() {
            return this == YES ? NO : this == NO ? YES : MAYBE;
        }

        Match and(Match o) {
            return this == NO || o == NO ? NO : this == MAYBE || o == MAYBE ? MAYBE : YES;
        }
    }
}
