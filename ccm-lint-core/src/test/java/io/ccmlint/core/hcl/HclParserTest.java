package io.ccmlint.core.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.hcl.HclExpression.*;
import io.ccmlint.core.hcl.HclTemplatePart.ForDirective;
import io.ccmlint.core.hcl.HclTemplatePart.IfDirective;
import io.ccmlint.core.hcl.HclTemplatePart.Interpolation;
import io.ccmlint.core.hcl.HclTemplatePart.Text;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

class HclParserTest {

    static HclBody parse(String text) {
        HclParseResult r = HclParser.parse(SourceFile.of("t.tf", text));
        assertThat(r.errors()).as("errors").isEmpty();
        return r.body();
    }

    static HclExpression value(String text) {
        return parse(text).attributes().get(0).value();
    }

    static void assertSpan(Span span, int line, int col, String text) {
        assertThat(span.text()).isEqualTo(text);
        assertThat(span.startLine()).as("line of %s", text).isEqualTo(line);
        assertThat(span.startColumn()).as("column of %s", text).isEqualTo(col);
    }

    @Test
    void attributeSpans() {
        HclBody body = parse("  name  =  \"value\"  # comment\nother = 42\n");
        HclAttribute a = body.attributes().get(0);
        assertThat(a.name()).isEqualTo("name");
        assertSpan(a.nameSpan(), 1, 3, "name");
        assertSpan(a.equalsSpan(), 1, 9, "=");
        assertSpan(a.value().span(), 1, 12, "\"value\"");
        assertSpan(a.span(), 1, 3, "name  =  \"value\"");
        assertSpan(body.attributes().get(1).value().span(), 2, 9, "42");
    }

    @Test
    void blockSpansAndLabels() {
        HclBody body = parse("resource \"aws_iam_role\" ccm {\n  name = \"x\"\n}\n");
        HclBlock b = body.blocks().get(0);
        assertThat(b.type()).isEqualTo("resource");
        assertThat(b.labelValues()).containsExactly("aws_iam_role", "ccm");
        assertSpan(b.typeSpan(), 1, 1, "resource");
        assertSpan(b.labels().get(0).span(), 1, 10, "\"aws_iam_role\"");
        assertThat(b.labels().get(0).quoted()).isTrue();
        assertSpan(b.labels().get(1).span(), 1, 25, "ccm");
        assertThat(b.labels().get(1).quoted()).isFalse();
        assertSpan(b.openBraceSpan(), 1, 29, "{");
        assertSpan(b.closeBraceSpan(), 3, 1, "}");
        assertThat(b.span().text()).startsWith("resource").endsWith("}");
        assertThat(b.body().span().text()).isEqualTo("\n  name = \"x\"\n");
        assertThat(b.body().attribute("name")).isPresent();
    }

    @Test
    void oneLineBlocksAndItemsInSourceOrder() {
        HclBody body = parse("a = 1\nb { x = 1 }\nc = 2\nd \"l\" {}\n");
        assertThat(body.items()).extracting(i -> i instanceof HclAttribute at ? at.name() : ((HclBlock) i).type())
                .containsExactly("a", "b", "c", "d");
        HclBlock b = body.blocks("b").get(0);
        assertThat(b.body().attributes()).singleElement().extracting(HclAttribute::name).isEqualTo("x");
        assertSpan(b.closeBraceSpan(), 2, 11, "}");
    }

    @Test
    void literals() {
        HclBody body = parse("a = 1\nb = 1.5e3\nc = true\nd = false\ne = null\nf = 0.25E-2\n");
        assertThat(((NumberLiteral) body.attributes().get(0).value()).value()).isEqualByComparingTo("1");
        assertThat(((NumberLiteral) body.attributes().get(1).value()).value()).isEqualByComparingTo(new BigDecimal("1500"));
        assertThat(((BoolLiteral) body.attributes().get(2).value()).value()).isTrue();
        assertThat(((BoolLiteral) body.attributes().get(3).value()).value()).isFalse();
        assertThat(body.attributes().get(4).value()).isInstanceOf(NullLiteral.class);
        assertThat(((NumberLiteral) body.attributes().get(5).value()).value()).isEqualByComparingTo("0.0025");
    }

