package io.ccmlint.core.model.harness;

import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.workspace.FileKind;
import io.ccmlint.core.workspace.ParsedFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The Harness YAML of a workspace (pipelines, triggers, connectors as kept in Git with Harness
 * Git Experience), built once from the parsed documents in path order. Template references
 * ({@code template:} instead of a type) are kept but not looked into.
 */
public final class HarnessModel {
    private final List<Pipeline> pipelines;
    private final List<Trigger> triggers;
    private final List<HarnessConnector> connectors;

    private HarnessModel(List<Pipeline> pipelines, List<Trigger> triggers, List<HarnessConnector> connectors) {
        this.pipelines = List.copyOf(pipelines);
        this.triggers = List.copyOf(triggers);
        this.connectors = List.copyOf(connectors);
    }

    public static HarnessModel empty() {
        return new HarnessModel(List.of(), List.of(), List.of());
    }

    public static HarnessModel build(List<ParsedFile> files) {
        List<Pipeline> pipelines = new ArrayList<>();
        List<Trigger> triggers = new ArrayList<>();
        List<HarnessConnector> connectors = new ArrayList<>();
        for (ParsedFile f : files) {
            for (ParsedFile.Document d : f.documents()) {
                if (!(d.root() instanceof MapNode root)) {
                    continue;
                }
                if (d.kind() == FileKind.HARNESS_PIPELINE) {
                    MapNode.Entry e = root.entry("pipeline");
                    MapNode p = (MapNode) e.value();
                    pipelines.add(new Pipeline(f.file(), e, p, stages(p)));
                } else if (d.kind() == FileKind.HARNESS_TRIGGER) {
                    MapNode.Entry e = root.entry("trigger");
                    triggers.add(new Trigger(f.file(), e, (MapNode) e.value()));
                } else if (d.kind() == FileKind.HARNESS_CONNECTOR) {
                    YamlConnectors.read(f.file(), root.entry("connector")).ifPresent(connectors::add);
                }
            }
        }
        return new HarnessModel(pipelines, triggers, connectors);
    }

    /** Pipelines in path order. */
    public List<Pipeline> pipelines() {
        return pipelines;
    }

    /** Triggers in path order. */
    public List<Trigger> triggers() {
        return triggers;
    }

    /** {@code Aws} and {@code CEAws} connectors read from connector YAML (other connector types are not modelled). */
    public List<HarnessConnector> connectors() {
        return connectors;
    }

    private static List<Stage> stages(MapNode pipeline) {
        List<Stage> out = new ArrayList<>();
        ListNode list = HarnessNodes.list(pipeline.get("stages"));
        if (list != null) {
            stageItems(list, out);
        }
        return out;
    }

    private static void stageItems(ListNode list, List<Stage> out) {
        for (Node item : list.items()) {
            MapNode m = HarnessNodes.map(item);
            if (m == null) {
                continue;
            }
            MapNode.Entry stage = m.entry("stage");
            if (stage != null && stage.value() instanceof MapNode s) {
                List<Step> steps = new ArrayList<>();
                MapNode spec = HarnessNodes.map(s.get("spec"));
                MapNode execution = spec == null ? null : HarnessNodes.map(spec.get("execution"));
                ListNode stepList = execution == null ? null : HarnessNodes.list(execution.get("steps"));
                if (stepList != null) {
                    stepItems(stepList, null, null, steps);
                }
                out.add(new Stage(stage, s, steps));
            }
            if (m.get("parallel") instanceof ListNode parallel) {
                stageItems(parallel, out);
            }
        }
    }

    /**
     * Steps of a sequential list, in order. {@code outerItem} is the item of the enclosing
     * sequential list when {@code list} is a {@code parallel} group (its steps are placed there).
     */
    private static void stepItems(ListNode list, Node outerItem, ListNode outerList, List<Step> out) {
        for (Node item : list.items()) {
            MapNode m = HarnessNodes.map(item);
            if (m == null) {
                continue;
            }
            Node placed = outerItem == null ? item : outerItem;
            ListNode placedList = outerItem == null ? list : outerList;
            MapNode.Entry step = m.entry("step");
            if (step != null && step.value() instanceof MapNode s) {
                out.add(new Step(step, s, false, placed, placedList));
            }
            MapNode.Entry group = m.entry("stepGroup");
            if (group != null && group.value() instanceof MapNode g) {
                out.add(new Step(group, g, true, placed, placedList));
                if (g.get("steps") instanceof ListNode inner) {
                    stepItems(inner, null, null, out);
                }
            }
            if (m.get("parallel") instanceof ListNode parallel) {
                stepItems(parallel, placed, placedList, out);
            }
        }
    }
}
