package io.ccmlint.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.YamlTreeReader;

/**
 * Bytes as a CloudFormation template, in YAML (short-form tags) and in JSON: every document the
 * readers give is read by {@link io.ccmlint.core.cloudformation.CloudFormationSource} as a
 * template, whatever kind detection would say, so that mutations reach the evaluator and the
 * models. Located CCM001s and located models (see {@link TemplateRuns}); never an exception.
 */
class CloudFormationReaderFuzzTest {
    private static final YamlTreeReader YAML = new YamlTreeReader();
    private static final JsonTreeReader JSON = new JsonTreeReader();

    @FuzzTest(maxDuration = "10m")
    void readTemplate(byte[] data) {
        SourceFile yaml = FuzzSupport.decode("template.yaml", data);
        if (yaml == null) {
            return;
        }
        try {
            for (Node doc : YAML.readAll(yaml)) {
                TemplateRuns.read(yaml, doc);
            }
        } catch (ParseProblem p) {
            FuzzSupport.checkSpan(p.span());
        }
        SourceFile json = FuzzSupport.decode("template.json", data);
        try {
            TemplateRuns.read(json, JSON.read(json));
        } catch (ParseProblem p) {
            FuzzSupport.checkSpan(p.span());
        }
    }
}
