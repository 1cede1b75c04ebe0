package io.ccmlint.core.terraform;

import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.hcl.HclParseResult;
import io.ccmlint.core.hcl.HclParser;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.terraform.eval.TerraformModule;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.Node;

/** For tests of other packages: the JSON an attribute's heredoc or string holds, read as ccm-lint reads a policy there. */
public final class EmbeddedPolicyJson {
    private EmbeddedPolicyJson() {
    }

    public static Node read(SourceFile file, String attribute) {
        HclParseResult r = HclParser.parse(file);
        if (!r.errors().isEmpty()) {
            throw new AssertionError("syntax errors in " + file.text() + ": " + r.errors());
        }
        var e = (HclExpression.TemplateExpression) r.file().body().attribute(attribute).orElseThrow().value();
        return EmbeddedTemplateText.json(file, TerraformModule.of(r.file()).evaluator(), new JsonTreeReader(), e)
                .orElseThrow(() -> new AssertionError("no JSON in " + file.text()));
    }
}
