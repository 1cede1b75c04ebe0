package io.ccmlint.rules.iam;

import com.google.auto.service.AutoService;
import io.ccmlint.core.aws.catalog.ConditionKeys;
import io.ccmlint.core.iam.ConditionOperator;
import io.ccmlint.core.model.policy.Condition;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;

/**
 * CCM118: {@code ForAllValues:} on a key the catalog types single-valued (not {@code ArrayOf...}),
 * or {@code ForAnyValue:} where it decides otherwise than the plain operator. Located at the
 * operator. An identity provider's keys ({@code <oidc-provider>:sub}/{@code :aud}, {@code saml:})
 * have no type in {@link ConditionKeys}, so a set operator on them is CCM204's alone.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM118", slug = "set-operator-misuse", title = "Set operator on a single-valued condition key",
        severity = Severity.WARNING,
        sources = {
            @Source(title = "AWS IAM User Guide: Single-valued vs. multivalued context keys",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html"),
            @Source(title = "AWS IAM User Guide: Conditions with multiple context keys or values",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html"),
            @Source(title = "AWS IAM User Guide: IAM Access Analyzer policy check reference",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html")})
public final class SetOperatorMisuseRule implements Rule {
    @Override
    public void check(RuleContext context) {
        for (PolicyDocument p : context.workspace().policies()) {
            for (Statement s : p.statements()) {
                for (Condition c : s.conditions()) {
                    ConditionOperator op = ConditionOperator.parse(c.operator().known()).orElse(null);
                    String key = c.key().known();
                    if (op == null || op.qualifier() == null || key == null || sameAsPlain(op)) {
                        continue;
                    }
                    ConditionKeys.get().type(key).filter(ConditionKeys.KeyType::singleValued).ifPresent(t ->
                            context.report(c.operator().span(), message(op, key, t, s.isDeny())));
                }
            }
        }
    }

    /**
     * True when the qualified operator decides exactly as the plain one on a single-valued key:
     * {@code ForAnyValue} with a positive operator (both hold when the one value matches, neither
     * when the key is absent), or with {@code IfExists}. AWS's own managed policies write it so
     * ({@code ForAnyValue:StringEquals} on {@code iam:AWSServiceName}); it widens nothing.
     */
    static boolean sameAsPlain(ConditionOperator op) {
        return ConditionOperator.FOR_ANY_VALUE.equals(op.qualifier()) && op.family() != ConditionOperator.Family.NULL
                && (!op.negated() || op.ifExists());
    }

    private static String message(ConditionOperator op, String key, ConditionKeys.KeyType type, boolean deny) {
        String why = ConditionOperator.FOR_ALL_VALUES.equals(op.qualifier())
                ? "ForAllValues also holds when the key is absent from the request (or empty), so it can allow more"
                        + " than meant"
                : op.family() == ConditionOperator.Family.NULL
                ? "ForAnyValue:Null never holds, whatever the request"
                : "ForAnyValue:" + op.base() + " does not hold when the key is absent, where " + op.base()
                        + " does: " + (deny ? "this Deny does not apply to requests without the key"
                                : "requests without the key are not allowed");
        return op + " on \"" + key + "\", a single-valued key (type " + type.describe() + "): " + why + "; use "
                + op.withoutQualifier() + " without the " + op.qualifier() + ": qualifier";
    }
}
