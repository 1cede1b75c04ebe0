package io.ccmlint.core.engine;

import io.ccmlint.core.hcl.HclFile;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.workspace.ParsedFile;
import java.util.List;

/**
 * What reading one file produced: the parsed file (null when it failed or holds nothing ccm-lint
 * understands), parse failures, the models found in it, and for a {@code .tf} file its syntax tree
 * (kept even with errors: recovery keeps the rest of the file), read per module afterwards.
 */
record FileResult(ParsedFile parsed, List<ParseFailure> failures, List<PolicyDocument> policies, HclFile terraform) {
    static FileResult failed(ParseFailure f) {
        return new FileResult(null, List.of(f), List.of(), null);
    }

    static FileResult nothing() {
        return new FileResult(null, List.of(), List.of(), null);
    }
}
