package io.ccmlint.core.helm.template;

import static io.ccmlint.core.helm.template.Templates.parsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every execution ends, within its step, depth and output bounds, with a located LIMIT error when hit. */
class RenderLimitsTest {
    private static final RenderLimits SMALL = new RenderLimits(100_000, 20, 10_000);

    private static TemplateError limitError(String text) {
        RenderResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parsed(text).execute("t", Map.of(), SMALL));
        TemplateError e = r.error().orElseThrow();
        assertThat(e.kind()).isEqualTo(TemplateError.Kind.LIMIT);
        assertThat(e.span()).isNotNull();
        return e;
    }

    @Test
    void aRangeOverAHugeIntegerStopsAtTheStepBound() {
        TemplateError e = limitError("{{ range 1000000000000 }}{{ end }}");
        assertThat(e.detail()).isEqualTo("template render limit: more than 100000 steps");
    }

    @Test
    void endlessTemplateRecursionStopsAtTheDepthBound() {
        TemplateError e = limitError("{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}");
        assertThat(e.detail()).isEqualTo("template render limit: nesting deeper than 20");
        assertThat(e.templateName()).isEqualTo("r");
    }

    @Test
    void nestedRangesCountAsDepth() {
        String text = "{{ range 2 }}".repeat(25) + "{{ end }}".repeat(25);
        assertThat(limitError(text).detail()).isEqualTo("template render limit: nesting deeper than 20");
    }

    @Test
    void outputIsBounded() {
        TemplateError e = limitError("{{ range 5000 }}xyz{{ end }}");
        assertThat(e.detail()).isEqualTo("template render limit: output larger than 10000 bytes");
    }

    @Test
    void aFunctionMayNotBuildAHugeString() {
        TemplateError e = limitError("{{ $s := printf \"%999999d\" 1 }}");
        assertThat(e.detail()).isEqualTo("template render limit: formatted text larger than 10000 characters");
    }

    @Test
    void withinTheBoundsNothingIsLost() {
        RenderResult r = parsed("{{ range 100 }}{{ . }}{{ end }}").execute("t", Map.of(), SMALL);
        assertThat(r.error()).isEmpty();
        assertThat(r.output()).endsWith("9899");
    }

    @Test
    void theDefaultsAllowARealisticTemplate() {
        String text = "{{ range $i := 2000 }}{{ range $j := 10 }}{{ printf \"%d-%d \" $i $j }}{{ end }}{{ end }}";
        assertThat(parsed(text).execute("t", Map.of()).error()).isEmpty();
    }

    @Test
    void nestingUpToTheBoundsRunsOnAnOrdinaryStack() {
        java.util.List<Object> items = java.util.Collections.nCopies(190, "x");
        String recursive = "{{ define \"r\" }}{{ if . }}{{ range $i := 1 }}{{ with $ }}{{ template \"r\" (slice . 1) }}{{ end }}"
                + "{{ end }}{{ end }}{{ end }}{{ template \"r\" .l }}done";
        RenderResult r = parsed(recursive).execute("t", Map.of("l", items), new RenderLimits(10_000_000, 400, 1_000_000));
        assertThat(r.error()).isEmpty();
        assertThat(r.output()).isEqualTo("done");
        String parens = "{{ " + "(".repeat(190) + "len \"abc\"" + ")".repeat(190) + " }}";
        assertThat(parsed(parens).execute("t", Map.of()).output()).isEqualTo("3");
        String ifs = "{{ if 1 }}{{ with 2 }}".repeat(95) + "deep" + "{{ end }}{{ end }}".repeat(95);
        assertThat(parsed(ifs).execute("t", Map.of()).output()).isEqualTo("deep");
    }
}
