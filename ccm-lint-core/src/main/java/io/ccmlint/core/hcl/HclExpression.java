package io.ccmlint.core.hcl;

import io.ccmlint.core.source.Span;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An expression of the HCL native syntax. Nullable components are documented on each record;
 * everything else is never null.
 */
public sealed interface HclExpression extends HclNode {

    /** {@code 42}, {@code 1.5e3}. */
    record NumberLiteral(BigDecimal value, Span span) implements HclExpression {
        @Override
        public List<HclNode> children() {
            return List.of();
        }
    }

    /** {@code true} or {@code false}. */
    record BoolLiteral(boolean value, Span span) implements HclExpression {
        @Override
        public List<HclNode> children() {
            return List.of();
        }
    }

    /** {@code null}. */
    record NullLiteral(Span span) implements HclExpression {
        @Override
        public List<HclNode> children() {
            return List.of();
        }
    }

    /** A quoted template {@code "..."} or a heredoc: a sequence of literal text, interpolations and directives. */
    sealed interface TemplateExpression extends HclExpression permits Template, Heredoc {
        List<HclTemplatePart> parts();

        /** True when the template is literal text only (no interpolation or directive). */
        default boolean isLiteral() {
            for (HclTemplatePart p : parts()) {
                if (!(p instanceof HclTemplatePart.Text)) {
                    return false;
                }
            }
            return true;
        }

        /** The string value when {@link #isLiteral()}, else null. */
        default String literalValue() {
            if (!isLiteral()) {
                return null;
            }
            StringBuilder sb = new StringBuilder();
            for (HclTemplatePart p : parts()) {
                sb.append(((HclTemplatePart.Text) p).value());
            }
            return sb.toString();
        }

        @Override
        default List<HclTemplatePart> children() {
            return parts();
        }
    }

    /** {@code "text ${expr} %{ if c }...%{ endif }"}; the span includes the quotes. */
    record Template(List<HclTemplatePart> parts, Span span) implements TemplateExpression {
        public Template {
            parts = List.copyOf(parts);
        }
    }

    /**
     * {@code <<EOF} or {@code <<-EOF} (flush: common leading whitespace removed from the values of
     * the text parts). {@code bodySpan} is the raw text between the introducer's line break and the
     * closing marker's line; the span runs from {@code <<} to the end of the closing marker.
     */
    record Heredoc(String marker, boolean flush, List<HclTemplatePart> parts, Span bodySpan, Span span)
            implements TemplateExpression {
        public Heredoc {
            parts = List.copyOf(parts);
        }

        /** The content when it is literal text, else null. */
        public String content() {
            return literalValue();
        }
    }

    /**
     * {@code [a, b]}. {@code commas} are the separators in order (a trailing comma included), so
     * an element can be inserted with a text edit that keeps the layout.
     */
    record TupleCons(List<HclExpression> elements, List<Span> commas, Span openSpan, Span closeSpan, Span span)
            implements HclExpression {
        public TupleCons {
            elements = List.copyOf(elements);
            commas = List.copyOf(commas);
        }

        @Override
        public List<HclExpression> children() {
            return elements;
        }
    }

    /** {@code { key = value, ... }} with items separated by commas or newlines. */
    record ObjectCons(List<ObjectItem> items, Span openSpan, Span closeSpan, Span span) implements HclExpression {
        public ObjectCons {
            items = List.copyOf(items);
        }

        @Override
        public List<ObjectItem> children() {
            return items;
        }
    }

    /**
     * One {@code key = value} (or {@code key: value}) of an object. {@code separatorSpan} is the
     * comma after the item, or null when the item ends with a newline or the closing brace.
     */
    record ObjectItem(HclExpression key, Span assignSpan, HclExpression value, Span separatorSpan, Span span)
            implements HclNode {
        @Override
        public List<HclExpression> children() {
            return List.of(key, value);
        }

        /**
         * The literal key: a bare identifier ({@code foo = 1} names "foo", not a variable) or a
         * literal string; null when the key is computed, e.g. {@code (var.k) = 1}.
         */
        public String keyName() {
            if (key instanceof Variable v) {
                return v.name();
            }
            if (key instanceof Template t) {
                return t.literalValue();
            }
            return null;
        }
    }

