package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.FunctionTemplates.error;
import static io.ccmlint.core.helm.functions.FunctionTemplates.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sprig's functions, with the outputs Sprig's own tests and docs give. */
class SprigFunctionsTest {
    @Test
    void strings() {
        assertThat(render("{{ trim \"  a b \\n\" }}|{{ trimAll \"$\" \"$5.00$\" }}|{{ trimSuffix \"-\" \"ab-\" }}|{{ trimPrefix \"-\" \"-ab\" }}"))
                .isEqualTo("a b|5.00|ab|ab");
        assertThat(render("{{ upper \"hello\" }}|{{ lower \"HeLLo\" }}|{{ title \"hello world-wide\" }}|{{ untitle \"Hello World\" }}"))
                .isEqualTo("HELLO|hello|Hello World-Wide|hello world");
        assertThat(render("{{ repeat 3 \"ab\" }}|{{ substr 0 5 \"hello world\" }}|{{ substr 6 -1 \"hello world\" }}|{{ nospace \"h e l\\tl o\" }}"))
                .isEqualTo("ababab|hello|world|hello");
        assertThat(render("{{ trunc 5 \"hello world\" }}|{{ trunc -5 \"hello world\" }}|{{ trunc 50 \"ab\" }}|{{ abbrev 5 \"hello world\" }}|{{ initials \"First Try\" }}"))
                .isEqualTo("hello|world|ab|he...|FT");
        assertThat(render("{{ wrap 5 \"Hello World\" }}|{{ wrapWith 5 \"\\t\" \"Hello World\" }}")).isEqualTo("Hello\nWorld|Hello\tWorld");
        assertThat(render("{{ contains \"cat\" \"catch\" }} {{ hasPrefix \"cat\" \"catch\" }} {{ hasSuffix \"cat\" \"catch\" }}"))
                .isEqualTo("true true false");
        assertThat(render("{{ quote \"a\\\"b\" 1 nil }}|{{ squote \"a\" 2 }}|{{ cat \"hello\" \"beautiful\" nil 1.5 }}"))
                .isEqualTo("\"a\\\"b\" \"1\"|'a' '2'|hello beautiful 1.5");
        assertThat(render("{{ indent 2 \"a\\nb\" }}|{{ nindent 2 \"a\" }}|{{ replace \" \" \"-\" \"a b c\" }}|{{ plural \"one\" \"many\" 2 }}"))
                .isEqualTo("  a\n  b|\n  a|a-b-c|many");
        assertThat(render("{{ snakecase \"FirstName\" }} {{ snakecase \"HTTPServer\" }} {{ kebabcase \"FirstName\" }} {{ camelcase \"http_server\" }} {{ swapcase \"This Is\" }}"))
                .isEqualTo("first_name http_server first-name HttpServer tHIS iS");
        assertThat(render("{{ toString 1.5 }}|{{ toStrings (list 1 \"a\" nil) }}|{{ join \"-\" (list 1 \"a\" nil 2) }}|{{ sortAlpha (list \"b\" \"a\" \"C\") }}"))
                .isEqualTo("1.5|[1 a]|1-a-2|[C a b]");
        assertThat(render("{{ $p := split \"$\" \"foo$bar$baz\" }}{{ $p._0 }} {{ $p._2 }}|{{ splitList \",\" \"a,b\" }}|{{ (splitn \"$\" 2 \"foo$bar$baz\")._1 }}"))
                .isEqualTo("foo baz|[a b]|bar$baz");
    }

