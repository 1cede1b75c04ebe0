package io.ccmlint.core.terraform.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.hcl.HclParser;
import io.ccmlint.core.hcl.HclParseResult;
import io.ccmlint.core.source.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arithmetic on absurd magnitudes is unknown instead of exact: 3e10002012 - 100 would otherwise
 * build a ten-million-digit number (found while fuzzing the evaluator), and larger exponents
 * would exhaust memory.
 */
class HugeNumbersTest {
    private static Value eval(String expr) {
        HclParseResult r = HclParser.parse(SourceFile.of("main.tf", "x = " + expr + "\n"));
        return TerraformModule.of(r.file()).evaluator().eval(r.file().body().attributes().get(0).value());
    }

    @ParameterizedTest
    @CsvSource({"3e10002012 - 100", "3e999999999 + 1", "3e100000 * 2", "3e10002012 / 7", "1e-20000 + 1"})
    void absurdMagnitudesAreUnknown(String expr) {
        assertThat(eval(expr)).isInstanceOf(Value.Unknown.class);
    }

    @org.junit.jupiter.api.Test
    void comparingHugeNumbersIsStillKnown() {
        Value v = eval("3e10002012 > 100");
        assertThat(v).isInstanceOf(Value.Bool.class);
        assertThat(((Value.Bool) v).value()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"1e3 + 1, 1001", "2 * 21, 42", "10 - 2.5, 7.5", "1e300 * 1e300, 1e600"})
    void reasonableNumbersStayExact(String expr, String expected) {
        Value v = eval(expr);
        assertThat(v).isInstanceOf(Value.Num.class);
        assertThat(((Value.Num) v).value().compareTo(new java.math.BigDecimal(expected))).isZero();
    }
}