    @Test
    void unescapesQuotedStrings() {
        Template t = (Template) value("a = \"n\\n r\\r t\\t q\\\" b\\\\ u\\u00e9 U\\U0001F600 $${x} %%{y} $ %\"\n");
        assertThat(t.literalValue()).isEqualTo("n\n r\r t\t q\" b\\ u\u00e9 U\uD83D\uDE00 ${x} %{y} $ %");
        assertThat(t.parts()).singleElement().isInstanceOf(Text.class);
        assertThat(((Text) t.parts().get(0)).span().text()).startsWith("n\\n").endsWith("$ %");
    }

    @Test
    void templatePartsHaveExactSpans() {
        Template t = (Template) value("a = \"pre-${var.x}-mid-${ upper(y) }\"\n");
        assertThat(t.parts()).hasSize(4);
        assertSpan(t.parts().get(0).span(), 1, 6, "pre-");
        Interpolation i = (Interpolation) t.parts().get(1);
        assertSpan(i.span(), 1, 10, "${var.x}");
        assertSpan(i.expression().span(), 1, 12, "var.x");
        assertThat(((Text) t.parts().get(2)).value()).isEqualTo("-mid-");
        assertSpan(((Interpolation) t.parts().get(3)).expression().span(), 1, 26, "upper(y)");
        assertSpan(t.span(), 1, 5, "\"pre-${var.x}-mid-${ upper(y) }\"");
    }

    @Test
    void spansCountUtf16UnitsAfterNonBmpCharacters() {
        HclBody body = parse("a = \"😀 ${x}\"\nb = \"é\"\n");
        Template t = (Template) body.attributes().get(0).value();
        Interpolation i = (Interpolation) t.parts().get(1);
        // the emoji is two UTF-16 units: "x" is at column 11, offset 10
        assertSpan(i.expression().span(), 1, 11, "x");
        assertThat(i.expression().span().start()).isEqualTo(10);
        assertThat(((Text) t.parts().get(0)).value()).isEqualTo("😀 ");
        assertSpan(body.attributes().get(1).nameSpan(), 2, 1, "b");
    }

    @Test
    void spansWithCrlfLineEndings() {
        HclBody body = parse("a = 1\r\nblock \"l\" {\r\n  x = \"v\"\r\n}\r\nh = <<EOF\r\nline\r\nEOF\r\n");
        HclBlock b = body.blocks().get(0);
        assertSpan(b.labels().get(0).span(), 2, 7, "\"l\"");
        HclAttribute x = b.body().attributes().get(0);
        assertSpan(x.value().span(), 3, 7, "\"v\"");
        assertSpan(b.closeBraceSpan(), 4, 1, "}");
        Heredoc h = (Heredoc) body.attribute("h").orElseThrow().value();
        assertThat(h.content()).isEqualTo("line\r\n");
        assertSpan(h.bodySpan(), 6, 1, "line\r\n");
        assertThat(h.span().text()).isEqualTo("<<EOF\r\nline\r\nEOF");
    }

    @Test
    void heredocContentAndSpans() {
        HclBody body = parse("p = <<EOT\n  {\"a\": 1}\n  EOT\nq = 1\n");
        Heredoc h = (Heredoc) body.attributes().get(0).value();
        assertThat(h.marker()).isEqualTo("EOT");
        assertThat(h.flush()).isFalse();
        assertThat(h.content()).isEqualTo("  {\"a\": 1}\n");
        assertSpan(h.bodySpan(), 2, 1, "  {\"a\": 1}\n");
        assertSpan(h.span(), 1, 5, "<<EOT\n  {\"a\": 1}\n  EOT");
        assertThat(body.attributes().get(1).name()).isEqualTo("q");
    }

    @Test
    void flushHeredocStripsCommonIndentation() {
        Heredoc h = (Heredoc) value("p = <<-EOT\n    one\n      two\n\n    three\n  EOT\n");
        assertThat(h.flush()).isTrue();
        assertThat(h.content()).isEqualTo("one\n  two\n\nthree\n");
        assertThat(h.bodySpan().text()).isEqualTo("    one\n      two\n\n    three\n");
    }

