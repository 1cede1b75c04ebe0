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
 * JSON inside it, see {@link EmbeddedTemplateText}), a reference to a policy document's {@code .json},
 * or a file read by {@code file()} or {@code templatefile()}.
 *
 * <p>A policy that {@code file("x.json")} reads (directly, through a local or a variable) is the
 * file's own document ({@link TerraformFiles#policy}): spans in {@code x.json}, named by its path,
 * edited there with the {@link JsonPolicyEditor}, exactly as the file read as a policy of its own.
 * One that {@code templatefile("x.json.tpl", {...})} renders is read from the rendering with spans
 * in the template ({@link EmbeddedTemplateText#templateFile}), named by the attribute's address (each
 * call renders its own); it is edited in the template, escaped as template text, unless the template
 * holds a directive (its text is then not all written once: no whole-document edit). A template with
 * nothing to render is the file itself, so its policy is the file's.
 */
final class PolicyExpressions {
    private final SourceFile file;
    private final Evaluator evaluator;
    private final Map<String, PolicyDocument> documentsByAddress;
    private final JsonTreeReader json;
    private final TerraformFiles files;

    PolicyExpressions(SourceFile file, Evaluator evaluator, Map<String, PolicyDocument> documentsByAddress,
                      JsonTreeReader json, TerraformFiles files) {
        this.json = json;
        this.file = file;
        this.evaluator = evaluator;
        this.documentsByAddress = documentsByAddress;
        this.files = files;
    }

    Optional<PolicyDocument> read(String name, HclExpression expr) {
        HclExpression e = unwrap(expr);
        if (readsFiles(e)) {
            Optional<PolicyDocument> d = fromFile(name, e);
            if (d != null) {
                return d;
            }
        }
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

    /**
     * True when {@code e} may give what a file function read: it calls one, or it reads a local, a
     * variable or another value that may hold one (a module's {@code var.policy} its caller filled
     * with {@code file()}).
     */
    private static boolean readsFiles(HclExpression e) {
        boolean[] found = new boolean[1];
        e.walk(n -> found[0] |= n instanceof HclExpression.FunctionCall f && FILE_FUNCTIONS.contains(f.name()));
        return found[0] || e instanceof HclExpression.GetAttr || e instanceof HclExpression.Index;
    }

    private static final java.util.Set<String> FILE_FUNCTIONS = java.util.Set.of("file", "templatefile",
            "core::file", "core::templatefile");

    /**
     * The policy of a file that {@code e} gives: {@code file()}'s whole text, or what
     * {@code templatefile()} rendered (directly, or through locals and variables); null when
     * {@code e} gives neither.
     */
    private Optional<PolicyDocument> fromFile(String name, HclExpression e) {
        Value v = evaluator.eval(e);
        if (v instanceof Value.Str s && wholeFile(s)) {
            return files.policy(s.span().file());
        }
        TerraformFiles.Rendering r = files.rendering(v);
        return r == null ? null : template(name, r);
    }

    /** A string that is the whole text of another file: what {@code file()} read. */
    private boolean wholeFile(Value.Str s) {
        SourceFile from = s.span().file();
        return from != file && s.span().start() == 0 && s.span().end() == from.length() && s.value().equals(from.text());
    }

    /** The policy a templatefile rendering holds, rendered again with places in the template. */
    private Optional<PolicyDocument> template(String name, TerraformFiles.Rendering r) {
        SourceFile tpl = r.file();
        Optional<Node> root = EmbeddedTemplateText.templateFile(tpl, evaluator, json, r.template(), r.vars());
        if (root.isPresent() && root.get() instanceof MapNode m && PolicyReader.looksLikePolicy(m)) {
            PolicyEditor editor = EmbeddedTemplateText.hasDirective(r.template()) ? PolicyEditor.NONE
                    : new JsonPolicyEditor(tpl, m, ScalarStyle.HCL_HEREDOC);
            return Optional.of(PolicyReader.read(name, tpl, m, editor));
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
