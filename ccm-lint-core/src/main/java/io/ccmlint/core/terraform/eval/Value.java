package io.ccmlint.core.terraform.eval;

import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.ScalarStyle;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the static evaluator knows about an expression: a known value, a string made of known text
 * and unknown holes, or nothing ({@link Unknown}). Every value keeps the span of the expression it
 * came from (for a value read through {@code local.x}, the span where it is written), so findings
 * and fixes point at source text. Never an invented value.
 */
public sealed interface Value {
    Span span();

    /**
     * A string, fully known. {@code style} says whether {@code span} is the string's own literal:
     * {@link ScalarStyle#HCL_STRING} or {@link ScalarStyle#HCL_HEREDOC} for a quoted template or
     * heredoc with no interpolation or directive (escapes such as <code>$${</code> or {@code \"}
     * allowed), so that the literal can be rewritten in place; {@link ScalarStyle#HCL_EXPRESSION}
     * for a string something computed (a function, an interpolation, a number made text).
     */
    record Str(String value, Span span, ScalarStyle style) implements Value {
        /** A computed string. */
        public Str(String value, Span span) {
            this(value, span, ScalarStyle.HCL_EXPRESSION);
        }
    }

    /** A number. */
    record Num(BigDecimal value, Span span) implements Value {
    }

    /** A bool. */
    record Bool(boolean value, Span span) implements Value {
    }

    /** {@code null}. */
    record Null(Span span) implements Value {
    }

    /** A tuple, list or set (sets are deduplicated and sorted, as Terraform orders sets of strings). */
    record Seq(List<Value> items, Span span) implements Value {
        public Seq {
            items = List.copyOf(items);
        }
    }

    /**
     * An object or map, keys in source order. {@code keyStyles} says how each key is written where
     * its span points (a bare identifier, a literal string); a key it does not name was computed.
     */
    record Obj(Map<String, Value> entries, Map<String, Span> keySpans, Map<String, ScalarStyle> keyStyles, Span span)
            implements Value {
        /** An object whose keys were computed (a for expression, a function's result). */
        public Obj(Map<String, Value> entries, Map<String, Span> keySpans, Span span) {
            this(entries, keySpans, Map.of(), span);
        }
    }

    /**
     * A string with known text and unknown holes, e.g. {@code "harness:891928451355:${data.x.id}"}.
     * Parts are {@link Str} (known text) and {@link Unknown} (a hole).
     */
    record Partial(List<Value> parts, Span span) implements Value {
        public Partial {
            parts = List.copyOf(parts);
        }

        /** The known text before the first hole. */
        public String knownPrefix() {
            StringBuilder b = new StringBuilder();
            for (Value p : parts) {
                if (!(p instanceof Str s)) {
                    break;
                }
                b.append(s.value());
            }
            return b.toString();
        }

        /** For tests and messages: the string with each hole written as {@code ${<source text>}}. */
        public String withHoles() {
            StringBuilder b = new StringBuilder();
            for (Value p : parts) {
                if (p instanceof Str s) {
                    b.append(s.value());
                } else {
                    b.append("${").append(((Unknown) p).expression()).append('}');
                }
            }
            return b.toString();
        }
    }

    /**
     * Not known without running Terraform (a resource attribute, a data source, an unsupported
     * function). {@code expression} is the source text of the expression, e.g.
     * {@code data.harness_platform_current_account.current.id}; {@code reference} is the traversal
     * when the expression is one (e.g. {@code aws_iam_role.connector.arn}), else null.
     */
    record Unknown(String expression, String reference, Span span) implements Value {
    }
}
