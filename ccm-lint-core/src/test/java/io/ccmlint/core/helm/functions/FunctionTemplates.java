package io.ccmlint.core.helm.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.helm.template.MissingKey;
import io.ccmlint.core.helm.template.RenderResult;
import io.ccmlint.core.helm.template.TemplateSet;
import io.ccmlint.core.source.SourceFile;
import java.util.Map;

/** Runs one template with Helm's functions, as Helm does (missingkey=zero). */
final class FunctionTemplates {
    private FunctionTemplates() {
    }

    static RenderResult run(String text, Object data) {
        TemplateSet set = new TemplateSet("gotpl", HelmFunctions.registry(), MissingKey.ZERO);
        assertThat(set.parse("t", SourceFile.of("t", text))).as("parse error").isEmpty();
        return set.execute("t", data);
    }

    static String render(String text) {
        return render(text, Map.of());
    }

    static String render(String text, Object data) {
        RenderResult r = run(text, data);
        assertThat(r.error()).as("execution error of %s", text).isEmpty();
        return r.output();
    }

    /** The error's last part, as Go words it. */
    static String error(String text) {
        RenderResult r = run(text, Map.of());
        assertThat(r.error()).as("an execution error").isPresent();
        return r.error().get().detail();
    }
}
