package io.ccmlint.core.helm.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.source.SourceFile;
import java.util.Optional;

/** Test helpers: parse and run one template named "t". */
final class Templates {
    private Templates() {
    }

    static TemplateSet set(Functions functions, MissingKey missingKey) {
        return new TemplateSet("root", functions, missingKey);
    }

    static TemplateSet parsed(String text) {
        return parsed(set(Functions.builtins(), MissingKey.ZERO), text);
    }

    static TemplateSet parsed(TemplateSet set, String text) {
        Optional<TemplateError> e = set.parse("t", SourceFile.of("t", text));
        assertThat(e).as("parse error").isEmpty();
        return set;
    }

    static String render(String text, Object data) {
        return render(set(Functions.builtins(), MissingKey.ZERO), text, data);
    }

    static String render(TemplateSet set, String text, Object data) {
        RenderResult r = parsed(set, text).execute("t", data);
        assertThat(r.error()).as("execution error").isEmpty();
        return r.output();
    }

    /** The execution error's message (Go's wording). */
    static String execError(TemplateSet set, String text, Object data) {
        RenderResult r = parsed(set, text).execute("t", data);
        assertThat(r.error()).as("an execution error").isPresent();
        return r.error().get().message();
    }

    static String execError(String text, Object data) {
        return execError(set(Functions.builtins(), MissingKey.ZERO), text, data);
    }

    static TemplateError parseError(String text) {
        Optional<TemplateError> e = set(Functions.builtins(), MissingKey.ZERO).parse("t", SourceFile.of("t", text));
        assertThat(e).as("a parse error").isPresent();
        return e.get();
    }
}
