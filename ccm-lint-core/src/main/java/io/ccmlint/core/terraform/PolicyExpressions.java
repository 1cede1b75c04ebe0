package io.ccmlint.core.terraform;

import io.ccmlint.core.edit.HclObjectPolicyEditor;
import io.ccmlint.core.edit.JsonPolicyEditor;
import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.PolicyEditor;
import io.ccmlint.core.model.policy.PolicyReader;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.terraform.eval.Evaluator;
import io.ccmlint.core.terraform.eval.Value;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.value.ScalarStyle;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the policy an attribute such as {@code policy} or {@code assume_role_policy} holds:
 * {@code jsonencode({...})} (read as HCL, edited as HCL), a heredoc or string of JSON (read as the
 * JSON inside it, see {@link EmbeddedTemplateText}), or a reference to a policy document's {@code .json}.
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
        if (e instanceof HclExpression.TemplateExpression t) {
            Optional<PolicyDocument> d = json(name, t);
            if (d.isPresent()) {
                return d;
            } // else maybe "${data.aws_iam_policy_document.x.json}"
        }
        Value v = evaluator.eval(e);
        if (v instanceof Value.Unknown u && u.reference() != null && u.reference().endsWith(".json")) {
            String address = TerraformAddress.resource(u.reference(), "data.aws_iam_policy_document");
            return Optional.ofNullable(address == null ? null : documentsByAddress.get(address));
        }
        return Optional.empty();
    }

    /**
     * JSON written in a heredoc or a quoted string, as Terraform renders it (interpolations the
     * evaluator does not know are holes), with spans in the .tf file. A heredoc is edited as the
     * JSON it holds; a quoted string would need its quotes escaped, so it is not edited.
     */
    private Optional<PolicyDocument> json(String name, HclExpression.TemplateExpression t) {
        Optional<Node> root = EmbeddedTemplateText.json(file, evaluator, json, t);
        if (root.isPresent() && root.get() instanceof MapNode m && PolicyReader.looksLikePolicy(m)) {
            PolicyEditor editor = t instanceof HclExpression.Heredoc
                    ? new JsonPolicyEditor(file, m, ScalarStyle.HCL_HEREDOC) : PolicyEditor.NONE;
            return Optional.of(PolicyReader.read(name, file, m, editor));
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
