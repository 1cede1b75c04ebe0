package io.ccmlint.core.cloudformation;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.workspace.Paths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the configuration says about one template's stack: the partition and the parameter values
 * ({@code cloudformation.stacks}: every stack whose {@code template} glob matches the template, its
 * parameter files first, then its {@code parameters}).
 */
record StackValues(String partition, Map<String, String> parameters) {
    static final StackValues NONE = new StackValues("aws", Map.of());

    StackValues {
        parameters = Map.copyOf(parameters);
    }

    /** The value the configuration gives a parameter, or null. */
    String parameter(String name) {
        return parameters.get(name);
    }

    /** The values for {@code template}; a parameter file that cannot be read is a CCM001 in {@code problems}, at that file. */
    static StackValues of(LintConfig config, SourceFile template, ParseLimits limits, Consumer<ParseFailure> problems) {
        LintConfig.CloudFormationSettings settings = config.cloudFormation();
        Map<String, String> values = new LinkedHashMap<>();
        if (template.path() != null) {
            String relative = Paths.relative(config.baseDir(), template.path());
            for (LintConfig.CloudFormationSettings.Stack stack : settings.stacks()) {
                if (stack.template().matches(relative)) {
                    for (String file : stack.parameterFiles()) {
                        readParameterFile(config.baseDir().resolve(file), file, limits, values, problems);
                    }
                    values.putAll(stack.parameters());
                }
            }
        }
        return new StackValues(settings.partition(), values);
    }

    /** {@code [{"ParameterKey": k, "ParameterValue": v}, ...]} (the CLI's format) or {@code {"Parameters": {k: v}}}. */
    private static void readParameterFile(Path path, String shown, ParseLimits limits, Map<String, String> into,
                                          Consumer<ParseFailure> problems) {
        SourceFile file;
        try {
            if (!Files.isRegularFile(path) || Files.size(path) > limits.maxDocumentLength()) {
                SourceFile none = SourceFile.of(path, shown, "");
                problems.accept(new ParseFailure(none.span(0, 0), "CloudFormation parameter file named in the configuration"
                        + (Files.isRegularFile(path) ? " is larger than limits.maxFileSize" : " does not exist")));
                return;
            }
            file = SourceFile.decode(path, shown, Files.readAllBytes(path));
        } catch (IOException | SourceFile.MalformedInputException e) {
            SourceFile none = SourceFile.of(path, shown, "");
            problems.accept(new ParseFailure(none.span(0, 0), "cannot read CloudFormation parameter file: " + e.getMessage()));
            return;
        }
        Node root;
        try {
            root = new JsonTreeReader(limits).read(file);
        } catch (ParseProblem p) {
            problems.accept(new ParseFailure(p.span(), p.getMessage()));
            return;
        }
        if (root instanceof ListNode list) {
            for (Node item : list.items()) {
                String key = Nodes.text(item, "ParameterKey");
                Node value = item instanceof MapNode m ? m.get("ParameterValue") : null;
                if (key != null && value instanceof ScalarNode s) {
                    into.put(key, CfnEvaluator.text(s.scalar()));
                } else {
                    problems.accept(new ParseFailure(item.span(), "a CloudFormation parameter needs ParameterKey and ParameterValue"));
                }
            }
        } else if (root instanceof MapNode m && m.get("Parameters") instanceof MapNode ps) {
            for (MapNode.Entry e : ps.entries()) {
                if (e.value() instanceof ScalarNode s) {
                    into.put(e.key(), CfnEvaluator.text(s.scalar()));
                }
            }
        } else {
            problems.accept(new ParseFailure(root.span().atStart(), "a CloudFormation parameter file holds"
                    + " [{\"ParameterKey\": ..., \"ParameterValue\": ...}] or {\"Parameters\": {...}}"));
        }
    }
}
