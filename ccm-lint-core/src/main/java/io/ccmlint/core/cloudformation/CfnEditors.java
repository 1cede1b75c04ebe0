package io.ccmlint.core.cloudformation;

import io.ccmlint.core.edit.CloudFormationRoleEditor;
import io.ccmlint.core.edit.JsonPolicyEditor;
import io.ccmlint.core.edit.YamlPolicyEditor;
import io.ccmlint.core.model.policy.PolicyEditor;
import io.ccmlint.core.model.role.RoleEditor;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Syntax;

/**
 * The editors of a template's text: a policy document or a role written as a plain mapping is
 * edited in the template's syntax; one an intrinsic function computes ({@code !If}, {@code !Ref})
 * is never edited.
 */
final class CfnEditors {
    private CfnEditors() {
    }

    /** An editor of a policy document as written ({@code raw}, not evaluated), or none. */
    static PolicyEditor policy(SourceFile file, Node raw) {
        if (!(raw instanceof MapNode m) || Intrinsics.call(m, false) != null) {
            return PolicyEditor.NONE;
        }
        return m.syntax() == Syntax.JSON ? new JsonPolicyEditor(file, m) : new YamlPolicyEditor(file, m);
    }

    /** An editor of a role resource (a new inline policy under {@code Properties.Policies}), or none. */
    static RoleEditor role(SourceFile file, CfnTemplate.Resource role) {
        return role.entry().value() instanceof MapNode m ? new CloudFormationRoleEditor(file, m) : RoleEditor.NONE;
    }
}
