package io.ccmlint.core.cloudformation;

import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;
import io.ccmlint.core.tree.ScalarNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks each string or number parameter's value (the configuration's, else its {@code Default})
 * against the parameter's own constraints ({@code AllowedValues}, {@code AllowedPattern},
 * {@code MinLength}, {@code MaxLength}, {@code MinValue}, {@code MaxValue}): a value outside them
 * makes CloudFormation refuse the stack. A pattern is matched under a step budget, so a pattern
 * written to backtrack forever costs a bounded time and says nothing.
 */
final class ParameterConstraints {
    /** Characters a pattern match may read before it is given up. */
    static final int MATCH_BUDGET = 200_000;

    private ParameterConstraints() {
    }

    static void check(CfnTemplate template, StackValues values, TemplateProblems problems) {
        for (CfnTemplate.Parameter p : template.parameters().values()) {
            if (p.isList() || p.type() == null || p.type().startsWith("AWS::")) {
                continue; // lists are checked item by item by CloudFormation; AWS-specific types by AWS
            }
            String given = values.parameter(p.name());
            ScalarNode d = p.defaultValue() instanceof ScalarNode s && s.scalar().isKnown() ? s : null;
            String value = given != null ? given : d == null ? null : CfnEvaluator.text(d.scalar());
            if (value == null) {
                continue;
            }
            ScalarNode file = given != null ? values.writtenAt(p.name()) : null;
            Span at = file != null ? file.span() : given != null ? p.entry().keySpan() : d.span();
            String whose = file != null ? "the value " + file.span().file().displayPath() + " gives parameter " + p.name()
                    : given != null ? "the value the configuration gives parameter " + p.name()
                    : "the Default of parameter " + p.name();
            String broken = broken(p, value);
            if (broken != null) {
                problems.stackRejected(at, whose + " (\"" + value + "\") " + broken);
            }
        }
    }

    /** What the value breaks, or null. */
    private static String broken(CfnTemplate.Parameter p, String value) {
        MapNode decl = Nodes.map(p.entry().value());
        List<Node> allowed = p.allowedValues();
        if (!allowed.isEmpty() && allowed.stream().noneMatch(a -> a instanceof ScalarNode s && s.scalar().isKnown()
                && value.equals(CfnEvaluator.text(s.scalar())))) {
            return "is not one of its AllowedValues";
        }
        String pattern = Nodes.text(decl == null ? null : decl.get("AllowedPattern"));
        if (pattern != null && "String".equals(p.type()) && Boolean.FALSE.equals(matches(pattern, value))) {
            return "does not match its AllowedPattern " + pattern;
        }
        if ("String".equals(p.type())) {
            BigDecimal min = number(decl, "MinLength");
            BigDecimal max = number(decl, "MaxLength");
            if (min != null && value.length() < min.doubleValue()) {
                return "is shorter than its MinLength " + min.toPlainString();
            }
            if (max != null && value.length() > max.doubleValue()) {
                return "is longer than its MaxLength " + max.toPlainString();
            }
        }
        if ("Number".equals(p.type())) {
            BigDecimal v;
            try {
                v = new BigDecimal(value.strip());
            } catch (NumberFormatException e) {
                return "is not a number";
            }
            BigDecimal min = number(decl, "MinValue");
            BigDecimal max = number(decl, "MaxValue");
            if (min != null && v.compareTo(min) < 0) {
                return "is below its MinValue " + min.toPlainString();
            }
            if (max != null && v.compareTo(max) > 0) {
                return "is above its MaxValue " + max.toPlainString();
            }
        }
        return null;
    }

    private static BigDecimal number(MapNode decl, String key) {
        String t = Nodes.text(decl == null ? null : decl.get(key));
        try {
            return t == null ? null : new BigDecimal(t.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** True or false when the whole value matches; null when the pattern is not valid or the match went over budget. */
    static Boolean matches(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(new Budgeted(value)).matches();
        } catch (PatternSyntaxException | OverBudget | StackOverflowError e) {
            return null;
        }
    }

    private static final class OverBudget extends RuntimeException {
        OverBudget() {
            super(null, null, false, false);
        }
    }

    /** The value as the matcher reads it, one character at a time, until the budget runs out. */
    private static final class Budgeted implements CharSequence {
        private final String text;
        private final int[] left;

        Budgeted(String text) {
            this(text, new int[] {MATCH_BUDGET});
        }

        private Budgeted(String text, int[] left) {
            this.text = text;
            this.left = left;
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new OverBudget();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text.substring(start, end), left);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
