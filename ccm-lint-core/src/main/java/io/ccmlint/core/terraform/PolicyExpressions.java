package io.ccmlint.core.terraform;

import io.ccmlint.core.edit.HclObjectPolicyEditor;
import io.ccmlint.core.edit.JsonPolicyEditor;
import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.hcl.HclTemplatePart;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.PolicyEditor;
import io.ccmlint.core.model.policy.PolicyReader;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.terraform.eval.Evaluator;
import io.ccmlint.core.terraform.eval.Value;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.value.Enclosure;
import io.ccmlint.core.value.ScalarStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the policy an attribute such as {@code policy} or {@code assume_role_policy} holds:
 * {@code jsonencode({...})} (read as HCL, edited as HCL), a heredoc or string of JSON (read and
 * edited as the JSON inside it), or a reference to a policy document's {@code .json}.
 */
final class PolicyExpressions {
    private final SourceFile file;
    private final Evaluator evaluator;
    private final Map<String, PolicyDocument> documentsByAddress;
    private final JsonTreeReader json;

    PolicyExpressions(SourceFile file, Evaluator evaluator, Map<String, PolicyDocument> documentsByAddress,
                      JsonTreeReader json) {
        this.json = json;
        this.file = file;
        this.evaluator = evaluator;
        this.documentsByAddress = documentsByAddress;
    }

    Optional<PolicyDocument> read(String name, HclExpression expr) {
        HclExpression e = unwrap(expr);
        if (e instanceof HclExpression.FunctionCall call && call.name().equals("jsonencode") && call.args().size() == 1) {
            HclExpression arg = unwrap(call.args().get(0));
            Node root = ValueNodes.toNode(evaluator.eval(arg));
            if (root instanceof MapNode m && PolicyReader.looksLikePolicy(m)) {
                PolicyEditor editor = arg instanceof HclExpression.ObjectCons o && !TfJsonConverter.isTfJson(file)
                        ? new HclObjectPolicyEditor(file, o, m) : PolicyEditor.NONE;
                return Optional.of(PolicyReader.read(name, file, m, editor));
            }
            return Optional.empty();
        }
        if (e instanceof HclExpression.Heredoc heredoc) {
            return json(name, heredoc);
        }
        if (e instanceof HclExpression.Template t && t.span().length() >= 2) {
            return Optional.empty(); // a policy as an escaped JSON string literal is rare; not modelled
        }
        Value v = evaluator.eval(e);
        if (v instanceof Value.Unknown u && u.reference() != null) {
            String ref = u.reference();
            if (ref.startsWith("data.aws_iam_policy_document.") && ref.endsWith(".json")) {
                String address = ref.substring("data.".length(), ref.length() - ".json".length());
                return Optional.ofNullable(documentsByAddress.get(address));
            }
        }
        return Optional.empty();
    }

    /**
     * JSON written in a heredoc: parsed in place, so spans and edits are exact in the .tf file; its
     * values know the heredoc they are written in (a new value escapes <code>${</code> there).
     */
    private Optional<PolicyDocument> json(String name, HclExpression.Heredoc heredoc) {
        List<Span> holes = heredoc.parts().stream().filter(p -> !(p instanceof HclTemplatePart.Text))
                .map(HclTemplatePart::span).toList();
        Enclosure enclosure = new Enclosure(ScalarStyle.HCL_HEREDOC, heredoc.span(), holes);
        try {
            Node root = json.read(file, heredoc.bodySpan().start(), heredoc.bodySpan().end(), enclosure);
            if (root instanceof MapNode m && PolicyReader.looksLikePolicy(m)) {
                return Optional.of(PolicyReader.read(name, file, m, new JsonPolicyEditor(file, m, enclosure)));
            }
        } catch (ParseProblem p) {
            // not JSON (e.g. a template directive inside): no model rather than a wrong one
        }
        return Optional.empty();
    }

    static HclExpression unwrap(HclExpression e) {
        HclExpression x = e;
        while (x instanceof HclExpression.Parens p) {
            x = p.inner();
        }
        return x;
    }
}
