package io.ccmlint.core.helm.template;

import static io.ccmlint.core.helm.template.Templates.parseError;
import static io.ccmlint.core.helm.template.Templates.parsed;
import static io.ccmlint.core.helm.template.Templates.render;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.source.SourceFile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parser: located nodes, Go's parse errors, and how definitions join a set. */
class TemplateParseTest {
    private static Node first(String text) {
        return parsed(text).lookup("t").orElseThrow().root().nodes().get(0);
    }

    @Test
    void everyNodeKnowsItsSourceRange() {
        String text = "ab\n  {{ if .x }}é{{ .name | printf \"%s\" }}{{ end }}";
        Node.ListNode root = parsed(text).lookup("t").orElseThrow().root();
        Node.TextNode lead = (Node.TextNode) root.nodes().get(0);
        assertThat(lead.span().text()).isEqualTo("ab\n  ");
        Node.BranchNode branch = (Node.BranchNode) root.nodes().get(1);
        // Go positions an if at its pipeline; the span runs to the end of {{ end }}
        assertThat(branch.span().startLine()).isEqualTo(2);
        assertThat(branch.span().text()).isEqualTo(".x }}é{{ .name | printf \"%s\" }}{{ end }}");
        Node.ActionNode action = (Node.ActionNode) branch.list().nodes().get(1);
        assertThat(action.span().text()).isEqualTo(".name | printf \"%s\" }}");
        Node.CommandNode printf = action.pipe().cmds().get(1);
        assertThat(printf.span().text()).isEqualTo("printf \"%s\"");
        Node.StringNode format = (Node.StringNode) printf.args().get(1);
        assertThat(format.value()).isEqualTo("%s");
        assertThat(format.span().text()).isEqualTo("\"%s\"");
        // 'é' is one char but two UTF-8 bytes: Go's columns and byte offsets count bytes
        assertThat(format.span().startByte() - format.span().start()).isEqualTo(1);
    }

    @Test
    void aFieldChainIsPositionedWhereGoPutsIt() {
        // .a.b lexes as .a then .b; Go positions the merged field at .b (its error columns show it)
        Node.ActionNode action = (Node.ActionNode) first("{{ .a.b }}");
        Node.FieldNode field = (Node.FieldNode) action.pipe().cmds().get(0).args().get(0);
        assertThat(field.ident()).containsExactly("a", "b");
        assertThat(field.span().start()).isEqualTo(5);
        assertThat(field.text()).isEqualTo(".a.b");
    }

    @Test
    void nodesPrintAsGoPrintsThem() {
        assertThat(first("{{if .a}}x{{else if .b}}y{{else}}z{{end}}").text())
                .isEqualTo("{{if .a}}x{{else}}{{if .b}}y{{else}}z{{end}}{{end}}");
        assertThat(first("{{range $i, $v := .l}}{{$v}}{{end}}").text()).isEqualTo("{{range $i, $v := .l}}{{$v}}{{end}}");
        assertThat(first("{{ (len .x).y | printf \"%d\" 'a' 1.5 }}").text())
                .isEqualTo("{{(len .x).y | printf \"%d\" 'a' 1.5}}");
        assertThat(first("{{template \"n\" .}}").text()).isEqualTo("{{template \"n\" .}}");
        assertThat(first("{{ $x = nil }}").text()).isEqualTo("{{$x = nil}}");
    }

