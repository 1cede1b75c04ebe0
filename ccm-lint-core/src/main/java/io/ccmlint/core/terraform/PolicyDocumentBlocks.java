package io.ccmlint.core.terraform;

import io.ccmlint.core.edit.PolicyDocumentBlockEditor;
import io.ccmlint.core.hcl.HclAttribute;
import io.ccmlint.core.hcl.HclBlock;
import io.ccmlint.core.model.policy.Condition;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Principal;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.policy.ValueSet;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.terraform.eval.Evaluator;
import io.ccmlint.core.terraform.eval.Value;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code data "aws_iam_policy_document"} blocks into the policy model, with the provider's
 * defaults: {@code effect} is Allow and the version 2012-10-17 when not written (Scalars of style
 * {@link ScalarStyle#HCL_DEFAULT}, located at the block they apply to). Values are the evaluator's,
 * as {@link ValueNodes#located} Scalars: what Terraform computes stays unknown.
 */
final class PolicyDocumentBlocks {
    private PolicyDocumentBlocks() {
    }

    /**
     * True when the block's own statements are the whole document: no {@code dynamic} block (its
     * statements, principals or conditions come from a collection ccm-lint does not expand) and no
     * document merged in ({@code source_policy_documents}, {@code override_policy_documents} and
     * their older {@code _json} forms).
     */
    static boolean complete(HclBlock block) {
        for (String merged : List.of("source_policy_documents", "override_policy_documents", "source_json", "override_json")) {
            if (block.body().attribute(merged).isPresent()) {
                return false;
            }
        }
        return !hasDynamic(block.body(), 0);
    }

    private static boolean hasDynamic(io.ccmlint.core.hcl.HclBody body, int depth) {
        for (HclBlock b : body.blocks()) {
            if (b.type().equals("dynamic") || (depth < 8 && hasDynamic(b.body(), depth + 1))) {
                return true;
            }
        }
        return false;
    }

    /** @param address the document's address ({@code module.ccm.data.aws_iam_policy_document.trust}): its name */
    static PolicyDocument read(String address, SourceFile file, HclBlock block, Evaluator ev) {
        String name = address;
        Optional<HclAttribute> versionAttr = block.body().attribute("version");
        Scalar version = versionAttr.map(a -> ValueNodes.located(ev.eval(a.value())))
                .orElse(Scalar.known("2012-10-17", block.typeSpan(), ScalarStyle.HCL_DEFAULT));
        List<Statement> statements = new ArrayList<>();
        for (HclBlock st : block.body().blocks("statement")) {
            statements.add(statement(st, ev));
        }
        List<HclBlock> stBlocks = block.body().blocks("statement");
        var anchor = stBlocks.isEmpty() ? block.typeSpan() : stBlocks.get(0).typeSpan();
        return new PolicyDocument(name, file, block.span(), version, anchor, statements, null,
                TfJsonConverter.isTfJson(file) ? io.ccmlint.core.model.policy.PolicyEditor.NONE
                        : new PolicyDocumentBlockEditor(file, block,
                        versionAttr.map(a -> ValueNodes.located(ev.eval(a.value()))).orElse(null)));
    }

    private static Statement statement(HclBlock st, Evaluator ev) {
        Scalar sid = st.body().attribute("sid").map(a -> ValueNodes.located(ev.eval(a.value()))).orElse(null);
        Scalar effect = st.body().attribute("effect").map(a -> ValueNodes.located(ev.eval(a.value())))
                .orElse(Scalar.known("Allow", st.typeSpan(), ScalarStyle.HCL_DEFAULT));
        ValueSet actions = valueSet(st, "actions", "not_actions", ev);
        ValueSet resources = valueSet(st, "resources", "not_resources", ev);
        Principal principal = principal(st, "principals", false, ev);
        if (principal == null) {
            principal = principal(st, "not_principals", true, ev);
        }
        List<Condition> conditions = new ArrayList<>();
        var condBlocks = st.body().blocks("condition");
        for (HclBlock c : condBlocks) {
            Optional<HclAttribute> test = c.body().attribute("test");
            Optional<HclAttribute> variable = c.body().attribute("variable");
            Optional<HclAttribute> values = c.body().attribute("values");
            if (test.isPresent() && variable.isPresent() && values.isPresent()) {
                conditions.add(new Condition(ValueNodes.located(ev.eval(test.get().value())),
                        ValueNodes.located(ev.eval(variable.get().value())), values.get().value().span(),
                        scalars(ev.eval(values.get().value()))));
            }
        }
        var conditionSpan = condBlocks.isEmpty() ? null : condBlocks.get(0).span();
        return new Statement(st.span(), sid, effect, actions, resources, principal, conditionSpan, conditions);
    }

    private static ValueSet valueSet(HclBlock st, String key, String notKey, Evaluator ev) {
        Optional<HclAttribute> a = st.body().attribute(key);
        boolean negated = false;
        if (a.isEmpty()) {
            a = st.body().attribute(notKey);
            negated = true;
        }
        if (a.isEmpty()) {
            return null;
        }
        HclAttribute attr = a.get();
        return new ValueSet(attr.name(), negated, attr.nameSpan(), attr.value().span(), scalars(ev.eval(attr.value())));
    }

    private static Principal principal(HclBlock st, String type, boolean negated, Evaluator ev) {
        List<HclBlock> blocks = st.body().blocks(type);
        if (blocks.isEmpty()) {
            return null;
        }
        Map<String, List<Scalar>> byType = new LinkedHashMap<>();
        boolean wildcard = false;
        for (HclBlock p : blocks) {
            Optional<HclAttribute> t = p.body().attribute("type");
            Optional<HclAttribute> ids = p.body().attribute("identifiers");
            if (t.isEmpty() || ids.isEmpty()) {
                continue;
            }
            String kind = ValueNodes.located(ev.eval(t.get().value())).display();
            List<Scalar> identifiers = scalars(ev.eval(ids.get().value()));
            if (kind.equals("*")) {
                wildcard = identifiers.stream().anyMatch(i -> "*".equals(i.known()));
            } else {
                byType.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(identifiers);
            }
        }
        return new Principal(negated, wildcard && byType.isEmpty(), blocks.get(0).typeSpan(), blocks.get(0).span(), byType);
    }

    /** A list (or one value) as Scalars; a {@code null} gives none. */
    static List<Scalar> scalars(Value v) {
        List<Scalar> out = new ArrayList<>();
        if (v instanceof Value.Seq s) {
            for (Value item : s.items()) {
                out.add(ValueNodes.located(item));
            }
        } else if (!(v instanceof Value.Null)) {
            out.add(ValueNodes.located(v));
        }
        return out;
    }
}
