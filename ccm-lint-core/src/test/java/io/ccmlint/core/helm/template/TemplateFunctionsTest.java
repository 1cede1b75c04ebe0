package io.ccmlint.core.helm.template;

import static io.ccmlint.core.helm.template.Templates.execError;
import static io.ccmlint.core.helm.template.Templates.parsed;
import static io.ccmlint.core.helm.template.Templates.render;
import static io.ccmlint.core.helm.template.Templates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Functions added to the registry (how Sprig and Helm plug in): Go's argument checks and errors. */
class TemplateFunctionsTest {
    private static final TemplateFunction UPPER = TemplateFunction.of(Signature.of(GoType.STRING, GoType.STRING),
            (c, a) -> ((String) a.get(0)).toUpperCase());
    private static final TemplateFunction ADD = TemplateFunction.of(Signature.of(GoType.INT64, GoType.INT64, GoType.INT64),
            (c, a) -> GoInt.int64(((GoInt) a.get(0)).bits() + ((GoInt) a.get(1)).bits()));
    private static final TemplateFunction HALF = TemplateFunction.of(Signature.of(GoType.FLOAT64, GoType.FLOAT64),
            (c, a) -> (Double) a.get(0) / 2);
    private static final TemplateFunction JOIN = TemplateFunction.of(Signature.variadic(GoType.STRING, GoType.ANY, GoType.STRING),
            (c, a) -> a.get(0) + ":" + a.subList(1, a.size()));
    private static final TemplateFunction NOTHING = TemplateFunction.of(Signature.of(GoType.ANY), (c, a) -> null);
    private static final TemplateFunction FAIL = TemplateFunction.of(Signature.of(GoType.STRING, GoType.STRING), (c, a) -> {
        throw new FunctionException((String) a.get(0));
    });
    private static final TemplateFunction PANIC = TemplateFunction.of(Signature.of(GoType.STRING), (c, a) -> {
        throw new IllegalStateException("runtime error: index out of range");
    });
    private static final TemplateFunction INCLUDE = TemplateFunction.of(Signature.of(GoType.STRING, GoType.STRING, GoType.ANY),
            (c, a) -> c.executeTemplate((String) a.get(0), a.get(1)));

    private static TemplateSet helmLike() {
        Map<String, TemplateFunction> fs = new LinkedHashMap<>();
        fs.put("upper", UPPER);
        fs.put("add", ADD);
        fs.put("half", HALF);
        fs.put("join", JOIN);
        fs.put("nothing", NOTHING);
        fs.put("fail", FAIL);
        fs.put("boom", PANIC);
        fs.put("include", INCLUDE);
        return set(Functions.builtins().with(fs), MissingKey.ZERO);
    }

