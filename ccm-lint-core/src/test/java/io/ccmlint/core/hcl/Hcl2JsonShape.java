package io.ccmlint.core.hcl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccmlint.core.hcl.HclExpression.*;
import io.ccmlint.core.hcl.HclTemplatePart.ForDirective;
import io.ccmlint.core.hcl.HclTemplatePart.IfDirective;
import io.ccmlint.core.hcl.HclTemplatePart.Interpolation;
import io.ccmlint.core.hcl.HclTemplatePart.Text;
import io.ccmlint.core.source.Span;

import java.math.BigDecimal;
import java.util.List;

/**
 * Renders our tree in the JSON shape that {@code hcl2json} (tmccombs/hcl2json as packaged in
 * npm {@code @cdktf/hcl2json}) prints, so the two parsers can be compared file by file. The rules
 * copy its converter: blocks nest by type then labels and collect bodies in arrays; attributes
 * follow blocks; literals become JSON values; a template is its text with literal
 * <code>${</code>/<code>%{</code> re-escaped, interpolations as <code>${source}</code> and directives rebuilt as
 * <code>%{if c}..%{else}..%{endif}</code>; a template that is one interpolation is unwrapped; any other
 * expression becomes <code>${source text}</code>.
 */
final class Hcl2JsonShape {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final String text;

    private Hcl2JsonShape(String text) {
        this.text = text;
    }

    static ObjectNode of(HclFile file) {
        return new Hcl2JsonShape(file.source().text()).body(file.body());
    }

    private ObjectNode body(HclBody body) {
        ObjectNode out = JSON.objectNode();
        for (HclBlock block : body.blocks()) {
            block(block, out);
        }
        for (HclAttribute attribute : body.attributes()) {
            out.set(attribute.name(), expression(attribute.value()));
        }
        return out;
    }

    private void block(HclBlock block, ObjectNode out) {
        String key = block.type();
        ObjectNode current = out;
        for (HclLabel label : block.labels()) {
            JsonNode existing = current.get(key);
            if (existing == null) {
                current = current.putObject(key);
            } else if (existing instanceof ObjectNode o) {
                current = o;
            } else {
                throw new IllegalStateException("blocks with and without labels: " + key);
            }
            key = label.value();
        }
        ObjectNode value = body(block.body());
        JsonNode existing = current.get(key);
        if (existing == null) {
            current.putArray(key).add(value);
        } else if (existing instanceof ArrayNode a) {
            a.add(value);
        } else {
            throw new IllegalStateException("blocks with and without labels: " + key);
        }
    }

    private JsonNode expression(HclExpression e) {
        if (e instanceof NumberLiteral n) {
            return JSON.numberNode(n.value());
        }
        if (e instanceof BoolLiteral b) {
            return JSON.booleanNode(b.value());
        }
        if (e instanceof NullLiteral) {
            return JSON.nullNode();
        }
        if (e instanceof Unary u) {
            return unary(u);
        }
        if (e instanceof TemplateExpression t) {
            Interpolation only = unwrapped(t);
            return only != null ? expression(only.expression()) : JSON.textNode(template(t.parts()));
        }
        if (e instanceof TupleCons t) {
            ArrayNode a = JSON.arrayNode();
            t.elements().forEach(x -> a.add(expression(x)));
            return a;
        }
        if (e instanceof ObjectCons o) {
            ObjectNode obj = JSON.objectNode();
            for (ObjectItem item : o.items()) {
                obj.set(key(item.key()), expression(item.value()));
            }
            return obj;
        }
        return JSON.textNode(wrap(e));
    }

    private JsonNode unary(Unary u) {
        HclExpression v = u.operand();
        if (u.operator() == HclOperator.NEGATE && v instanceof NumberLiteral n) {
            return JSON.numberNode(n.value().negate());
        }
        if (u.operator() == HclOperator.NOT && v instanceof BoolLiteral b) {
            return JSON.booleanNode(!b.value());
        }
        if (v instanceof NumberLiteral || v instanceof BoolLiteral || v instanceof NullLiteral) {
            throw new IllegalStateException("hcl2json fails on " + u.sourceText());
        }
        return JSON.textNode(wrap(u));
    }

    /** HCL's TemplateWrapExpr: a template that is exactly one interpolation. */
    private static Interpolation unwrapped(TemplateExpression t) {
        return t.parts().size() == 1 && t.parts().get(0) instanceof Interpolation i ? i : null;
    }

    private String template(List<HclTemplatePart> parts) {
        StringBuilder sb = new StringBuilder();
        for (HclTemplatePart p : parts) {
            sb.append(part(p));
        }
        return sb.toString();
    }

    private String part(HclTemplatePart p) {
        if (p instanceof Text t) {
            return escape(t.value());
        }
        if (p instanceof Interpolation i) {
            return stringPart(i.expression());
        }
        if (p instanceof IfDirective d) {
            return conditional(d.condition(), template(d.thenParts()), template(d.elseParts()));
        }
        ForDirective f = (ForDirective) p;
        return "%{for " + (f.keyVar() != null ? f.keyVar() + ", " : "") + f.valueVar() + " in "
                + rangeSource(f.collection().span()) + "}" + template(f.body()) + "%{endfor}";
    }

    private String stringPart(HclExpression e) {
        if (e instanceof NumberLiteral n) {
            return escape(numberText(n.value()));
        }
        if (e instanceof BoolLiteral b) {
            return String.valueOf(b.value());
        }
        if (e instanceof NullLiteral) {
            return "null";
        }
        if (e instanceof TemplateExpression t) {
            Interpolation only = unwrapped(t);
            return only != null ? stringPart(only.expression()) : template(t.parts());
        }
        if (e instanceof Conditional c) {
            return conditional(c.condition(), stringPart(c.trueResult()), stringPart(c.falseResult()));
        }
        return wrap(e);
    }

    private String conditional(HclExpression cond, String whenTrue, String whenFalse) {
        return "%{if " + rangeSource(cond.span()) + "}" + whenTrue + (whenFalse.isEmpty() ? "" : "%{else}" + whenFalse)
                + "%{endif}";
    }

    private String key(HclExpression key) {
        return isScopeTraversal(key) ? rangeSource(key.span()) : stringPart(key);
    }

    /** HCL folds a variable with attribute steps and constant indexes into one traversal. */
    private static boolean isScopeTraversal(HclExpression e) {
        if (e instanceof Variable) {
            return true;
        }
        if (e instanceof GetAttr g) {
            return isScopeTraversal(g.source());
        }
        if (e instanceof Index i) {
            boolean constant = i.legacy() || i.key() instanceof NumberLiteral || i.key() instanceof BoolLiteral
                    || i.key() instanceof NullLiteral || (i.key() instanceof Template t && t.isLiteral() && t.parts().size() == 1);
            return constant && isScopeTraversal(i.collection());
        }
        return false;
    }

    private static String numberText(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    private static String escape(String s) {
        return s.replace("${", "$${").replace("%{", "%%{");
    }

    private String wrap(HclExpression e) {
        return "${" + rangeSource(e.span()) + "}";
    }

    /** hcl2json takes the source of a range plus a directly following ')'. */
    private String rangeSource(Span span) {
        int end = span.end();
        if (end < text.length() && text.charAt(end) == ')') {
            end++;
        }
        return text.substring(span.start(), end);
    }
}
