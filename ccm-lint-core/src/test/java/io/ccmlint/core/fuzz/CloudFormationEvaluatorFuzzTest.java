package io.ccmlint.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.YamlTreeReader;
import java.util.List;

/**
 * The CloudFormation evaluator on random intrinsic trees ({@link RandomTemplate}): parameters with
 * allowed values and conditions that split scenarios, mappings, functions of every kind with right
 * and wrong operands, inside IAM roles, policies and users; each template is evaluated in all its
 * scenarios and made into models by the source. The generated text is always valid JSON or YAML:
 * a reader's error is a bug of the generator, so it fails too.
 */
class CloudFormationEvaluatorFuzzTest {
    private static final YamlTreeReader YAML = new YamlTreeReader();
    private static final JsonTreeReader JSON = new JsonTreeReader();

    @FuzzTest(maxDuration = "10m")
    void evaluate(FuzzedDataProvider data) throws ParseProblem {
        boolean yaml = data.consumeBoolean();
        String text = RandomTemplate.write(data, yaml);
        SourceFile file = SourceFile.of(yaml ? "template.yaml" : "template.json", text);
        List<Node> roots = yaml ? YAML.readAll(file) : List.of(JSON.read(file));
        if (roots.size() != 1 || TemplateRuns.read(file, roots.get(0)) == null) {
            throw new AssertionError("the generator wrote no template: " + text);
        }
    }
}