    private static Map<String, Object> values() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "str");
        m.put("f", 2.0);
        m.put("n", null);
        return m;
    }

    @Test
    void argumentsAreCheckedAgainstTheSignature() {
        assertThat(render(helmLike(), "{{ upper \"a\" }}|{{ .s | upper }}|{{ add 1 2 }}|{{ half 3 }}|{{ half .f }}|{{ join \"x\" 1 .s nil }}",
                values())).isEqualTo("A|STR|3|1.5|1|x:[1, str, null]");
        assertThat(execError(helmLike(), "{{ upper 1 }}", values())).isEqualTo(
                "template: t:1:9: executing \"t\" at <1>: expected string; found 1");
        assertThat(execError(helmLike(), "{{ upper .f }}", values())).endsWith(
                "at <.f>: wrong type for value; expected string; got float64");
        assertThat(execError(helmLike(), "{{ upper .n }}", values())).endsWith(
                "at <.n>: wrong type for value; expected string; got interface {}");
        assertThat(execError(helmLike(), "{{ upper nil }}", values())).endsWith("at <nil>: cannot assign nil to string");
        assertThat(execError(helmLike(), "{{ $x := 1 }}{{ add $x 1 }}", values())).endsWith(
                "at <$x>: wrong type for value; expected int64; got int");
        assertThat(execError(helmLike(), "{{ add 1.5 1 }}", values())).endsWith("at <1.5>: expected integer; found 1.5");
        assertThat(execError(helmLike(), "{{ upper }}", values())).endsWith("at <upper>: wrong number of args for upper: want 1 got 0");
        assertThat(execError(helmLike(), "{{ join }}", values())).endsWith("wrong number of args for join: want at least 1 got 0");
    }

    @Test
    void aMissingValueIsNoValueForAConcreteParameter() {
        TemplateSet invalid = set(Functions.builtins().with("upper", UPPER), MissingKey.INVALID);
        assertThat(execError(invalid, "{{ upper .missing }}", values())).endsWith("at <.missing>: invalid value; expected string");
    }

    @Test
    void anInterfaceResultStaysAnInterfaceUntilThePipelineStepEnds() {
        assertThat(render(helmLike(), "{{ nothing }}|{{ nothing | print }}", values())).isEqualTo("<no value>|<nil>");
        assertThat(execError(helmLike(), "{{ upper (nothing) }}", values())).endsWith("invalid value; expected string");
    }

    @Test
    void functionErrorsAndPanicsBecomeGoErrors() {
        assertThat(execError(helmLike(), "{{ fail \"bad\" }}", values())).isEqualTo(
                "template: t:1:3: executing \"t\" at <fail \"bad\">: error calling fail: bad");
        assertThat(execError(helmLike(), "{{ boom }}", values())).endsWith(
                "at <boom>: error calling boom: runtime error: index out of range");
    }

    @Test
    void anIncludedTemplateRunsAndItsErrorIsTheCause() {
        String text = "{{ define \"inner\" }}<{{ .s }}>{{ end }}{{ define \"broken\" }}\n{{ .x.y }}{{ end }}"
                + "{{ include \"inner\" . }}";
        assertThat(render(helmLike(), text, values())).isEqualTo("<str>");
        RenderResult r = parsed(helmLike(), text.replace("include \"inner\"", "include \"broken\"")).execute("t", values());
        TemplateError e = r.error().orElseThrow();
        assertThat(e.message()).isEqualTo("template: t:2:22: executing \"t\" at <include \"broken\" .>: error calling include: "
                + "template: t:2:5: executing \"broken\" at <.x.y>: nil pointer evaluating interface {}.y");
        assertThat(e.root().templateName()).isEqualTo("broken");
        assertThat(e.root().span().text()).isEqualTo(".y");
    }

    @Test
    void anAddedFunctionReplacesTheBuiltinOfItsName() {
        TemplateFunction len = TemplateFunction.of(Signature.of(GoType.STRING, GoType.ANY), (c, a) -> "mine");
        assertThat(render(set(Functions.builtins().with("len", len), MissingKey.ZERO), "{{ len 3 }}", null)).isEqualTo("mine");
        // and/or lose their short-circuit when replaced
        TemplateFunction and = TemplateFunction.of(Signature.variadic(GoType.STRING, GoType.ANY), (c, a) -> "all:" + a.size());
        assertThat(render(set(Functions.builtins().with("and", and), MissingKey.ZERO), "{{ and 0 1 }}", null)).isEqualTo("all:2");
    }

    @Test
    void functionNamesMustBeIdentifiers() {
        assertThatThrownBy(() -> Functions.builtins().with("a-b", UPPER)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Functions.builtins().with("ünïcode_1", UPPER).has("ünïcode_1")).isTrue();
        assertThat(Functions.builtins().has("printf")).isTrue();
        assertThat(Functions.builtins().has("upper")).isFalse();
    }

    @Test
    void functionsSeeThePlainValues() {
        TemplateFunction show = TemplateFunction.of(Signature.variadic(GoType.STRING, GoType.ANY),
                (c, a) -> a.stream().map(x -> x == null ? "null" : x.getClass().getSimpleName()).reduce("", (x, y) -> x + y + ";"));
        Map<String, Object> data = new LinkedHashMap<>(values());
        data.put("l", List.of(1.0));
        assertThat(render(set(Functions.builtins().with("show", show), MissingKey.ZERO),
                "{{ show .s .n .missing (index .l 0) 1 }}", data)).isEqualTo("String;null;null;Double;Long;");
    }

    @Test
    void aTplLikeFunctionParsesIntoACopyAndSharesTheBounds() {
        TemplateFunction tpl = TemplateFunction.of(Signature.of(GoType.STRING, GoType.STRING, GoType.ANY), (c, a) -> {
            TemplateSet clone = c.templates().copy();
            java.util.Optional<TemplateError> e = clone.parse("t", io.ccmlint.core.source.SourceFile.of("tpl", (String) a.get(0)));
            if (e.isPresent()) {
                throw new FunctionException(e.get().message());
            }
            return c.executeTemplate(clone, "t", a.get(1));
        });
        TemplateSet set = set(Functions.builtins().with("tpl", tpl), MissingKey.ZERO);
        Map<String, Object> data = values();
        data.put("text", "{{ define \"inner\" }}I{{ end }}<{{ .s }}{{ template \"inner\" }}>");
        assertThat(render(set, "{{ tpl .text . }}", data)).isEqualTo("<strI>");
        assertThat(set.lookup("inner")).as("the definition stayed in the copy").isEmpty();
        data.put("text", "{{ range 1000000000 }}{{ end }}");
        RenderResult r = set.execute("t", data, new RenderLimits(1000, 10, 1000));
        assertThat(r.error().orElseThrow().kind()).isEqualTo(TemplateError.Kind.LIMIT);
        assertThat(r.error().orElseThrow().root().detail()).isEqualTo("template render limit: more than 1000 steps");
    }

    /** A map of a named Go type, as Helm's .Files (engine.files, a map[string][]byte). */
    private static final class NamedMap extends java.util.TreeMap<String, Object> implements GoObject {
        private static final long serialVersionUID = 1L;

        @Override
        public String goTypeName() {
            return "engine.files";
        }

        @Override
        public String printed() {
            return "map[]";
        }
    }

    @Test
    void aMapOfANamedTypeIsNoMapStringInterface() {
        Map<String, TemplateFunction> fs = new LinkedHashMap<>();
        fs.put("hasKey", TemplateFunction.of(Signature.of(GoType.BOOL, GoType.MAP, GoType.STRING),
                (c, a) -> ((Map<?, ?>) a.get(0)).containsKey(a.get(1))));
        TemplateSet set = set(Functions.builtins().with(fs), MissingKey.ZERO);
        Map<String, Object> data = new LinkedHashMap<>();
        NamedMap files = new NamedMap();
        files.put("a", "x");
        data.put("Files", files);
        data.put("plain", new LinkedHashMap<>(Map.of("a", "x")));
        assertThat(render(set, "{{ hasKey .plain \"a\" }} {{ len .Files }} {{ index .Files \"a\" }}", data))
                .isEqualTo("true 1 x");
        assertThat(execError(set, "{{ hasKey .Files \"a\" }}", data)).isEqualTo("template: t:1:10: executing \"t\" at "
                + "<.Files>: wrong type for value; expected map[string]interface {}; got engine.files");
    }
}
