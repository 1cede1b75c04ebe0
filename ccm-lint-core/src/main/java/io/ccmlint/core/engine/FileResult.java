package io.ccmlint.core.engine;

import io.ccmlint.core.hcl.HclFile;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.core.workspace.RoleArnMentions;
import java.util.List;

/**
 * What reading one file produced: the parsed file (null when it failed or holds nothing ccm-lint
 * understands), parse failures, the models found in it, for a {@code .tf} file its syntax tree
 * (kept even with errors: recovery keeps the rest of the file), read per module afterwards, and
 * the role ARNs its text mentions. {@code alone}: the file was only scanned, to be read and
 * checked on its own once the workspace is built (see {@link FileReader#read(java.nio.file.Path, String, boolean)}).
 */
record FileResult(ParsedFile parsed, List<ParseFailure> failures, List<PolicyDocument> policies, HclFile terraform,
                  RoleArnMentions.Part arns, boolean alone) {
    FileResult(ParsedFile parsed, List<ParseFailure> failures, List<PolicyDocument> policies, HclFile terraform) {
        this(parsed, failures, policies, terraform, RoleArnMentions.Part.NONE, false);
    }

    static FileResult failed(ParseFailure f) {
        return new FileResult(null, List.of(f), List.of(), null);
    }

    static FileResult nothing() {
        return new FileResult(null, List.of(), List.of(), null);
    }

    /** A file left to be read later, on its own; its text mentions these role ARNs. */
    static FileResult alone(RoleArnMentions.Part arns) {
        return new FileResult(null, List.of(), List.of(), null, arns, true);
    }

    FileResult withArns(RoleArnMentions.Part mentioned) {
        return new FileResult(parsed, failures, policies, terraform, mentioned, alone);
    }
}
