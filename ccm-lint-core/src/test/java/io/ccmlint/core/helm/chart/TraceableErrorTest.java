package io.ccmlint.core.helm.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected texts are what helm v4.1.4 printed for the same Go errors. */
class TraceableErrorTest {
    @Test
    void oneTemplateBecomesLocationActionAndMessage() {
        assertThat(TraceableError.format("template: c/templates/v.yaml:21:28: executing \"c/templates/v.yaml\" at "
                + "<.Values.removable>: wrong type for value; expected map[string]interface {}; got interface {}"))
                .isEqualTo("c/templates/v.yaml:21:28\n"
                        + "  executing \"c/templates/v.yaml\" at <.Values.removable>:\n"
                        + "    wrong type for value; expected map[string]interface {}; got interface {}");
    }

    @Test
    void includeChainEndingInAMissingTemplateIsOneBlockPerTemplate() {
        String go = "template: a/templates/d.yaml:3:4: executing \"a/templates/d.yaml\" at <include \"x\" .>: "
                + "error calling include: template: a/templates/_h.tpl:9:2: executing \"x\" at <include \"y\" $c>: "
                + "error calling include: template: no template \"y\" associated with template \"gotpl\"";
        assertThat(TraceableError.format(go)).isEqualTo("a/templates/d.yaml:3:4\n"
                + "  executing \"a/templates/d.yaml\" at <include \"x\" .>:\n"
                + "    error calling include:\n"
                + "a/templates/_h.tpl:9:2\n"
                + "  executing \"x\" at <include \"y\" $c>:\n"
                + "    error calling include:\n"
                + "template: no template \"y\" associated with template \"gotpl\"");
    }

    @Test
    void aFunctionsOwnErrorKeepsGosOneLine() {
        String go = "template: a/templates/t.yaml:1:3: executing \"a/templates/t.yaml\" at <index .Values.l 5>: "
                + "error calling index: index out of range: 5";
        assertThat(TraceableError.format(go)).isEqualTo(go);
        String tpl = "template: a/templates/t.yaml:1:3: executing \"a/templates/t.yaml\" at <tpl .Values.t .>: "
                + "error calling tpl: error during tpl function execution for \"{{ .x.y }}\": template: gotpl:1:5: "
                + "executing \"gotpl\" at <.x.y>: nil pointer evaluating interface {}.y";
        assertThat(TraceableError.format(tpl)).isEqualTo(tpl);
    }

    @Test
    void notATemplateErrorIsKept() {
        assertThat(TraceableError.format("rendering template failed: boom")).isEqualTo("rendering template failed: boom");
    }
}
