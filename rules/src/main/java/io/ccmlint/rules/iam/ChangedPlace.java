package io.ccmlint.rules.iam;

import io.ccmlint.core.source.Span;
import io.ccmlint.core.workspace.Workspace;
import java.util.List;

/**
 * Where a finding about a principal goes in a pull-request run ({@code --changed-since}), which
 * reports only on changed files: at the principal when its file changed, else at the first of the
 * statements behind the finding that changed (a pull request that adds the second half of an
 * escalation in another file is still reported), else at the principal. Without a base, always at the principal.
 */
final class ChangedPlace {
    private ChangedPlace() {
    }

    static Span of(Workspace ws, Span principal, List<Span> behind) {
        if (principal == null || ws.changedSinceBase(principal.file())) {
            return principal;
        }
        for (Span s : behind) {
            if (s != null && s.file().path() != null && ws.changedSinceBase(s.file())) {
                return s;
            }
        }
        return principal;
    }
}