    @Test
    void lists() {
        assertThat(render("{{ list 1 2 3 | first }} {{ list 1 2 3 | last }} {{ list 1 2 3 | rest }} {{ list 1 2 3 | initial }} {{ first list }}"))
                .isEqualTo("1 3 [2 3] [1 2] <no value>");
        assertThat(render("{{ append (list 1 2) 3 }} {{ prepend (list 1 2) 0 }} {{ concat (list 1) (list 2 3) }} {{ reverse (list 1 2 3) }}"))
                .isEqualTo("[1 2 3] [0 1 2] [1 2 3] [3 2 1]");
        assertThat(render("{{ uniq (list 1 1 2 \"a\" \"a\") }} {{ without (list 1 2 3 2) 2 }} {{ has 2 (list 1 2) }} {{ has 5 nil }} {{ compact (list 1 \"\" nil 0 \"a\") }}"))
                .isEqualTo("[1 2 a] [1 3] true false [1 a]");
        assertThat(render("{{ slice (list 1 2 3 4) 1 3 }} {{ until 3 }} {{ untilStep 0 10 4 }} {{ seq 3 }} {{ seq 5 -2 1 }} {{ chunk 2 (list 1 2 3) }}"))
                .isEqualTo("[2 3] [0 1 2] [0 4 8] 1 2 3 5 3 1 [[1 2] [3]]");
        Map<String, Object> data = new LinkedHashMap<>(Map.of("a", new LinkedHashMap<>(Map.of("b", "c"))));
        assertThat(render("{{ dig \"a\" \"b\" \"d\" . }} {{ dig \"a\" \"x\" \"d\" . }}", data)).isEqualTo("c d");
        assertThat(error("{{ first \"abc\" }}")).isEqualTo("error calling first: Cannot find first on type string");
        assertThat(error("{{ mustFirst 3 }}")).isEqualTo("error calling mustFirst: Cannot find first on type int");
    }

    @Test
    void dicts() {
        assertThat(render("{{ $d := dict \"b\" 2 \"a\" 1 \"odd\" }}{{ $d }} {{ get $d \"a\" }} {{ get $d \"x\" | quote }} {{ hasKey $d \"b\" }} {{ keys $d }} {{ values $d }}"))
                .isEqualTo("map[a:1 b:2 odd:] 1 \"\" true [a b odd] [1 2 ]");
        assertThat(render("{{ $d := dict \"a\" 1 }}{{ $_ := set $d \"b\" 2 }}{{ $d }} {{ unset $d \"a\" }} {{ pick (dict \"a\" 1 \"b\" 2) \"a\" }} {{ omit (dict \"a\" 1 \"b\" 2) \"a\" }}"))
                .isEqualTo("map[a:1 b:2] map[b:2] map[a:1] map[b:2]");
        assertThat(render("{{ pluck \"a\" (dict \"a\" 1) (dict \"b\" 2) (dict \"a\" 3) }}")).isEqualTo("[1 3]");
        assertThat(render("{{ merge (dict \"a\" 1 \"n\" (dict \"x\" 1) \"e\" \"\") (dict \"a\" 2 \"b\" 3 \"n\" (dict \"y\" 2) \"e\" \"f\") }}"))
                .isEqualTo("map[a:1 b:3 e:f n:map[x:1 y:2]]");
        assertThat(render("{{ mergeOverwrite (dict \"a\" 1 \"n\" (dict \"x\" 1)) (dict \"a\" 2 \"n\" (dict \"x\" 5 \"y\" 2)) }}"))
                .isEqualTo("map[a:2 n:map[x:5 y:2]]");
        List<Object> inner = new ArrayList<>(List.of(1L));
        Map<String, Object> data = new LinkedHashMap<>(Map.of("l", inner));
        assertThat(render("{{ $c := deepCopy . }}{{ $_ := set $c \"l\" 2 }}{{ .l }} {{ $c.l }}", data)).isEqualTo("[1] 2");
    }

