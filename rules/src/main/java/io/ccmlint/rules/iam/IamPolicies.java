package io.ccmlint.rules.iam;

import io.ccmlint.core.edit.Literals;
import io.ccmlint.core.edit.ValueEdits;
import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.iam.Wildcard;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.PolicyEditor;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.policy.ValueSet;
import io.ccmlint.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

/** What the CCM1xx rules share: which statements they read, which values are known, value edits. */
final class IamPolicies {
    private IamPolicies() {
    }

    /** Every statement of every permission policy of the workspace (trust policies excluded), in path order. */
    static void eachStatement(Workspace ws, BiConsumer<PolicyDocument, Statement> action) {
        for (PolicyDocument p : ws.permissionPolicies()) {
            for (Statement s : p.statements()) {
                action.accept(p, s);
            }
        }
    }

    /** A known action value: a literal or pattern; what Terraform computes is never a violation by itself. */
    static boolean knownAction(Scalar a) {
        String known = a.known();
        return known != null && !known.isBlank();
    }

    /** {@code "*"} or {@code "<service>:*"}: every action, or every action of one service. */
    static boolean fullWildcard(String action) {
        // a scan from the end, no substring: CCM102 asks this of every action (IamPoliciesTest holds it
        // to the first colon's substring being "*", with no other wildcard)
        int n = action.length();
        if (n == 1) {
            return action.charAt(0) == '*';
        }
        if (n < 3 || action.charAt(n - 1) != '*' || action.charAt(n - 2) != ':') {
            return false;
        }
        for (int i = 0; i < n - 2; i++) {
            char c = action.charAt(i);
            if (c == ':' || c == '*' || c == '?') {
                return false;
            }
        }
        return true;
    }

    static String service(String action) {
        int colon = action.indexOf(':');
        return colon < 0 ? "" : action.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    /** The {@code "*"} resource values of a statement with Resource (not NotResource). */
    static List<Scalar> starResources(Statement s) {
        if (s.resources() == null || s.resources().negated()) {
            return List.of();
        }
        // by index, and a list only when there is a "*": several rules ask this of every statement
        // (C1 allocates each for-each's iterator)
        List<Scalar> values = s.resources().values();
        List<Scalar> out = null;
        for (int i = 0; i < values.size(); i++) {
            if ("*".equals(values.get(i).known())) {
                if (out == null) {
                    out = new ArrayList<>(1);
                }
                out.add(values.get(i));
            }
        }
        return out == null ? List.of() : out;
    }

    /** Actions of an Allow statement with Action (not NotAction), known values only. */
    static List<Scalar> allowedActions(Statement s) {
        if (!s.isAllow() || s.actions() == null || s.actions().negated()) {
            return List.of();
        }
        // a loop, and no copy when every value is known (the common case): nearly every IAM rule asks
        // this of every statement, and C1-compiled streams cost more than the test
        List<Scalar> values = s.actions().values();
        List<Scalar> out = null;
        for (int i = 0; i < values.size(); i++) {
            boolean known = knownAction(values.get(i));
            if (!known && out == null) {
                out = new ArrayList<>(values.subList(0, i));
            } else if (known && out != null) {
                out.add(values.get(i));
            }
        }
        return out == null ? values : Collections.unmodifiableList(out);
    }

    /** What {@link #eachGrantOnEveryResource} reports: the statement's action value and its first {@code "*"} resource. */
    interface Grant {
        void accept(PolicyDocument p, Statement s, Scalar action, Scalar star);
    }

    /**
     * Each allowed action value that grants {@code action} (itself or through a wildcard) in a
     * statement with {@code "Resource": "*"}; statements with a Condition too, unless
     * {@code skipConditional}.
     */
    static void eachGrantOnEveryResource(Workspace ws, String action, boolean skipConditional, Grant grant) {
        eachStatement(ws, (p, s) -> {
            List<Scalar> stars = starResources(s);
            if (stars.isEmpty() || (skipConditional && s.hasConditions())) {
                return;
            }
            for (Scalar a : allowedActions(s)) {
                if (Wildcard.matchesAction(a.known(), action)) {
                    grant.accept(p, s, a, stars.get(0));
                }
            }
        });
    }

    /** True when every Action value of the statement is {@code action} itself, all known. */
    static boolean allowsOnly(Statement s, String action) {
        return allowedActions(s).size() == s.actions().values().size()
                && s.actions().values().stream().allMatch(x -> action.equalsIgnoreCase(x.known()));
    }

    /** The values of an Action/Resource element, for messages (a hole shown as Terraform writes it). */
    static List<String> values(ValueSet set) {
        return set.values().stream().map(Scalar::display).toList();
    }

    /** A short list for messages: the first few, then how many more. */
    static String sample(List<String> names, int max) {
        return sample(names, max, n -> n);
    }

    /** As {@link #sample(List, int)}, naming only the items shown. */
    static <T> String sample(List<T> items, int max, java.util.function.Function<T, String> name) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(max, items.size()); i++) {
            b.append(i == 0 ? "" : ", ").append(name.apply(items.get(i)));
        }
        return b + (items.size() <= max ? "" : " and " + (items.size() - max) + " more");
    }

    /**
     * True when a fix may rewrite the values of {@code set}: they are written in the policy's own
     * text, in a policy the user edits. Not in an AWS managed policy or a {@code .tf.json} file
     * (ccm-lint only reads those), nor in a Terraform local the element refers to (other policies
     * may share it). How a value is rewritten is {@link ValueEdits}'s business.
     */
    static boolean writtenInPolicy(PolicyDocument p, ValueSet set) {
        return set != null && p.editor() != PolicyEditor.NONE && p.span().contains(set.valueSpan());
    }

    /** The edit that puts {@code replacement} in place of {@code value} of {@code set}, where {@link #writtenInPolicy} allows it. */
    static Optional<List<TextEdit>> replaceItem(PolicyDocument p, ValueSet set, Scalar value, List<String> replacement) {
        return writtenInPolicy(p, set)
                ? ValueEdits.replaceItem(set.valueSpan(), set.values(), value, replacement).map(List::of)
                : Optional.empty();
    }

    /** For messages: {@code ["a", "b"]}. */
    static String list(List<String> values) {
        StringBuilder b = new StringBuilder("[");
        for (String v : values) {
            b.append(b.length() == 1 ? "" : ", ").append(Literals.json(v));
        }
        return b.append(']').toString();
    }
}
