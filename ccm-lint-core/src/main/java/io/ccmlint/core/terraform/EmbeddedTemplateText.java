package io.ccmlint.core.terraform;

import io.ccmlint.core.hcl.HclEscapes;
import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.hcl.HclTemplatePart;
import io.ccmlint.core.source.DecodedText;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.terraform.eval.Evaluator;
import io.ccmlint.core.terraform.eval.Value;
import io.ccmlint.core.tree.EmbeddedJson;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.value.ScalarStyle;
import io.ccmlint.core.value.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JSON an HCL heredoc or quoted string holds, read as Terraform renders it: escapes
 * (<code>$${</code>, {@code \"}) decoded, interpolations the evaluator knows filled in, the others
 * holes. Spans point into the {@code .tf} file.
 *
 * <p>Also the JSON a template file holds as {@code templatefile} renders it ({@link #templateFile}),
 * spans in the template file: its literal text where it is written; a value an interpolation gives
 * (from the call's vars) at that {@code ${...}}, as computed text (not rewritten in place), an
 * unknown one a hole there; {@code %{ if }} and {@code %{ for }} evaluated, the text of their bodies
 * located where it is written but computed too (rendered once per element, or not at all, it is no
 * literal to rewrite), a directive whose condition or collection is unknown a hole.
 */
final class EmbeddedTemplateText {
    /** A template rendering to more characters than this is not read (a for directive over a large collection). */
    static final int MAX_RENDERED = 8_000_000;

    private final SourceFile file;
    private final Evaluator evaluator;
    private final DecodedText.Builder text;
    private final List<Template.Hole> holes = new ArrayList<>();

    private EmbeddedTemplateText(SourceFile file, Evaluator evaluator) {
        this.file = file;
        this.evaluator = evaluator;
        this.text = DecodedText.builder(file);
    }

    /**
     * The JSON of {@code template}, the parsed text of the template file {@code file}, rendered with
     * {@code vars} as {@code templatefile} renders it; empty when it is not JSON (or Terraform would
     * fail: a list interpolated, a condition that is no bool).
     */
    static Optional<Node> templateFile(SourceFile file, Evaluator evaluator, JsonTreeReader json,
                                       HclExpression.Template template, java.util.Map<String, Value> vars) {
        EmbeddedTemplateText t = new EmbeddedTemplateText(file, evaluator);
        if (!t.render(template.parts(), vars, false, 0)) {
            return Optional.empty();
        }
        try {
            return Optional.of(EmbeddedJson.read(json, t.text.build(), t.holes, ScalarStyle.HCL_HEREDOC));
        } catch (ParseProblem p) {
            return Optional.empty();
        }
    }

    /** True when a template holds a directive: its text is then not all written once as itself. */
    static boolean hasDirective(HclExpression.TemplateExpression template) {
        return template.parts().stream().anyMatch(p -> p instanceof HclTemplatePart.IfDirective
                || p instanceof HclTemplatePart.ForDirective);
    }

    private boolean render(List<HclTemplatePart> parts, java.util.Map<String, Value> vars, boolean inDirective, int depth) {
        if (depth > Evaluator.MAX_DEPTH) {
            return false;
        }
        for (HclTemplatePart part : parts) {
            if (text.length() > MAX_RENDERED) {
                return false;
            }
            boolean ok = true;
            if (part instanceof HclTemplatePart.Text literal) {
                int from = text.length();
                ok = text.appendAligned(literal.value(), literal.span().start(), literal.span().end(), HclEscapes.HEREDOC);
                if (inDirective) {
                    text.markComputed(from);
                }
            } else if (part instanceof HclTemplatePart.Interpolation i) {
                ok = value(evaluator.evalInTemplate(i.expression(), vars), i.span());
            } else if (part instanceof HclTemplatePart.IfDirective d) {
                Value c = evaluator.evalInTemplate(d.condition(), vars);
                Boolean cond = Evaluator.condition(c);
                if (cond != null) {
                    ok = render(cond ? d.thenParts() : d.elseParts(), vars, true, depth + 1);
                } else {
                    ok = unknownish(c) && hole(new Template.Hole(d.span().text(), d.span()), d.span());
                }
            } else if (part instanceof HclTemplatePart.ForDirective d) {
                Value coll = evaluator.evalInTemplate(d.collection(), vars);
                List<Evaluator.Element> elements = evaluator.elements(coll);
                if (elements == null) {
                    ok = unknownish(coll) && hole(new Template.Hole(d.span().text(), d.span()), d.span());
                }
                for (int e = 0; ok && elements != null && e < elements.size(); e++) {
                    java.util.Map<String, Value> scope = new java.util.LinkedHashMap<>(vars);
                    if (d.keyVar() != null) {
                        scope.put(d.keyVar(), elements.get(e).key());
                    }
                    scope.put(d.valueVar(), elements.get(e).value());
                    ok = render(d.body(), scope, true, depth + 1);
                }
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean unknownish(Value v) {
        return v instanceof Value.Unknown || v instanceof Value.Partial;
    }

    /**
     * The JSON of a heredoc or quoted string; empty when it cannot be read as JSON (a directive or
     * an interpolation outside a JSON string, text that is no JSON).
     */
    static Optional<Node> json(SourceFile file, Evaluator evaluator, JsonTreeReader json,
                               HclExpression.TemplateExpression template) {
        boolean heredoc = template instanceof HclExpression.Heredoc;
        EmbeddedTemplateText t = new EmbeddedTemplateText(file, evaluator);
        if (!t.decode(template.parts(), heredoc ? HclEscapes.HEREDOC : HclEscapes.QUOTED)) {
            return Optional.empty();
        }
        try {
            return Optional.of(EmbeddedJson.read(json, t.text.build(), t.holes,
                    heredoc ? ScalarStyle.HCL_HEREDOC : ScalarStyle.HCL_STRING));
        } catch (ParseProblem p) {
            return Optional.empty(); // not JSON: no model rather than a wrong one
        }
    }

    private boolean decode(List<HclTemplatePart> parts, DecodedText.Escapes escapes) {
        for (HclTemplatePart part : parts) {
            boolean ok;
            if (part instanceof HclTemplatePart.Text literal) {
                ok = text.appendAligned(literal.value(), literal.span().start(), literal.span().end(), escapes);
            } else if (part instanceof HclTemplatePart.Interpolation i) {
                ok = value(evaluator.eval(i.expression()), i.span());
            } else {
                ok = hole(new Template.Hole(part.span().text(), part.span()), part.span()); // a directive: not evaluated here
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** What an interpolation renders: known text in place, each unknown part a hole. */
    private boolean value(Value v, Span where) {
        if (v instanceof Value.Str s) {
            return chars(s.value(), where);
        }
        if (v instanceof Value.Num n) {
            return chars(n.value().toPlainString(), where);
        }
        if (v instanceof Value.Bool b) {
            return chars(String.valueOf(b.value()), where);
        }
        if (v instanceof Value.Partial p) {
            for (Value part : p.parts()) {
                if (!value(part, where)) {
                    return false;
                }
            }
            return true;
        }
        if (v instanceof Value.Unknown u) {
            return hole(new Template.Hole(u.expression(), u.reference(), u.span()), where);
        }
        return hole(new Template.Hole(where.text(), where), where); // a list or object: Terraform would not render it
    }

    private boolean chars(String s, Span where) {
        for (int i = 0; i < s.length(); i++) {
            text.appendComputed(s.charAt(i), where.start(), where.end());
        }
        return true;
    }

    /** A hole, written at {@code where} (the interpolation; the hole's own span may be a local's definition). */
    private boolean hole(Template.Hole h, Span where) {
        char c = EmbeddedJson.hole(holes.size());
        if (c == 0) {
            return false;
        }
        holes.add(h);
        text.appendComputed(c, where.start(), where.end());
        return true;
    }
}
