package io.ccmlint.core.hcl;

import io.ccmlint.core.source.Span;

import java.util.ArrayList;
import java.util.List;

/** A piece of a template: literal text, an interpolation <code>${</code>}, or a directive <code>%{</code>}. */
public sealed interface HclTemplatePart extends HclNode {

    /**
     * Literal text. {@code value} is unescaped ({@code \n}, {@code \"}, <code>$${</code> → <code>${</code>,
     * ...) and has strip markers ({@code ~}) and flush-heredoc indentation applied; {@code span}
     * is the raw source of the text, so {@code value} may be shorter or longer than it.
     */
    record Text(String value, Span span) implements HclTemplatePart {
        @Override
        public List<HclNode> children() {
            return List.of();
        }
    }

    /** {@code ${expr}}; the span runs from {@code $} to the closing brace. */
    record Interpolation(HclExpression expression, boolean stripBefore, boolean stripAfter, Span span)
            implements HclTemplatePart {
        @Override
        public List<HclExpression> children() {
            return List.of(expression);
        }
    }

    /**
     * {@code %{ if cond }then%{ else }otherwise%{ endif }}; the span runs from the {@code %} of the
     * {@code if} to the brace closing {@code endif}.
     */
    record IfDirective(HclExpression condition, List<HclTemplatePart> thenParts, List<HclTemplatePart> elseParts,
                       boolean hasElse, Span span) implements HclTemplatePart {
        public IfDirective {
            thenParts = List.copyOf(thenParts);
            elseParts = List.copyOf(elseParts);
        }

        @Override
        public List<HclNode> children() {
            List<HclNode> list = new ArrayList<>(1 + thenParts.size() + elseParts.size());
            list.add(condition);
            list.addAll(thenParts);
            list.addAll(elseParts);
            return list;
        }
    }

    /** {@code %{ for k, v in coll }body%{ endfor }}; {@code keyVar} is null with one variable. */
    record ForDirective(String keyVar, String valueVar, HclExpression collection, List<HclTemplatePart> body,
                        Span span) implements HclTemplatePart {
        public ForDirective {
            body = List.copyOf(body);
        }

        @Override
        public List<HclNode> children() {
            List<HclNode> list = new ArrayList<>(1 + body.size());
            list.add(collection);
            list.addAll(body);
            return list;
        }
    }
}
