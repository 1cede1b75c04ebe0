package io.ccmlint.core.helm.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Go's fmt on the value types templates cannot make themselves (sized integers, nested nils, objects). */
class GoFmtTest {
    private static String f(String format, Object... args) {
        return GoFmt.sprintf(format, Arrays.asList(args));
    }

    @Test
    void unsignedAndSizedIntegers() {
        GoInt max = new GoInt(GoInt.Kind.UINT64, -1);
        assertThat(f("%d|%x|%v|%#v|%T", max, max, max, max, max))
                .isEqualTo("18446744073709551615|ffffffffffffffff|18446744073709551615|0xffffffffffffffff|uint64");
        GoInt small = new GoInt(GoInt.Kind.INT8, 200);
        assertThat(small.bits()).as("wrapped like a Go conversion").isEqualTo(-56);
        assertThat(f("%d|%b|%o|%O|%#b|%X", small, 5L, 8L, 8L, 5L, 255L)).isEqualTo("-56|101|10|0o10|0b101|FF");
    }

    @Test
    void floatsAsGoPrintsThem() {
        assertThat(f("%v|%v|%v|%v|%v", 1e6, 123456.0, 1e-5, 0.1 + 0.2, -0.0)).isEqualTo("1e+06|123456|1e-05|0.30000000000000004|-0");
        assertThat(f("%v|%v|%v", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)).isEqualTo("NaN|+Inf|-Inf");
        assertThat(f("%5.1f|%-7.2e|%08.3f|%+.0f|%.3g|%g", 3.14159, 1234.5, -2.5, 2.5, 2.0 / 3, 1e21))
                .isEqualTo("  3.1|1.23e+03|-002.500|+2|0.667|1e+21");
        assertThat(f("%x|%.3x|%b", 1.0, 1.0 / 3, 0.5)).isEqualTo("0x1p+00|0x1.555p-02|4503599627370496p-53");
        assertThat(f("%v", 5e-324)).isEqualTo("5e-324");
        assertThat(f("%v", 9007199254740993.0)).isEqualTo("9.007199254740992e+15");
    }

    @Test
    void nilInsideMapsAndListsPrintsAsNilForAnyVerb() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", null);
        m.put("a", List.of(1L, "x"));
        assertThat(f("%v|%d|%s", m, m, m)).isEqualTo("map[a:[1 x] b:<nil>]|map[%!d(string=a):[1 %!d(string=x)] %!d(string=b):<nil>]"
                + "|map[a:[%!s(int=1) x] b:<nil>]");
        assertThat(f("%#v", m)).isEqualTo("map[string]interface {}{\"a\":[]interface {}{1, \"x\"}, \"b\":interface {}(nil)}");
    }

    @Test
    void badVerbsMissingAndExtraArguments() {
        assertThat(f("%d|%s|%z", "x", 1L, true)).isEqualTo("%!d(string=x)|%!s(int=1)|%!z(bool=true)");
        assertThat(f("%d %d", 1L)).isEqualTo("1 %!d(MISSING)");
        assertThat(f("%d", 1L, "a", null)).isEqualTo("1%!(EXTRA string=a, <nil>)");
        assertThat(f("%!")).isEqualTo("%!!(MISSING)");
        assertThat(f("%")).isEqualTo("%!(NOVERB)");
        assertThat(f("%5d", "ab")).isEqualTo("%!d(string=   ab)");
        assertThat(f("%[3]d|%[0]d", 1L)).isEqualTo("%!d(BADINDEX)|%!d(BADINDEX)");
    }

    @Test
    void objectsPrintThemselves() {
        GoObject o = new TemplateExecTest.Obj();
        assertThat(f("%v|%s|%q|%d", o, o, o, o)).isEqualTo("<files>|<files>|\"<files>\"|%!d(files.Files=<files>)");
    }

    @Test
    void printAndPrintln() {
        assertThat(GoFmt.sprint(Arrays.asList(1L, 2L, "a", "b", 3.5, null, true))).isEqualTo("1 2ab3.5 <nil> true");
        assertThat(GoFmt.sprintln(Arrays.asList("a", 1L))).isEqualTo("a 1\n");
    }

    @Test
    void quotingEscapesAsStrconvDoes() {
        assertThat(f("%q|%+q|%#q|%#q", "a\"\\\u0007\u00e9\u200b\uD83D\uDE00", "é", "x`y", "raw"))
                .isEqualTo("\"a\\\"\\\\\\aé\\u200b\uD83D\uDE00\"|\"\\u00e9\"|\"x`y\"|`raw`");
        assertThat(f("%q|%q|%c|%U", 0x1F600L, -1L, 0x110000L, 0x1F600L)).isEqualTo("'\uD83D\uDE00'|'�'|�|U+1F600");
    }
}
