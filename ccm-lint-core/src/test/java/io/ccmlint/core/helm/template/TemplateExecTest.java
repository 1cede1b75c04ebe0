package io.ccmlint.core.helm.template;

import static io.ccmlint.core.helm.template.Templates.execError;
import static io.ccmlint.core.helm.template.Templates.parsed;
import static io.ccmlint.core.helm.template.Templates.render;
import static io.ccmlint.core.helm.template.Templates.set;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Execution semantics the recorded Go cases cannot show (Helm always runs with missingkey=zero and
 * replaces the builtin slice with Sprig's), and the located error object.
 */
class TemplateExecTest {
    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void missingKeyDefaultGivesNoValueAndNoErrorDownTheChain() {
        TemplateSet set = set(Functions.builtins(), MissingKey.INVALID);
        assertThat(render(set, "{{ .a }}|{{ .a.b.c }}|{{ print .a }}", map())).isEqualTo("<no value>|<no value>|<nil>");
    }

    @Test
    void missingKeyZeroMakesTheNextFieldANilPointer() {
        assertThat(execError("{{ .a.b }}", map())).isEqualTo(
                "template: t:1:5: executing \"t\" at <.a.b>: nil pointer evaluating interface {}.b");
    }

    @Test
    void missingKeyErrorStopsAtTheFirstMissingKey() {
        TemplateSet set = set(Functions.builtins(), MissingKey.ERROR);
        assertThat(execError(set, "{{ .a }}", map())).isEqualTo(
                "template: t:1:3: executing \"t\" at <.a>: map has no entry for key \"a\"");
        TemplateSet set2 = set(Functions.builtins(), MissingKey.ERROR);
        assertThat(execError(set2, "{{ .a.b }}", map("a", map()))).isEqualTo(
                "template: t:1:5: executing \"t\" at <.a.b>: map has no entry for key \"b\"");
    }

    @Test
    void theBuiltinSliceSlicesStringsByBytesAndLists() {
        Map<String, Object> data = map("l", List.of("a", "b", "c"));
        assertThat(render("{{ slice \"hello\" 1 3 }}|{{ slice .l 1 }}|{{ slice .l 1 2 }}|{{ slice .l }}|{{ slice .l 0 1 2 }}", data))
                .isEqualTo("el|[b c]|[b]|[a b c]|[a]");
        assertThat(execError("{{ slice .l 2 1 }}", data)).endsWith("error calling slice: invalid slice index: 2 > 1");
        assertThat(execError("{{ slice .l 5 }}", data)).endsWith("error calling slice: index out of range: 5");
        assertThat(execError("{{ slice \"abc\" 1 2 3 }}", data)).endsWith("error calling slice: cannot 3-index slice a string");
        assertThat(execError("{{ slice 3 }}", data)).endsWith("error calling slice: can't slice item of type int");
        assertThat(execError("{{ slice nil }}", data)).endsWith("error calling slice: slice of untyped nil");
    }

    @Test
    void sizedIntegersKeepTheirTypeAndCompareByValue() {
        Map<String, Object> data = map("i64", GoInt.int64(3), "u", new GoInt(GoInt.Kind.UINT64, -1), "n", 3L);
        assertThat(render("{{ eq .i64 3 }}|{{ eq .i64 .n }}|{{ printf \"%T %d\" .i64 .i64 }}|{{ .u }}|{{ lt .n .u }}|{{ eq .u -1 }}", data))
                .isEqualTo("true|true|int64 3|18446744073709551615|true|false");
        assertThat(render("{{ range .i64 }}{{ printf \"%T\" . }}{{ end }}", data)).isEqualTo("int64int64int64");
        assertThat(execError("{{ eq .i64 3.0 }}", data)).endsWith("incompatible types for comparison: int64 and float64");
    }

    @Test
    void truthFollowsGo() {
        Map<String, Object> data = map("zero", 0.0, "emptyMap", map(), "emptyList", List.of(), "nil", null,
                "obj", new Obj());
        assertThat(render("{{ if .zero }}1{{ end }}{{ if .emptyMap }}2{{ end }}{{ if .emptyList }}3{{ end }}"
                + "{{ if .nil }}4{{ end }}{{ if .none }}5{{ end }}{{ if .obj }}6{{ end }}", data)).isEqualTo("6");
    }

    @Test
    void aStructLikeValueHasFieldsAndMethods() {
        Map<String, Object> data = map("Files", new Obj());
        assertThat(render("{{ .Files.Name }}|{{ .Files.Get \"a\" }}|{{ \"b\" | .Files.Get }}|{{ .Files }}", data))
                .isEqualTo("files|got a|got b|<files>");
        // held in a map, the object's static type is interface {}, and Go names that type
        assertThat(execError("{{ .Files.Nope }}", data)).endsWith("can't evaluate field Nope in type interface {}");
        assertThat(execError("{{ with .Files }}{{ .Nope }}{{ end }}", data)).endsWith("can't evaluate field Nope in type files.Files");
        assertThat(execError("{{ .Files.Name 1 }}", data)).endsWith("Name has arguments but cannot be invoked as function");
        assertThat(execError("{{ .Files.Get }}", data)).endsWith("wrong number of args for Get: want 1 got 0");
    }

    /** Like Helm's .Files: a field and a method. */
    static final class Obj implements GoObject {
        @Override
        public String goTypeName() {
            return "files.Files";
        }

        @Override
        public java.util.Optional<Object> field(String name) {
            return name.equals("Name") ? java.util.Optional.of("files") : java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<TemplateFunction> method(String name) {
            return name.equals("Get")
                    ? java.util.Optional.of(TemplateFunction.of(Signature.of(GoType.STRING, GoType.STRING), (c, a) -> "got " + a.get(0)))
                    : java.util.Optional.empty();
        }

        @Override
        public String printed() {
            return "<files>";
        }
    }

    @Test
    void anExecutionErrorIsLocatedAndKeepsTheOutputBeforeIt() {
        TemplateSet set = parsed("héllo\n  {{ .a.b }}");
        RenderResult r = set.execute("t", map());
        TemplateError e = r.error().orElseThrow();
        assertThat(e.kind()).isEqualTo(TemplateError.Kind.EXEC);
        assertThat(e.templateName()).isEqualTo("t");
        assertThat(e.detail()).isEqualTo("nil pointer evaluating interface {}.b");
        assertThat(e.span().startLine()).isEqualTo(2);
        assertThat(e.span().text()).isEqualTo(".b");
        assertThat(e.message()).startsWith("template: t:2:7: ");
        assertThat(r.output()).isEqualTo("héllo\n  ");
    }

    @Test
    void errorsInsideADefinitionNameTheDefinitionAndTheFile() {
        TemplateSet set = parsed("{{ define \"d\" }}\n{{ .x.y }}{{ end }}{{ template \"d\" . }}");
        assertThat(set.execute("t", map()).error().orElseThrow().message())
                .isEqualTo("template: t:2:5: executing \"d\" at <.x.y>: nil pointer evaluating interface {}.y");
    }

    @Test
    void anUnknownTemplateIsAnError() {
        TemplateSet set = parsed("x");
        assertThat(set.execute("nope", null).error().orElseThrow().message())
                .isEqualTo("template: no template \"nope\" associated with template \"root\"");
    }

    @Test
    void complexNumbersPrintAndCompareAsGoDoes() {
        assertThat(render("{{ 1+2i }}|{{ printf \"%.1f\" 1.5-2i }}|{{ eq 2i 2i }}|{{ 3+0i | printf \"%T\" }}", null))
                .isEqualTo("(1+2i)|(1.5-2.0i)|true|complex128");
    }

    @Test
    void rangeOverAMapVisitsKeysInByteOrder() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : Arrays.asList("b", "\uFB01", "a", "\uD83D\uDE00", "B")) {
            m.put(k, 1.0);
        }
        // code point order: the emoji (U+1F600) sorts after U+FB01, unlike Java's UTF-16 order
        assertThat(render("{{ range $k, $v := . }}{{ $k }}{{ end }}", m)).isEqualTo("Bab\uFB01\uD83D\uDE00");
    }

    @Test
    void valuesAreNotChanged() {
        List<Object> l = new ArrayList<>(List.of("a", "b"));
        Map<String, Object> data = map("l", l);
        render("{{ slice .l 0 1 }}{{ range .l }}{{ end }}{{ index .l 0 }}", data);
        assertThat(l).containsExactly("a", "b");
    }
}
