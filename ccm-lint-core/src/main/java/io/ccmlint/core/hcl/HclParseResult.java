package io.ccmlint.core.hcl;

import java.util.List;

/**
 * The tree (always present, partial where the input is broken) and the syntax errors, in source
 * order. A file with one syntax error yields one error.
 */
public record HclParseResult(HclFile file, List<HclSyntaxError> errors) {
    public HclParseResult {
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public HclBody body() {
        return file.body();
    }
}
