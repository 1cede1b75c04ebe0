package io.ccmlint.core.workspace;

import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * How findings on a file the user does not edit are reported: at the place the user changes instead
 * (the call of a downloaded Terraform module, the values line or template a rendered Helm manifest
 * came from), with the place found as a related location. The engine applies it to every finding
 * of such a file ({@link Workspace.Builder#relocate}) before suppressions are read.
 */
public interface Relocation {
    /** Where a finding at {@code found} (a span of the relocated file) is reported. */
    Span at(Span found);

    /** The finding as reported: at {@link #at}, with related locations and fix carried over where they can be. */
    Finding relocate(Finding found);

    /**
     * Every finding of the file reported at {@code call} (the module call in the linted files that
     * leads there), never fixed: the file is not the user's.
     */
    static Relocation toCall(Span call) {
        return new Relocation() {
            @Override
            public Span at(Span found) {
                return call;
            }

            @Override
            public Finding relocate(Finding f) {
                List<RuleContext.Related> related = new ArrayList<>();
                related.add(new RuleContext.Related(f.span(), "found here, in " + f.span().file().displayPath()));
                related.addAll(f.related());
                return new Finding(f.rule(), f.severity(), call, f.message(), null, related, f.sensitive());
            }
        };
    }
}
