package io.ccmlint.core.model.harness;

import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.workspace.RoleMarks;
import io.ccmlint.core.workspace.Workspace;
import io.ccmlint.core.workspace.WorkspaceSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Harness YAML: pipelines, triggers and connectors. Each YAML connector is linked to the roles it
 * uses: a literal role ARN ({@code crossAccountRoleArn}, OIDC {@code iamRoleArn}) whose role name
 * is the AWS name of a role of the workspace (a Terraform {@code aws_iam_role} of any module).
 * Marked roles are then checked by CCM101 like those Terraform connectors use.
 */
public final class HarnessSource implements WorkspaceSource {
    @Override
    public void complete(Workspace.Builder ws, Run run) {
        HarnessModel harness = HarnessModel.build(ws.files());
        ws.harness(harness);
        for (HarnessConnector c : harness.connectors()) {
            ws.connector(c, rolesUsedBy(c, ws.roles()));
        }
    }

    private static List<Role> rolesUsedBy(HarnessConnector c, RoleMarks roles) {
        List<Role> used = new ArrayList<>();
        for (HarnessConnector.RoleUse use : c.roleArns()) {
            String name = RoleMarks.roleNameOf(use.arn());
            if (name != null) {
                used.addAll(roles.markNamed(name, use.how(), use.arn().span()));
            }
        }
        return used;
    }
}
