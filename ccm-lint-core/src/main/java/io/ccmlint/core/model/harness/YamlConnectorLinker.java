package io.ccmlint.core.model.harness;

import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.terraform.RoleMarks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Links YAML connectors to the Terraform roles they use: a literal role ARN
 * ({@code crossAccountRoleArn}, OIDC {@code iamRoleArn}) whose role name is the AWS
 * {@code name} of an {@code aws_iam_role} of any module. Marked roles are then checked by CCM101
 * like those Terraform connectors use.
 */
public final class YamlConnectorLinker {
    private YamlConnectorLinker() {
    }

    /**
     * @param terraformRoles the Terraform roles (as {@code ConnectorLinker} marked them); marked further
     * @param rolesByConnector receives the roles each YAML connector uses
     */
    public static void link(List<HarnessConnector> yamlConnectors, RoleMarks terraformRoles,
                            Map<HarnessConnector, List<Role>> rolesByConnector) {
        for (HarnessConnector c : yamlConnectors) {
            List<Role> used = new ArrayList<>();
            for (HarnessConnector.RoleUse use : c.roleArns()) {
                String name = RoleMarks.roleNameOf(use.arn());
                if (name != null) {
                    used.addAll(terraformRoles.markNamed(name, use.how(), use.arn().span()));
                }
            }
            rolesByConnector.put(c, used);
        }
    }
}
