package io.ccmlint.core.iam;

import io.ccmlint.core.model.policy.Condition;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.policy.ValueSet;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.Template;
import java.util.List;
import java.util.regex.Pattern;

/**
 * IAM policy variables: {@code ${aws:username}}, {@code ${aws:PrincipalTag/team}}, {@code ${*}},
 * written in the known text of a policy (a JSON file, or {@code $${...}} in Terraform). IAM
 * substitutes them per request under Version 2012-10-17, so a pattern holding one may match
 * anything at request time. Not to be confused with a Terraform hole, which is no known text at
 * all ({@link Scalar#isKnown()} is false).
 */
public final class PolicyVariables {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*}");

    private PolicyVariables() {
    }

    /** Where the first policy variable of {@code text} starts, or -1 when it holds none. */
    public static int first(String text) {
        if (text == null || text.indexOf('$') < 0) {
            return -1;
        }
        java.util.regex.Matcher m = VARIABLE.matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** True when known text holds a policy variable. */
    public static boolean present(String text) {
        return text != null && text.indexOf('$') >= 0 && VARIABLE.matcher(text).find();
    }

    /** True when the value's known text (all of it, or the literal parts of a template) holds a policy variable. */
    public static boolean present(Scalar value) {
        if (value.isKnown()) {
            return present(value.known());
        }
        return value.template().literals().stream().anyMatch(PolicyVariables::present);
    }

    /** True when some value of some statement (resources, principals, condition values) holds a policy variable. */
    public static boolean present(PolicyDocument policy) {
        for (Statement s : policy.statements()) {
            if (any(s.actions()) || any(s.resources())) {
                return true;
            }
            if (s.principal() != null && s.principal().byType().values().stream().anyMatch(PolicyVariables::any)) {
                return true;
            }
            for (Condition c : s.conditions()) {
                if (any(c.values())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The pattern with every policy variable widened to {@code *}: what it could match at request time. */
    public static String widen(String pattern) {
        return VARIABLE.matcher(pattern).replaceAll("*");
    }

    /** An IAM pattern for what the value could match at request time: holes and policy variables are {@code *}. */
    public static String requestPattern(Scalar value) {
        Template t = value.template();
        return widen(t == null ? value.known() : t.asGlob());
    }

    private static boolean any(ValueSet set) {
        return set != null && any(set.values());
    }

    private static boolean any(List<Scalar> values) {
        return values.stream().anyMatch(PolicyVariables::present);
    }
}
