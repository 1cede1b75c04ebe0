package io.ccmlint.rules.iam;

import com.google.auto.service.AutoService;
import io.ccmlint.core.aws.catalog.ConditionKeys;
import io.ccmlint.core.aws.catalog.IamCatalog;
import io.ccmlint.core.iam.ConditionOperator;
import io.ccmlint.core.model.policy.Condition;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.value.Scalar;
import java.util.List;

/**
 * CCM114: in a permission policy, a condition key that is neither global nor supported by any
 * action the statement names (itself or through a resource type it uses): it is never in those
 * requests, so the condition is decided by its absence alone.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM114", slug = "condition-key-unsupported", title = "Condition key no action of the statement supports",
        severity = Severity.ERROR,
        sources = {
            @Source(title = "AWS Service Authorization Reference",
                    url = "https://docs.aws.amazon.com/service-authorization/latest/reference/reference.html"),
            @Source(title = "AWS IAM User Guide: AWS global condition context keys",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html"),
            @Source(title = "AWS IAM User Guide: IAM JSON policy elements: Condition operators",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html"),
            @Source(title = "AWS IAM User Guide: IAM Access Analyzer policy check reference",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html")})
public final class ConditionKeyUnsupportedRule implements Rule {
    @Override
    public void check(RuleContext context) {
        IamPolicies.eachStatement(context.workspace(), (p, s) -> {
            if (s.conditions().isEmpty() || s.actions() == null || s.actions().negated()) {
                // NotAction allows nearly every action: some of them may well support the key
                return;
            }
            List<String> actions = knownActions(s);
            for (Condition c : s.conditions()) {
                String key = c.key().known();
                if (key == null || key.isEmpty()) {
                    continue;
                }
                ConditionKeys keys = ConditionKeys.get();
                if (ConditionKeys.prefix(key) == null) {
                    String hint = keys.global("aws:" + key).isPresent() ? "; did you mean aws:" + key + "?" : "";
                    context.report(c.key().span(), "\"" + key + "\" is not a condition key: keys are written service:name"
                            + " (aws:SourceIp, s3:prefix)" + outcome(c) + hint);
                    continue;
                }
                if (actions == null || keys.support(key, actions) != ConditionKeys.Support.UNSUPPORTED) {
                    continue;
                }
                context.report(c.key().span(), "\"" + key + "\" is " + (key.regionMatches(true, 0, "aws:", 0, 4)
                        ? "not a global condition key, nor" : "not") + " a condition key of " + what(actions)
                        + " (IAM action catalog of " + IamCatalog.get().dataDate() + ")" + outcome(c));
            }
        });
    }

    /** The statement's Action values, or null when one is not known (Terraform computes it): then nothing is reported. */
    private static List<String> knownActions(Statement s) {
        List<String> out = new java.util.ArrayList<>();
        for (Scalar a : s.actions().values()) {
            if (!a.isKnown() || !IamPolicies.knownAction(a)) {
                return null;
            }
            out.add(a.known());
        }
        return out.isEmpty() ? null : out;
    }

    private static String what(List<String> actions) {
        if (actions.size() == 1) {
            String a = actions.get(0);
            return a.indexOf('*') >= 0 || a.indexOf('?') >= 0 ? "any action " + a + " matches" : a;
        }
        return "any of the actions " + IamPolicies.sample(actions, 3);
    }

    /** What the absent key does to the condition, as the Condition operators page describes it. */
    private static String outcome(Condition c) {
        Boolean whenAbsent = whenAbsent(c);
        if (whenAbsent == null) {
            return ": the condition never tests what it names";
        }
        return whenAbsent
                ? ": the key is never in the request, so the condition always holds and restricts nothing"
                : ": the key is never in the request, so the condition never holds and the statement never applies";
    }

    /** The value of the condition when its key is absent, or null when the operator is not known. */
    static Boolean whenAbsent(Condition c) {
        ConditionOperator op = ConditionOperator.parse(c.operator().known()).orElse(null);
        if (op == null) {
            return null;
        }
        if (op.family() == ConditionOperator.Family.NULL) {
            // Null true: "the key is absent" holds; Null false never does
            return c.values().size() == 1 && c.values().get(0).known() != null
                    ? Boolean.valueOf(c.values().get(0).known().equalsIgnoreCase("true")) : null;
        }
        if (op.ifExists() || ConditionOperator.FOR_ALL_VALUES.equals(op.qualifier())) {
            return true;
        }
        return !ConditionOperator.FOR_ANY_VALUE.equals(op.qualifier()) && op.negated();
    }
}
