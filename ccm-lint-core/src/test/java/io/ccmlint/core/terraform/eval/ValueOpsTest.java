package io.ccmlint.core.terraform.eval;

import static io.ccmlint.core.terraform.eval.EvalTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.hcl.HclParser;
import io.ccmlint.core.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

class ValueOpsTest {

    @Test
    void numberTextsMatchGo() {
        assertThat(ValueOps.numberText(new BigDecimal("1.500"))).isEqualTo("1.5");
        assertThat(ValueOps.numberText(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(ValueOps.numberText(new BigDecimal("0.000"))).isEqualTo("0");
        assertThat(ValueOps.numberTextG(new BigDecimal("123456"))).isEqualTo("123456");
        assertThat(ValueOps.numberTextG(new BigDecimal("1234567"))).isEqualTo("1.234567e+06");
        assertThat(ValueOps.numberTextG(new BigDecimal("1000000"))).isEqualTo("1e+06");
        assertThat(ValueOps.numberTextG(new BigDecimal("0.0001"))).isEqualTo("0.0001");
        assertThat(ValueOps.numberTextG(new BigDecimal("0.00001"))).isEqualTo("1e-05");
        assertThat(ValueOps.numberTextG(new BigDecimal("-2.5"))).isEqualTo("-2.5");
        assertThat(ValueOps.numberText(new BigDecimal("1E+100000"))).isNull(); // too long to print
    }

    @Test
    void hugeNumbersAreNotPrinted() {
        unknown(eval("\"x${1e99999}\""));
        unknown(eval("jsonencode(1e99999)"));
        assertThat(bool(eval("1e99999 > 1"))).isTrue(); // comparing needs no printing
    }

    @Test
    void stringOrderIsCodePointOrder() {
        List<String> l = new ArrayList<>(List.of("b", "\uD83D\uDE00", "\uFF21", "B", "a"));
        l.sort(ValueOps.CODE_POINT_ORDER);
        assertThat(l).containsExactly("B", "a", "b", "\uFF21", "\uD83D\uDE00");
        assertThat(io.ccmlint.core.value.CodePointOrder.compare("ab", "a")).isPositive();
        assertThat(io.ccmlint.core.value.CodePointOrder.compare("a", "ab")).isNegative();
    }

    @Test
    void trimSpaceIsGoUnicodeSpace() {
        assertThat(ValueOps.trimSpace("\u00A0\u2003 x \u3000\u0085")).isEqualTo("x");
        assertThat(ValueOps.trimSpace("\u200Bx")).isEqualTo("\u200Bx"); // zero-width space is not a space
    }

    @Test
    void conversions() {
        assertThat(ValueOps.parseNumber("1e3")).isEqualByComparingTo("1000");
        assertThat(ValueOps.parseNumber("0x10")).isNull();
        assertThat(ValueOps.parseNumber(" 1")).isNull();
        assertThat(ValueOps.asIndex(new Value.Str("2", null))).isEqualTo(2);
        assertThat(ValueOps.asIndex(new Value.Num(new BigDecimal("1.5"), null))).isEqualTo(-1);
    }

    @Test
    void moduleFromParseResults() {
        TerraformModule m = TerraformModule.ofParseResults(List.of(
                HclParser.parse(SourceFile.of("a.tf", "locals {\n  a = 1\n}\n")),
                HclParser.parse(SourceFile.of("b.tf", "locals {\n  a = 2\n  b = local.a + 1\n}\n"))));
        assertThat(num(m.evaluator().local("b").orElseThrow())).isEqualByComparingTo("2"); // first a wins
        assertThat(m.evaluator().local("zzz")).isEmpty();
    }

    @Test
    void flushHeredocTextIsDedentedByTheParser() {
        String main = """
                locals {
                  p = <<-EOF
                      line1
                        line2
                      EOF
                }
                """;
        assertThat(str(eval(main, "local.p"))).isEqualTo("line1\n  line2\n");
    }
}