    @Test
    void parseErrorsAreWordedAsGoWordsThemAndLocated() {
        TemplateError e = parseError("line one\n{{ if .x }}\n  {{ .y");
        assertThat(e.kind()).isEqualTo(TemplateError.Kind.PARSE);
        assertThat(e.message()).isEqualTo("template: t:3: unclosed action");
        assertThat(e.span().startLine()).isEqualTo(3);

        assertThat(parseError("{{ .x\n\n").message()).isEqualTo("template: t:3: unclosed action started at t:1");
        assertThat(parseError("{{ if true }}x").message()).isEqualTo("template: t:1: unexpected EOF");
        assertThat(parseError("{{ $u }}").message()).isEqualTo("template: t:1: undefined variable \"$u\"");
        assertThat(parseError("{{ nofunc 1 }}").message()).isEqualTo("template: t:1: function \"nofunc\" not defined");
        assertThat(parseError("{{ end }}").message()).isEqualTo("template: t:1: unexpected {{end}}");
        assertThat(parseError("{{ 1 | 2 }}").message()).isEqualTo("template: t:1: non executable command in pipeline stage 2");
        assertThat(parseError("{{ 3abc }}").message()).isEqualTo("template: t:1: bad number syntax: \"3a\"");
        assertThat(parseError("{{ break }}").message()).isEqualTo("template: t:1: {{break}} outside {{range}}");
        assertThat(parseError("x\n{{ \"\\z\" }}").message()).isEqualTo("template: t:2: invalid syntax");
        TemplateError unexpected = parseError("a\nb {{ .x }} {{ ) }}");
        assertThat(unexpected.message()).isEqualTo("template: t:2: unexpected right paren");
    }

    @Test
    void oneFileMayNotDefineATemplateTwice() {
        assertThat(parseError("{{define \"a\"}}x{{end}}{{define \"a\"}}y{{end}}").message())
                .isEqualTo("template: t:1: template: multiple definition of template \"a\"");
    }

    @Test
    void aLaterFileReplacesADefinitionButAnEmptyOneDoesNot() {
        TemplateSet set = Templates.set(Functions.builtins(), MissingKey.ZERO);
        set.parse("one", SourceFile.of("one", "{{define \"a\"}}first{{end}}"));
        set.parse("two", SourceFile.of("two", "{{define \"a\"}}second{{end}}"));
        set.parse("three", SourceFile.of("three", "{{define \"a\"}}  {{end}}"));
        set.parse("t", SourceFile.of("t", "{{template \"a\"}}"));
        assertThat(set.execute("t", null).output()).isEqualTo("second");
        assertThat(set.names()).contains("one", "two", "three", "a", "t");
        assertThat(set.lookup("a").orElseThrow().parseName()).isEqualTo("two");
    }

    @Test
    void aBlockDefinesItsTemplateAndCallsIt() {
        TemplateSet set = parsed("{{block \"b\" .}}[{{.}}]{{end}}");
        assertThat(set.execute("t", "x").output()).isEqualTo("[x]");
        assertThat(set.lookup("b")).isPresent();
    }

    @Test
    void afterAnErrorNothingIsAdded() {
        TemplateSet set = Templates.set(Functions.builtins(), MissingKey.ZERO);
        assertThat(set.parse("bad", SourceFile.of("bad", "{{define \"d\"}}ok{{end}}{{ .x"))).isPresent();
        assertThat(set.names()).isEmpty();
    }

    @Test
    void deepNestingIsAnErrorNotACrash() {
        String parens = "{{ " + "(".repeat(5000) + "1" + ")".repeat(5000) + " }}";
        assertThat(parseError(parens).message()).endsWith("max expression depth exceeded");
        String ifs = "{{ if 1 }}".repeat(5000) + "{{ end }}".repeat(5000);
        assertThat(parseError(ifs).message()).endsWith("max expression depth exceeded");
        String fine = "{{ if 1 }}".repeat(100) + "x" + "{{ end }}".repeat(100);
        assertThat(render(fine, Map.of())).isEqualTo("x");
    }

    @Test
    void trimMarkersNeedTheirSpace() {
        assertThat(render("a  {{- 1 -}}  b|{{-3}}|{{ 3 -}} \n c", null)).isEqualTo("a1b|-3|3c");
    }

    @Test
    void aFunctionNamedBreakMakesBreakAFunction() {
        TemplateFunction f = TemplateFunction.of(Signature.of(GoType.STRING), (c, a) -> "broke");
        TemplateSet set = Templates.set(Functions.builtins().with("break", f), MissingKey.ZERO);
        assertThat(render(set, "{{ break }}", null)).isEqualTo("broke");
    }
}