    @Test
    void flushHeredocCountsInterpolationAtLineStartAsNoIndent() {
        Heredoc h = (Heredoc) value("p = <<-EOT\n    a\n${x}\n    EOT\n");
        assertThat(((Text) h.parts().get(0)).value()).isEqualTo("    a\n");
    }

    @Test
    void stripMarkers() {
        Template t = (Template) value("a = \"x  ${~ y ~}  z\"\n");
        assertThat(((Text) t.parts().get(0)).value()).isEqualTo("x");
        assertThat(((Text) t.parts().get(2)).value()).isEqualTo("z");
        Interpolation i = (Interpolation) t.parts().get(1);
        assertThat(i.stripBefore()).isTrue();
        assertThat(i.stripAfter()).isTrue();
    }

    @Test
    void templateDirectives() {
        Template t = (Template) value("a = \"%{ if c }yes%{ else }no%{ endif }|%{ for k, v in m }${k}%{ endfor }\"\n");
        IfDirective d = (IfDirective) t.parts().get(0);
        assertThat(d.condition().sourceText()).isEqualTo("c");
        assertThat(d.hasElse()).isTrue();
        assertThat(((Text) d.thenParts().get(0)).value()).isEqualTo("yes");
        assertThat(((Text) d.elseParts().get(0)).value()).isEqualTo("no");
        assertThat(d.span().text()).isEqualTo("%{ if c }yes%{ else }no%{ endif }");
        ForDirective f = (ForDirective) t.parts().get(2);
        assertThat(f.keyVar()).isEqualTo("k");
        assertThat(f.valueVar()).isEqualTo("v");
        assertThat(f.collection().sourceText()).isEqualTo("m");
        assertThat(f.body()).singleElement().isInstanceOf(Interpolation.class);
    }

    @Test
    void binaryPrecedenceAndAssociativity() {
        Binary or = (Binary) value("a = x || y && z == 1 + 2 * 3\n");
        assertThat(or.operator()).isEqualTo(HclOperator.OR);
        Binary and = (Binary) or.right();
        assertThat(and.operator()).isEqualTo(HclOperator.AND);
        Binary eq = (Binary) and.right();
        assertThat(eq.operator()).isEqualTo(HclOperator.EQUAL);
        Binary plus = (Binary) eq.right();
        assertThat(plus.operator()).isEqualTo(HclOperator.ADD);
        assertThat(((Binary) plus.right()).operator()).isEqualTo(HclOperator.MULTIPLY);

        Binary minus = (Binary) value("a = 10 - 4 - 3\n");
        assertThat(minus.left().sourceText()).isEqualTo("10 - 4");
        assertThat(minus.right().sourceText()).isEqualTo("3");

        Binary cmp = (Binary) value("a = -x < 1\n");
        assertThat(cmp.left()).isInstanceOf(Unary.class);
        assertThat(((Unary) cmp.left()).operand().sourceText()).isEqualTo("x");

        Binary notEq = (Binary) value("a = !a.b == c\n");
        assertThat(((Unary) notEq.left()).operand().sourceText()).isEqualTo("a.b");
    }

    @Test
    void conditionalIsRightAssociative() {
        Conditional c = (Conditional) value("a = x ? 1 : y ? 2 : 3\n");
        assertThat(c.condition().sourceText()).isEqualTo("x");
        assertThat(c.falseResult()).isInstanceOf(Conditional.class);
        assertThat(c.span().text()).isEqualTo("x ? 1 : y ? 2 : 3");
    }

    @Test
    void traversalsIndexesAndSplats() {
        GetAttr arn = (GetAttr) value("a = aws_iam_role.ccm.arn\n");
        assertThat(arn.name()).isEqualTo("arn");
        assertSpan(arn.nameSpan(), 1, 22, "arn");
        assertThat(((GetAttr) arn.source()).source()).isEqualTo(new Variable("aws_iam_role", arn.source().span().file()
                .span(4, 16)));

        Index legacy = (Index) value("a = x.0\n");
        assertThat(legacy.legacy()).isTrue();

        Splat attr = (Splat) value("a = x.*.id\n");
        assertThat(attr.full()).isFalse();
        assertThat(attr.each().sourceText()).isEqualTo(".*.id");
        assertThat(attr.span().text()).isEqualTo("x.*.id");

        Splat full = (Splat) value("a = x[*].tags[\"Name\"]\n");
        assertThat(full.full()).isTrue();
        assertThat(full.markerSpan().text()).isEqualTo("[*]");
        assertThat(full.each()).isInstanceOf(Index.class);
        assertThat(full.span().text()).isEqualTo("x[*].tags[\"Name\"]");
    }

