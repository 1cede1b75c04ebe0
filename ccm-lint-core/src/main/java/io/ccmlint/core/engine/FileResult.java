package io.ccmlint.core.engine;

import io.ccmlint.core.workspace.RoleArnMentions;
import io.ccmlint.core.workspace.Workspace;

/**
 * What reading one file produced: a builder of this file alone ({@code models}: its parsed file or
 * Terraform file, its parse failures, what the sources read from it; null when it holds nothing
 * ccm-lint understands), and the role ARNs its text mentions. {@code alone}: the file was only
 * scanned, to be read and checked on its own once the workspace is built (see {@link FileReader#read}).
 */
record FileResult(Workspace.Builder models, RoleArnMentions.Part arns, boolean alone) {
    static final FileResult NOTHING = new FileResult(null, RoleArnMentions.Part.NONE, false);

    FileResult(Workspace.Builder models) {
        this(models, RoleArnMentions.Part.NONE, false);
    }

    /** A file left to be read later, on its own; its text mentions these role ARNs. */
    static FileResult alone(RoleArnMentions.Part arns) {
        return new FileResult(null, arns, true);
    }

    FileResult withArns(RoleArnMentions.Part mentioned) {
        return new FileResult(models, mentioned, alone);
    }
}
