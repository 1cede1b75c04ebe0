package io.ccmlint.core.model.harness;

import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;

/**
 * A step or a step group of a stage, in execution order ({@code parallel} groups and step groups
 * flattened).
 *
 * @param entry the {@code step:} (or {@code stepGroup:}) entry
 * @param node its value
 * @param group true for a {@code stepGroup}
 * @param item the item of {@code list} that holds this step: the step's own item, or the
 *             {@code - parallel:} item it is part of (where a step inserted "before" it goes)
 * @param list the sequential list holding {@code item}
 */
public record Step(MapNode.Entry entry, MapNode node, boolean group, Node item, ListNode list) {
    public String type() {
        return HarnessNodes.text(node.get("type"));
    }

    /** The identifier value, or null. */
    public Node identifier() {
        return node.get("identifier");
    }

    public String identifierText() {
        return HarnessNodes.text(node.get("identifier"));
    }

    /** The {@code spec} mapping, or null. */
    public MapNode spec() {
        return HarnessNodes.map(node.get("spec"));
    }

    /** The {@code spec.command} value of an IaC plugin step, or null. */
    public Node command() {
        MapNode spec = spec();
        return spec == null ? null : spec.get("command");
    }

    /** A template reference ({@code template: {templateRef: ...}}): left alone. */
    public boolean isTemplate() {
        return node.has("template");
    }
}
