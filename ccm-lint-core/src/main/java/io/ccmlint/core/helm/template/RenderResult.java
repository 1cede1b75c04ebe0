package io.ccmlint.core.helm.template;

import java.util.Optional;

/** The output of an execution, and its error if it stopped early (the output is then what came before). */
public record RenderResult(String output, Optional<TemplateError> error) {
    public boolean ok() {
        return error.isEmpty();
    }
}
