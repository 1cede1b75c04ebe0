package io.ccmlint.core.model.harness;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import java.util.List;

/**
 * A Harness v0 pipeline ({@code pipeline:} document), with its stages in order.
 *
 * @param entry the {@code pipeline:} entry of the document
 * @param node its value
 */
public record Pipeline(SourceFile file, MapNode.Entry entry, MapNode node, List<Stage> stages) {
    public Pipeline {
        stages = List.copyOf(stages);
    }

    public Node identifier() {
        return node.get("identifier");
    }

    /** Every step and step group of every stage. */
    public List<Step> allSteps() {
        return stages.stream().flatMap(s -> s.steps().stream()).toList();
    }
}
