package io.ccmlint.core.cloudformation;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.workspace.Paths;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the configuration says about one template's stack: the partition and the parameter values
 * ({@code cloudformation.stacks}: every stack whose {@code template} glob matches the template, its
 * parameter files first, then its {@code parameters}).
 */
record StackValues(String partition, Map<String, String> parameters, Map<String, ScalarNode> written) {
    static final StackValues NONE = new StackValues("aws", Map.of());

    /**
     * @param written the values that come from a parameter file, where the file writes them: a
     *     finding on such a value points there, where the user changes it
     */
    StackValues {
        parameters = Map.copyOf(parameters);
        written = Map.copyOf(written);
    }

    StackValues(String partition, Map<String, String> parameters) {
        this(partition, parameters, Map.of());
    }

    /** The value the configuration gives a parameter, or null. */
    String parameter(String name) {
        return parameters.get(name);
    }

    /** Where a parameter file writes the parameter's value, or null (no file gives it, or the configuration's {@code parameters} do). */
    ScalarNode writtenAt(String name) {
        return written.get(name);
    }

    /** The values for {@code template}; a parameter file that cannot be read is a CCM001 in {@code problems}, at that file. */
    static StackValues of(LintConfig config, SourceFile template, ParseLimits limits, Consumer<ParseFailure> problems) {
        LintConfig.CloudFormationSettings settings = config.cloudFormation();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, ScalarNode> written = new LinkedHashMap<>();
        if (template.path() != null) {
            String relative = Paths.relative(config.baseDir(), template.path());
            for (LintConfig.CloudFormationSettings.Stack stack : settings.stacks()) {
                if (stack.template().matches(relative)) {
                    for (String file : stack.parameterFiles()) {
                        Path path = config.baseDir().resolve(file).toAbsolutePath().normalize();
                        readParameterFile(path, shownLike(template, path), limits, values, written, problems);
                    }
                    values.putAll(stack.parameters());
                    stack.parameters().keySet().forEach(written::remove);
                }
            }
        }
        return new StackValues(settings.partition(), values, written);
    }

    /** The path of a parameter file as the run shows paths: the way the template's path is shown, from the template's folder. */
    private static String shownLike(SourceFile template, Path file) {
        Path folder = template.path().toAbsolutePath().normalize().getParent();
        Path shownTemplate = java.nio.file.Paths.get(template.displayPath());
        Path relative = folder.relativize(file);
        return (shownTemplate.getParent() == null ? relative : shownTemplate.getParent().resolve(relative))
                .normalize().toString().replace('\\', '/');
    }

    /** {@code [{"ParameterKey": k, "ParameterValue": v}, ...]} (the CLI's format) or {@code {"Parameters": {k: v}}}. */
    private static void readParameterFile(Path path, String shown, ParseLimits limits, Map<String, String> into,
                                          Map<String, ScalarNode> written, Consumer<ParseFailure> problems) {
        ParameterFiles.Parsed parsed = ParameterFiles.read(path, shown, limits);
        if (parsed.failure() != null) {
            problems.accept(parsed.failure());
            return;
        }
        Node root = parsed.root();
        if (root instanceof ListNode list) {
            for (Node item : list.items()) {
                String key = Nodes.text(item, "ParameterKey");
                Node value = item instanceof MapNode m ? m.get("ParameterValue") : null;
                if (key != null && value instanceof ScalarNode s) {
                    into.put(key, CfnEvaluator.text(s.scalar()));
                    written.put(key, s);
                } else {
                    problems.accept(new ParseFailure(item.span(), "a CloudFormation parameter needs ParameterKey and ParameterValue"));
                }
            }
        } else if (root instanceof MapNode m && m.get("Parameters") instanceof MapNode ps) {
            for (MapNode.Entry e : ps.entries()) {
                if (e.value() instanceof ScalarNode s) {
                    into.put(e.key(), CfnEvaluator.text(s.scalar()));
                    written.put(e.key(), s);
                }
            }
        } else {
            problems.accept(new ParseFailure(root.span().atStart(), "a CloudFormation parameter file holds"
                    + " [{\"ParameterKey\": ..., \"ParameterValue\": ...}] or {\"Parameters\": {...}}"));
        }
    }
}
