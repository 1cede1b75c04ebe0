package io.ccmlint.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.ccmlint.core.hcl.HclAttribute;
import io.ccmlint.core.hcl.HclParseResult;
import io.ccmlint.core.hcl.HclParser;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.terraform.TerraformExtractor;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.terraform.eval.Evaluator;
import io.ccmlint.core.terraform.eval.TerraformModule;
import java.util.ArrayList;
import java.util.List;

/**
 * The static evaluator and the Terraform model extraction on a parsed file: every attribute is
 * evaluated (with and without its block's {@code for_each}), then the whole module is extracted.
 * Unknown is a fine answer; an exception or a hang is not.
 */
class HclEvaluatorFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void evaluate(byte[] data) {
        SourceFile file = FuzzSupport.decode("main.tf", data);
        if (file == null) {
            return;
        }
        HclParseResult parsed = HclParser.parse(file);
        TerraformModule module = TerraformModule.of(parsed.file());
        Evaluator ev = module.evaluator();
        List<HclAttribute> attributes = new ArrayList<>();
        parsed.file().walk(n -> {
            if (n instanceof HclAttribute a) {
                attributes.add(a);
            }
        });
        for (HclAttribute a : attributes) {
            if (ev.eval(a.value()) == null) {
                throw new AssertionError("null value for " + a.name());
            }
            if (a.name().equals("for_each")) {
                ev.forEach(a.value()).ifPresent(instances -> instances.stream().limit(20).forEach(each -> {
                    for (HclAttribute b : attributes) {
                        ev.eval(b.value(), each);
                    }
                }));
            }
        }
        module.locals().keySet().forEach(ev::local);
        module.variables().keySet().forEach(ev::variableDefault);
        TerraformExtractor.extract(module, ParseLimits.DEFAULT);
    }
}
