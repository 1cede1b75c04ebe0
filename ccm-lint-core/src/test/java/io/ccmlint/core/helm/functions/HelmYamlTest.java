package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.FunctionTemplates.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** toYaml / toJson / fromYaml / fromJson with the outputs Helm v4.1.4 gives (checked with the real binary). */
class HelmYamlTest {
    @Test
    void toYamlFormatsAsSigsYamlDoes() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("b", List.of("yes", "1", "", "a: b", "-x", "tab\there"));
        v.put("a10", 1.0);
        v.put("a9", 1000000.5);
        v.put("multi", "l1\nl2");
        v.put("empty", Map.of());
        v.put("n", null);
        assertThat(render("{{ toYaml . }}", v)).isEqualTo("a9: 1.0000005e+06\na10: 1\nb:\n- \"yes\"\n- \"1\"\n- \"\"\n- 'a: b'\n- -x\n"
                + "- \"tab\\there\"\nempty: {}\nmulti: |-\n  l1\n  l2\n\"n\": null");
        assertThat(render("{{ toYaml (list (list 1 2) (dict \"k\" (list \"v\"))) }}")).isEqualTo("- - 1\n  - 2\n- k:\n  - v");
        String longLine = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrr";
        assertThat(render("{{ toYaml (dict \"long\" .) }}", longLine))
                .isEqualTo("long: aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp\n  qqqq rrrr");
    }

    @Test
    void aRootStringIsIndentedByTwo() {
        // Argo CD's argocd-cm puts `$value | toString | toYaml` after a key: the block lines need the indent
        assertThat(render("{{ list (\"a\\nb\\n\" | toYaml) (\"a\\n  b\" | toYaml) (\"plain\" | toYaml) (repeat 30 \"word \" | trim | toYaml) | toJson }}"))
                .isEqualTo("[\"|\\n  a\\n  b\",\"|-\\n  a\\n    b\",\"plain\",\"word word word word word word word word word word word word word word word word word\\n  word word word word word word word word word word word word word\"]");
    }

    @Test
    void jsonRoundTrips() {
        assertThat(render("{{ toJson (dict \"b\" 1.5 \"a\" (list \"<&>\" nil true 1e21 0.000001)) }}"))
                .isEqualTo("{\"a\":[\"\\u003c\\u0026\\u003e\",null,true,1e+21,0.000001],\"b\":1.5}");
        assertThat(render("{{ toRawJson \"<&>\" }}")).isEqualTo("\"<&>\"");
        assertThat(render("{{ $m := fromJson \"{\\\"a\\\": 1}\" }}{{ typeOf $m.a }} {{ (fromJson \"[1]\").Error }}"))
                .isEqualTo("float64 json: cannot unmarshal array into Go value of type map[string]interface {}");
        assertThat(render("{{ (fromJson \"{nope\").Error }}")).isEqualTo("invalid character 'n' looking for beginning of object key string");
    }

    @Test
    void fromYamlReadsYaml11AsHelmDoes() {
        assertThat(render("{{ $m := fromYaml \"a: 1\\nb: [x, yes, 0x10, ~]\\nc: {d: on}\" }}{{ toJson $m }} {{ typeOf $m.a }}"))
                .isEqualTo("{\"a\":1,\"b\":[\"x\",true,16,null],\"c\":{\"d\":true}} float64");
        assertThat(render("{{ fromYamlArray \"- 1\\n- two\" | toJson }} {{ hasKey (fromYaml \"- 1\") \"Error\" }}")).isEqualTo("[1,\"two\"] true");
    }
}
