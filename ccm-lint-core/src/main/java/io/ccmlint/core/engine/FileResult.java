package io.ccmlint.core.engine;

import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.workspace.ParsedFile;
import java.util.List;

/**
 * What reading one file produced: the parsed file (null when it failed or holds nothing ccm-lint
 * understands), parse failures, and the models found in it.
 */
record FileResult(ParsedFile parsed, List<ParseFailure> failures, List<PolicyDocument> policies) {
    static FileResult failed(ParseFailure f) {
        return new FileResult(null, List.of(f), List.of());
    }

    static FileResult nothing() {
        return new FileResult(null, List.of(), List.of());
    }
}
