package io.ccmlint.core.cloudformation;

import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;
import io.ccmlint.core.workspace.Workspace;
import java.util.List;
import java.util.Objects;

/**
 * Marks the text that takes effect in some scenarios only: the branches of an {@code Fn::If} whose
 * condition the scenarios do not all decide the same way, and resources whose {@code Condition} is
 * such a condition.
 */
final class ConditionalText {
    private final CfnTemplate template;
    private final List<CfnEvaluator> scenarios;

    ConditionalText(CfnTemplate template, List<CfnEvaluator> scenarios) {
        this.template = template;
        this.scenarios = scenarios;
    }

    void mark(Workspace.Builder out) {
        for (CfnTemplate.Resource r : template.resources().values()) {
            if (r.condition() != null && template.conditions().containsKey(r.condition()) && varies(r.condition())) {
                out.onlyWhen(r.entry().span(), r.condition() + " is true");
            }
            walk(r.entry().value(), out, 0);
        }
    }

    /** True when the scenarios do not all give the condition the same known value. */
    private boolean varies(String condition) {
        Boolean first = scenarios.get(0).condition(condition);
        return first == null || scenarios.stream().anyMatch(s -> !Objects.equals(first, s.condition(condition)));
    }

    private void walk(Node n, Workspace.Builder out, int depth) {
        if (depth > 1000) {
            return;
        }
        Intrinsics.Call c = Intrinsics.call(n, false);
        if (c != null && c.function().equals("Fn::If") && c.operand() instanceof ListNode l && l.items().size() == 3) {
            String name = Nodes.text(l.items().get(0));
            if (name != null && template.conditions().containsKey(name) && varies(name)) {
                out.onlyWhen(l.items().get(1).span(), name + " is true");
                out.onlyWhen(l.items().get(2).span(), name + " is false");
            }
        }
        if (n instanceof MapNode m) {
            m.entries().forEach(e -> walk(e.value(), out, depth + 1));
        } else if (n instanceof ListNode l) {
            l.items().forEach(i -> walk(i, out, depth + 1));
        }
    }
}
