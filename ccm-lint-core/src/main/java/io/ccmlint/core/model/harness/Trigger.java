package io.ccmlint.core.model.harness;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;

/**
 * A Harness trigger ({@code trigger:} document). For a cron trigger
 * ({@code source: {type: Scheduled, spec: {type: Cron, spec: {type, expression}}}}) the cron
 * type and expression are read.
 */
public record Trigger(SourceFile file, MapNode.Entry entry, MapNode node) {
    public Node identifier() {
        return node.get("identifier");
    }

    /** {@code source.spec.spec} of a Scheduled/Cron trigger, or null. */
    public MapNode cron() {
        MapNode source = HarnessNodes.map(node.get("source"));
        if (source == null || !"Scheduled".equals(HarnessNodes.text(source.get("type")))) {
            return null;
        }
        MapNode spec = HarnessNodes.map(source.get("spec"));
        if (spec == null || !"Cron".equals(HarnessNodes.text(spec.get("type")))) {
            return null;
        }
        return HarnessNodes.map(spec.get("spec"));
    }

    /** The cron expression value, or null. */
    public Node cronExpression() {
        MapNode cron = cron();
        return cron == null ? null : cron.get("expression");
    }

    /** {@code UNIX} (the default) or {@code QUARTZ}, as written. */
    public String cronType() {
        MapNode cron = cron();
        String t = cron == null ? null : HarnessNodes.text(cron.get("type"));
        return t == null ? "UNIX" : t;
    }
}
