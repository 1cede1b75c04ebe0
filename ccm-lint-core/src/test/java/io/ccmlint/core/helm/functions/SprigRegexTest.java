package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.FunctionTemplates.error;
import static io.ccmlint.core.helm.functions.FunctionTemplates.render;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.helm.template.TemplateError;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sprig's regex functions with Go's RE2 semantics. */
class SprigRegexTest {
    @Test
    void matchFindReplaceSplit() {
        assertThat(render("{{ regexMatch \"^[a-z]+@[a-z]+\\\\.com$\" \"test@acme.com\" }} {{ regexMatch \"(\" \"x\" }}"))
                .isEqualTo("true false");
        assertThat(render("{{ regexFindAll \"[2,4,6,8]\" \"123456789\" -1 }} {{ regexFindAll \"[2,4,6,8]\" \"123456789\" 2 }} {{ regexFind \"[a-zA-Z][1-9]\" \"abcd1234\" }}"))
                .isEqualTo("[2 4 6 8] [2 4] d1");
        assertThat(render("{{ regexReplaceAll \"a(x*)b\" \"-ab-axxb-\" \"${1}W\" }} {{ regexReplaceAll \"a(x*)b\" \"-ab-axxb-\" \"$1W\" }} {{ regexReplaceAllLiteral \"a(x*)b\" \"-ab-axxb-\" \"${1}\" }}"))
                .isEqualTo("-W-xxW- --- -${1}-${1}-");
        assertThat(render("{{ regexReplaceAll \"(?P<first>\\\\w+) (?P<last>\\\\w+)\" \"John Smith\" \"$last, $first\" }}"))
                .isEqualTo("Smith, John");
        assertThat(render("{{ regexSplit \"z+\" \"pizza\" -1 }} {{ regexSplit \"z+\" \"pizza\" 1 }} {{ regexFindAll \"a*\" \"baaac\" -1 | len }}"))
                .isEqualTo("[pi a] [pizza] 3");
        assertThat(render("{{ regexQuoteMeta \"1.2.3\" }}")).isEqualTo("1\\.2\\.3");
    }

    @Test
    void goSemanticsWhereJavaDiffers() {
        assertThat(render("{{ regexMatch \"a$\" \"a\\n\" }} {{ regexMatch \"(?m)a$\" \"a\\nb\" }} {{ regexMatch \"^\\\\s$\" \"\\v\" }} {{ regexMatch \"^[[:alpha:]]+$\" \"abc\" }} {{ regexMatch \"[a&&b]\" \"&\" }}"))
                .isEqualTo("false true false true true");
    }

    @Test
    void whatRe2RejectsIsRejected() {
        assertThat(error("{{ regexFind \"(a)\\\\1\" \"aa\" }}")).contains("invalid escape sequence");
        assertThat(error("{{ regexFind \"a(?=b)\" \"ab\" }}")).contains("invalid or unsupported Perl syntax");
        assertThat(error("{{ regexFind \"a++\" \"aa\" }}")).contains("invalid nested repetition operator");
        assertThat(error("{{ mustRegexMatch \"(\" \"x\" }}")).isEqualTo("error calling mustRegexMatch: error parsing regexp: missing closing ): `(`");
    }

    @Test
    void backtrackingIsBounded() {
        TemplateError e = FunctionTemplates.run("{{ regexMatch \"(.*a){25}b\" \"" + "a".repeat(40) + "\" }}", Map.of()).error().orElseThrow();
        assertThat(e.kind()).isEqualTo(TemplateError.Kind.LIMIT);
    }
}