    /** {@code name(args)}; {@code name} may be namespaced: {@code provider::aws::arn_parse}. */
    record FunctionCall(String name, Span nameSpan, List<HclExpression> args, List<Span> commas, boolean expandFinal,
                        Span openParenSpan, Span closeParenSpan, Span span) implements HclExpression {
        public FunctionCall {
            args = List.copyOf(args);
            commas = List.copyOf(commas);
        }

        @Override
        public List<HclExpression> children() {
            return args;
        }
    }

    /** A variable reference: the root of a traversal such as {@code aws_iam_role.ccm.arn}. */
    record Variable(String name, Span span) implements HclExpression {
        @Override
        public List<HclNode> children() {
            return List.of();
        }
    }

    /** {@code source.name}. */
    record GetAttr(HclExpression source, String name, Span nameSpan, Span span) implements HclExpression {
        @Override
        public List<HclExpression> children() {
            return List.of(source);
        }
    }

    /** {@code collection[key]}, or the legacy {@code collection.0} when {@code legacy}. */
    record Index(HclExpression collection, HclExpression key, boolean legacy, Span span) implements HclExpression {
        @Override
        public List<HclExpression> children() {
            return List.of(collection, key);
        }
    }

    /**
     * {@code source.*.attr} ({@code full == false}) or {@code source[*].attr[0]}. {@code each} is
     * what is applied to every element: a traversal whose root is a {@link SplatItem}.
     */
    record Splat(HclExpression source, HclExpression each, boolean full, Span markerSpan, Span span)
            implements HclExpression {
        @Override
        public List<HclExpression> children() {
            return List.of(source, each);
        }
    }

    /** The element placeholder in a splat's {@code each}; its span is the {@code .*} or {@code [*]}. */
    record SplatItem(Span span) implements HclExpression {
        @Override
        public List<HclNode> children() {
            return List.of();
        }
    }

    /**
     * {@code [for k, v in coll : v if cond]} or {@code {for k, v in coll : k => v... if cond}}.
     * Null: {@code keyVar}/{@code keyVarSpan} with one variable, {@code keyExpr} for tuples,
     * {@code condition} without {@code if}.
     */
    record ForExpr(boolean object, String keyVar, Span keyVarSpan, String valueVar, Span valueVarSpan,
                   HclExpression collection, HclExpression keyExpr, HclExpression valueExpr, boolean grouping,
                   HclExpression condition, Span openSpan, Span closeSpan, Span span) implements HclExpression {
        @Override
        public List<HclExpression> children() {
            List<HclExpression> list = new ArrayList<>(4);
            list.add(collection);
            if (keyExpr != null) {
                list.add(keyExpr);
            }
            list.add(valueExpr);
            if (condition != null) {
                list.add(condition);
            }
            return list;
        }
    }

    /** {@code condition ? trueResult : falseResult}. */
    record Conditional(HclExpression condition, HclExpression trueResult, HclExpression falseResult, Span span)
            implements HclExpression {
        @Override
        public List<HclExpression> children() {
            return List.of(condition, trueResult, falseResult);
        }
    }

    /** {@code -x} or {@code !x}. */
    record Unary(HclOperator operator, Span operatorSpan, HclExpression operand, Span span) implements HclExpression {
        @Override
        public List<HclExpression> children() {
            return List.of(operand);
        }
    }

    /** {@code left op right}. */
    record Binary(HclExpression left, HclOperator operator, Span operatorSpan, HclExpression right, Span span)
            implements HclExpression {
        @Override
        public List<HclExpression> children() {
            return List.of(left, right);
        }
    }

    /** {@code (inner)}; the span includes the parentheses. */
    record Parens(HclExpression inner, Span span) implements HclExpression {
        @Override
        public List<HclExpression> children() {
            return List.of(inner);
        }
    }

    /** Stands where a syntax error left no usable expression. */
    record Invalid(Span span) implements HclExpression {
        @Override
        public List<HclNode> children() {
            return List.of();
        }
    }
}
