package io.ccmlint.core.model.policy;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;
import java.util.List;

/**
 * An IAM policy, whatever it was written in: a {@code .json} file, a Terraform {@code jsonencode}
 * or heredoc, a {@code aws_iam_policy_document} block, or a YAML field. Rules read this model and
 * ask its {@link PolicyEditor} for edits, which come back in the syntax of the origin.
 *
 * @param name a human name (file path, or Terraform address such as {@code aws_iam_policy.x})
 * @param span the whole document
 * @param version the Version value, or null when absent (an {@code aws_iam_policy_document} without one has
 *                the provider's default, {@link io.ccmlint.core.value.ScalarStyle#HCL_DEFAULT})
 * @param statementKeySpan where "Statement" (or the first statement block) is written, for findings about the whole policy
 * @param tree the JSON-shaped tree the policy was read from (JSON, YAML, jsonencode), for schema
 *             checks; null when it was written in another grammar (a policy-document block)
 * @param editor renders edits in the origin's syntax
 */
public record PolicyDocument(String name, SourceFile file, Span span, Scalar version,
                             Span statementKeySpan, List<Statement> statements, io.ccmlint.core.tree.Node tree,
                             PolicyEditor editor) {
    public PolicyDocument {
        statements = List.copyOf(statements);
    }

    private static final List<String> ASSUME_ACTIONS = List.of("sts:AssumeRole", "sts:AssumeRoleWithWebIdentity",
            "sts:AssumeRoleWithSAML", "sts:TagSession", "sts:SetSourceIdentity");

    /**
     * A trust (resource-based role) policy: some statement names a principal and an
     * {@code sts:Assume*} action.
     */
    public boolean isTrustPolicy() {
        for (Statement s : statements) {
            if (s.principal() != null && s.actions() != null && !s.actions().negated()) {
                for (Scalar a : s.actions().values()) {
                    for (String assume : ASSUME_ACTIONS) {
                        if (a.known() != null && io.ccmlint.core.iam.Wildcard.matchesAction(a.known(), assume)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