    @Test
    void functionCalls() {
        FunctionCall f = (FunctionCall) value("a = provider::aws::arn_parse(x, y...)\n");
        assertThat(f.name()).isEqualTo("provider::aws::arn_parse");
        assertThat(f.nameSpan().text()).isEqualTo("provider::aws::arn_parse");
        assertThat(f.args()).hasSize(2);
        assertThat(f.expandFinal()).isTrue();
        assertThat(f.commas()).hasSize(1);
        assertThat(f.closeParenSpan().text()).isEqualTo(")");
        FunctionCall multi = (FunctionCall) value("a = f(\n  1,\n  2,\n)\n");
        assertThat(multi.args()).hasSize(2);
        assertThat(multi.commas()).hasSize(2);
    }

    @Test
    void tuplesExposeBracketsAndCommas() {
        TupleCons t = (TupleCons) value("a = [\n  \"x\",\n  \"y\"\n]\n");
        assertThat(t.elements()).hasSize(2);
        assertSpan(t.openSpan(), 1, 5, "[");
        assertSpan(t.closeSpan(), 4, 1, "]");
        assertThat(t.commas()).singleElement().satisfies(s -> assertSpan(s, 2, 6, ","));
    }

    @Test
    void objectsWithNewlineAndCommaSeparators() {
        ObjectCons o = (ObjectCons) value("a = {\n  x = 1, \"y\": 2\n  (k) = 3\n  if = 4\n}\n");
        assertThat(o.items()).extracting(ObjectItem::keyName).containsExactly("x", "y", null, "if");
        assertThat(o.items().get(0).separatorSpan().text()).isEqualTo(",");
        assertThat(o.items().get(1).separatorSpan()).isNull();
        assertThat(o.items().get(1).assignSpan().text()).isEqualTo(":");
        assertThat(o.items().get(2).key()).isInstanceOf(Parens.class);
        assertSpan(o.closeSpan(), 5, 1, "}");
    }

    @Test
    void forExpressions() {
        ForExpr t = (ForExpr) value("a = [for i, v in xs : v if i > 0]\n");
        assertThat(t.object()).isFalse();
        assertThat(t.keyVar()).isEqualTo("i");
        assertThat(t.valueVar()).isEqualTo("v");
        assertThat(t.condition().sourceText()).isEqualTo("i > 0");
        ForExpr o = (ForExpr) value("a = {for k, v in m : k => v... if v != null}\n");
        assertThat(o.object()).isTrue();
        assertThat(o.grouping()).isTrue();
        assertThat(o.keyExpr().sourceText()).isEqualTo("k");
        assertThat(o.span().text()).isEqualTo("{for k, v in m : k => v... if v != null}");
    }

    @Test
    void keywordNamedAttributes() {
        HclBody body = parse("if = 1\nfor = 2\nin = 3\nb {\n  for = 4\n}\n");
        assertThat(body.attributes()).extracting(HclAttribute::name).containsExactly("if", "for", "in");
    }

    @Test
    void commentsAreCollected() {
        HclParseResult r = HclParser.parse(SourceFile.of("t.tf", "# one\na = 1 // two\n/* three */\n"));
        assertThat(r.file().comments()).extracting(Span::text).containsExactly("# one", "// two", "/* three */");
    }

    @Test
    void walkVisitsEveryNodeOnce() {
        HclParseResult r = HclParser.parse(SourceFile.of("t.tf", "b \"l\" {\n  a = [f(x), \"${y}\"]\n}\n"));
        List<String> kinds = new ArrayList<>();
        r.file().walk(n -> kinds.add(n.getClass().getSimpleName()));
        assertThat(kinds).containsExactly("HclFile", "HclBody", "HclBlock", "HclBody", "HclAttribute", "TupleCons",
                "FunctionCall", "Variable", "Template", "Interpolation", "Variable");
    }
}
