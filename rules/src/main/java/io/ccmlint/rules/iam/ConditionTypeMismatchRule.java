package io.ccmlint.rules.iam;

import com.google.auto.service.AutoService;
import io.ccmlint.core.aws.catalog.ConditionKeys;
import io.ccmlint.core.iam.ConditionOperator;
import io.ccmlint.core.iam.ConditionOperator.Family;
import io.ccmlint.core.iam.PolicyVariables;
import io.ccmlint.core.model.policy.Condition;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.value.Scalar;
import java.util.Set;

/**
 * CCM115: a condition operator whose type does not fit its key's type ({@code NumericLessThan} on
 * {@code aws:SourceIp}), located at the operator; or a value that cannot be of the operator's type
 * (a date that does not parse, an IP range that is not CIDR), located at the value.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM115", slug = "condition-type-mismatch", title = "Condition operator or value of the wrong type",
        severity = Severity.ERROR,
        sources = {
            @Source(title = "AWS IAM User Guide: IAM JSON policy elements: Condition operators",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html"),
            @Source(title = "AWS IAM User Guide: AWS global condition context keys",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html"),
            @Source(title = "AWS Service Authorization Reference",
                    url = "https://docs.aws.amazon.com/service-authorization/latest/reference/reference.html"),
            @Source(title = "AWS IAM User Guide: IAM Access Analyzer policy check reference",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html")})
public final class ConditionTypeMismatchRule implements Rule {
    @Override
    public void check(RuleContext context) {
        for (PolicyDocument p : context.workspace().policies()) {
            for (Statement s : p.statements()) {
                for (Condition c : s.conditions()) {
                    ConditionOperator op = ConditionOperator.parse(c.operator().known()).orElse(null);
                    if (op != null) {
                        check(context, c, op);
                    }
                }
            }
        }
    }

    private static void check(RuleContext context, Condition c, ConditionOperator op) {
        String key = c.key().known();
        ConditionKeys.KeyType type = key == null || op.family() == Family.NULL ? null : ConditionKeys.get().type(key).orElse(null);
        Set<Family> families = type == null ? Set.of() : type.families();
        if (!families.isEmpty() && !fits(op.family(), families)) {
            context.report(c.operator().span(), op.base() + " compares " + noun(op.family()) + ", but \"" + key
                    + "\" is of type " + type.describe() + ": its values are not " + noun(op.family())
                    + ", so the comparison cannot work as meant; use " + operatorsFor(families));
            return;   // its values are then wrong for the operator too: one mistake, one finding
        }
        for (Scalar v : c.values()) {
            if (op.family() == Family.BOOL && PolicyVariables.present(v)) {
                continue;   // Bool takes policy variables (the Condition operators page); the value is the request's
            }
            if (!ConditionValues.couldBe(op.family(), v)) {
                context.report(v.span(), "\"" + v.display() + "\" is not " + valueNoun(op) + (op.family() == Family.NULL
                        ? ": Null takes true (the key is absent) or false (it is present)"
                        : ", so " + op + " cannot compare it") + variableNote(op.family(), v));
            }
        }
    }

    /**
     * True when operators of {@code family} work with a key of these types. String operators
     * compare the key's text, which every key has, and are never reported: AWS's own managed
     * policies compare Bool keys with {@code StringEquals} (AIOpsAssistantPolicy even with a
     * service name), and none of them may be reported. ARN operators work with ARN keys and, as
     * "the ARN is considered a string" (Condition operators page), with String keys.
     */
    static boolean fits(Family family, Set<Family> keyFamilies) {
        if (family == Family.STRING || keyFamilies.contains(family)) {
            return true;
        }
        return family == Family.ARN && keyFamilies.contains(Family.STRING);
    }

    private static String noun(Family f) {
        return switch (f) {
            case STRING -> "strings";
            case NUMERIC -> "numbers";
            case DATE -> "dates";
            case BOOL -> "booleans";
            case BINARY -> "binary values";
            case IP_ADDRESS -> "IP addresses";
            case ARN -> "ARNs";
            case NULL -> "presence";
        };
    }

    private static String operatorsFor(Set<Family> families) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Family f : families) {
            names.add(switch (f) {
                case STRING -> "a String operator (StringEquals, StringLike...)";
                case NUMERIC -> "a Numeric operator (NumericEquals, NumericLessThan...)";
                case DATE -> "a Date operator (DateGreaterThan, DateLessThan...)";
                case BOOL -> "Bool";
                case BINARY -> "BinaryEquals";
                case IP_ADDRESS -> "IpAddress or NotIpAddress";
                case ARN -> "an ARN operator (ArnEquals, ArnLike...)";
                case NULL -> "Null";
            });
        }
        return String.join(" or ", names);
    }

    private static String valueNoun(ConditionOperator op) {
        return switch (op.family()) {
            case NUMERIC -> "a number";
            case DATE -> "a date (ISO 8601, e.g. 2026-01-31 or 2026-01-31T12:00:00Z, or epoch seconds)";
            case BOOL, NULL -> "true or false";
            case IP_ADDRESS -> "an IP address or CIDR range (203.0.113.0/24, 2001:db8::/32)";
            case BINARY -> "base-64";
            case STRING, ARN -> "a string";
        };
    }

    /** A policy variable is text to these operators: the Condition operators page says they take none. */
    private static String variableNote(Family family, Scalar v) {
        boolean variable = v.known() != null && PolicyVariables.present(v.known());
        return variable ? " (policy variables cannot be used with " + family.label() + " operators)" : "";
    }
}
