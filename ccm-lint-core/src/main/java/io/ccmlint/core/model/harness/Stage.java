package io.ccmlint.core.model.harness;

import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import java.util.List;

/**
 * A stage of a pipeline ({@code parallel} groups flattened, in order).
 *
 * @param entry the {@code stage:} entry
 * @param node its value
 * @param steps steps and step groups of {@code spec.execution.steps}, in execution order
 */
public record Stage(MapNode.Entry entry, MapNode node, List<Step> steps) {
    public Stage {
        steps = List.copyOf(steps);
    }

    public String type() {
        return HarnessNodes.text(node.get("type"));
    }

    public boolean isIacm() {
        return "IACM".equals(type());
    }

    public Node identifier() {
        return node.get("identifier");
    }

    public String identifierText() {
        return HarnessNodes.text(node.get("identifier"));
    }

    public MapNode spec() {
        return HarnessNodes.map(node.get("spec"));
    }

    public boolean isTemplate() {
        return node.has("template");
    }

    /** {@code spec.infrastructure}, or null. */
    public MapNode infrastructure() {
        MapNode spec = spec();
        return spec == null ? null : HarnessNodes.map(spec.get("infrastructure"));
    }

    /** {@code spec.infrastructure.type} (KubernetesDirect, UseFromStage, VM...), or null. */
    public String infrastructureType() {
        return HarnessNodes.text(infrastructure() == null ? null : infrastructure().get("type"));
    }

    /** {@code spec.infrastructure.spec}, or null. */
    public MapNode infrastructureSpec() {
        return infrastructure() == null ? null : HarnessNodes.map(infrastructure().get("spec"));
    }
}
