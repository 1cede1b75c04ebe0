package io.ccmlint.core.model.harness;

import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.terraform.TerraformExtractor;
import io.ccmlint.core.terraform.eval.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Links YAML connectors to the Terraform roles they use: a literal role ARN
 * ({@code crossAccountRoleArn}, OIDC {@code iamRoleArn}) whose role name is the literal
 * {@code name} of an {@code aws_iam_role} of any module. Marked roles are then checked by CCM101
 * like those Terraform connectors use.
 */
public final class YamlConnectorLinker {
    private YamlConnectorLinker() {
    }

    /**
     * @param terraformRoles the roles of {@code modules}, in module order and each module's address order
     *                       (as {@code ConnectorLinker} returns them); marked in place
     * @param rolesByConnector receives the roles each YAML connector uses
     */
    public static void link(List<HarnessConnector> yamlConnectors, List<TerraformExtractor.Result> modules,
                            List<Role> terraformRoles, Map<HarnessConnector, List<Role>> rolesByConnector) {
        for (HarnessConnector c : yamlConnectors) {
            List<Role> used = new ArrayList<>();
            for (HarnessConnector.RoleUse use : c.roleArns()) {
                String name = roleName(use.arn());
                if (name == null) {
                    continue;
                }
                int offset = 0;
                for (TerraformExtractor.Result m : modules) {
                    List<String> addresses = new ArrayList<>(m.rolesByAddress().keySet());
                    for (Map.Entry<String, String> e : m.roleNames().entrySet()) {
                        int at = addresses.indexOf(e.getKey());
                        if (e.getValue().equals(name) && at >= 0 && offset + at < terraformRoles.size()) {
                            Role r = terraformRoles.get(offset + at);
                            if (!r.usedByConnector()) {
                                r = r.usedBy(use.how(), use.arn().span());
                                terraformRoles.set(offset + at, r);
                            }
                            used.add(r);
                        }
                    }
                    offset += addresses.size();
                }
            }
            rolesByConnector.put(c, used);
        }
    }

    /** The role name of a literal role ARN, or null. */
    static String roleName(Value arn) {
        return arn instanceof Value.Str s ? io.ccmlint.core.aws.RoleArns.nameIn(s.value()) : null;
    }
}
