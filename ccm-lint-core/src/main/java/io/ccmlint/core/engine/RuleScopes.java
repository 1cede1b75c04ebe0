package io.ccmlint.core.engine;

import io.ccmlint.core.rule.Declarations;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.workspace.Workspace;
import java.util.EnumSet;
import java.util.List;

/**
 * Which of a run's active rules a workspace is given: a rule that declares the parts it reports on
 * ({@link RuleInfo#reportsOn}) runs only where one of them is present. Read once per run.
 */
final class RuleScopes {
    private static final WorkspacePart[] EVERYWHERE = {};
    /** Per active rule, in order; empty: every workspace. */
    private final WorkspacePart[][] parts;

    /** @param everywhere every rule on every workspace, whatever it declares */
    RuleScopes(List<RuleRegistry.ActiveRule> active, boolean everywhere) {
        parts = new WorkspacePart[active.size()][];
        for (int i = 0; i < parts.length; i++) {
            RuleInfo info = Declarations.info(active.get(i).rule().getClass());
            parts[i] = everywhere || info == null ? EVERYWHERE : info.reportsOn();
        }
    }

    /** Whether each active rule runs on {@code ws}. */
    boolean[] runs(Workspace ws) {
        boolean[] out = new boolean[parts.length];
        EnumSet<WorkspacePart> present = null; // asked only when some rule declares parts
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].length == 0) {
                out[i] = true;
                continue;
            }
            if (present == null) {
                present = EnumSet.noneOf(WorkspacePart.class);
                for (WorkspacePart p : WorkspacePart.values()) {
                    if (p.presentIn(ws)) {
                        present.add(p);
                    }
                }
            }
            for (WorkspacePart p : parts[i]) {
                out[i] |= present.contains(p);
            }
        }
        return out;
    }
}