    @Test
    void defaultsAndLogic() {
        assertThat(render("{{ default \"foo\" .missing }} {{ default \"foo\" \"bar\" }} {{ default 5 0 }} {{ default \"x\" false }} {{ default \"x\" (list) }}"))
                .isEqualTo("foo bar 5 x x");
        assertThat(render("{{ empty 0 }} {{ empty \"a\" }} {{ empty (dict) }} {{ coalesce 0 \"\" \"x\" }} {{ coalesce 0 }} {{ all 1 \"a\" }} {{ all 1 0 }} {{ any 0 \"\" 1 }}"))
                .isEqualTo("true false true x <no value> true false true");
        assertThat(render("{{ ternary \"yes\" \"no\" true }} {{ true | ternary 1 2 }} {{ ternary 1 2 false }}")).isEqualTo("yes 1 2");
        assertThat(error("{{ fail \"boom\" }}")).isEqualTo("error calling fail: boom");
    }

    @Test
    void numbers() {
        assertThat(render("{{ add 1 2 3 }} {{ add1 1.9 }} {{ sub 5 \"2\" }} {{ mul 2 3 4 }} {{ div 7 2 }} {{ mod 7 2 }} {{ max 1 5 3 }} {{ min 4 2 8 }}"))
                .isEqualTo("6 2 3 24 3 1 5 2");
        assertThat(render("{{ floor 1.5 }} {{ ceil 1.2 }} {{ round 3.14159 2 }} {{ round 2.5 0 }} {{ int \"12\" }} {{ int64 3.9 }} {{ float64 \"1.5\" }} {{ atoi \"42\" }} {{ atoi \"x\" }}"))
                .isEqualTo("1 2 3.14 3 12 3 1.5 42 0");
        assertThat(render("{{ toDecimal \"0777\" }} {{ int \"0x10\" }} {{ addf 1.1 2.2 }} {{ mulf 1.5 2 }} {{ divf 1 3 }} {{ maxf 1 2.5 }}"))
                .isEqualTo("511 16 3.3 3 0.3333333333333333 2.5");
        assertThat(render("{{ typeOf (add 1 1) }} {{ typeOf (int 1) }} {{ typeOf (float64 1) }}")).isEqualTo("int64 int float64");
        assertThat(error("{{ div 1 0 }}")).contains("integer divide by zero");
    }

    @Test
    void types() {
        assertThat(render("{{ typeOf 1 }} {{ typeOf \"a\" }} {{ typeOf (list) }} {{ typeOf (dict) }} {{ typeOf nil }} {{ kindOf (dict) }} {{ kindOf (list) }} {{ kindOf 1.5 }}"))
                .isEqualTo("int string []interface {} map[string]interface {} <nil> map slice float64");
        assertThat(render("{{ kindIs \"int\" 1 }} {{ typeIs \"string\" 1 }} {{ typeIsLike \"int\" 1 }} {{ deepEqual (list 1 (dict \"a\" 1)) (list 1 (dict \"a\" 1)) }} {{ deepEqual 1 1.0 }}"))
                .isEqualTo("true false true true false");
    }

    @Test
    void encodingsAndHashes() {
        assertThat(render("{{ b64enc \"hello\" }} {{ b64dec \"aGVsbG8=\" }} {{ b64dec \"a$\" }} {{ b32enc \"hello\" }} {{ b32dec \"NBSWY3DP\" }}"))
                .isEqualTo("aGVsbG8= hello illegal base64 data at input byte 1 NBSWY3DP hello");
        assertThat(render("{{ sha1sum \"hello\" }} {{ sha256sum \"hello\" }} {{ adler32sum \"hello\" }}")).isEqualTo(
                "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824 103547413");
    }

    @Test
    void boundsHold() {
        assertThat(FunctionTemplates.run("{{ repeat 1000000000 \"abcdefgh\" }}", Map.of()).error().get().kind())
                .isEqualTo(io.ccmlint.core.helm.template.TemplateError.Kind.LIMIT);
        assertThat(FunctionTemplates.run("{{ until 2000000000 }}", Map.of()).error().get().kind())
                .isEqualTo(io.ccmlint.core.helm.template.TemplateError.Kind.LIMIT);
    }
}
