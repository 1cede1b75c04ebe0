package io.ccmlint.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.hcl.HclParseResult;
import io.ccmlint.core.hcl.HclParser;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.terraform.EmbeddedPolicyJson;
import io.ccmlint.core.terraform.ValueNodes;
import io.ccmlint.core.terraform.eval.TerraformModule;
import io.ccmlint.core.terraform.eval.Value;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.tree.YamlTreeReader;
import io.ccmlint.core.value.Scalar;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads values the way ccm-lint does (its JSON, YAML and HCL readers and the Terraform evaluator),
 * so that edit tests check what the project itself will read back.
 */
final class Readers {
    private Readers() {
    }

    static SourceFile file(String name, String text) {
        return SourceFile.of(name, text);
    }

    static String apply(String text, TextEdit... edits) {
        List<TextEdit> sorted = new ArrayList<>(List.of(edits));
        sorted.sort((a, b) -> Integer.compare(b.span().start(), a.span().start()));
        StringBuilder b = new StringBuilder(text);
        for (TextEdit e : sorted) {
            b.replace(e.span().start(), e.span().end(), e.replacement());
        }
        return b.toString();
    }

    /** The node at a path of keys and list indexes, e.g. {@code "a", 0, "b"}. */
    static Node at(Node root, Object... path) {
        Node n = root;
        for (Object p : path) {
            n = p instanceof Integer i ? ((ListNode) n).items().get(i) : ((MapNode) n).get((String) p);
        }
        return n;
    }

    static Node json(String text) {
        try {
            return new JsonTreeReader().read(file("t.json", text));
        } catch (ParseProblem e) {
            throw new AssertionError(e.getMessage() + " in\n" + text, e);
        }
    }

    static Node yaml(String text) {
        try {
            List<Node> docs = new YamlTreeReader().readAll(file("t.yaml", text));
            assertThat(docs).hasSize(1);
            return docs.get(0);
        } catch (ParseProblem e) {
            throw new AssertionError(e.getMessage() + " in\n" + text, e);
        }
    }

    static Scalar scalar(Node n) {
        return ((ScalarNode) n).scalar();
    }

    /** The value of attribute {@code x} of a {@code .tf} text, as the evaluator reads it. */
    static Scalar hcl(String text) {
        return ValueNodes.located(hclValue(text, "x"));
    }

    static Value hclValue(String text, String attribute) {
        HclParseResult r = HclParser.parse(file("main.tf", text));
        assertThat(r.errors()).as("syntax errors in\n%s", text).isEmpty();
        HclExpression e = r.file().body().attribute(attribute).orElseThrow().value();
        return TerraformModule.of(r.file()).evaluator().eval(e);
    }

    /** JSON written in the heredoc or string of attribute {@code x}, read as ccm-lint reads a policy there. */
    static Node heredocJson(String text) {
        return EmbeddedPolicyJson.read(file("main.tf", text), "x");
    }
}
