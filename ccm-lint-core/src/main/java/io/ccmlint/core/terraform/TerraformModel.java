package io.ccmlint.core.terraform;

import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.role.Role;
import java.util.List;

/** What one Terraform module contributes to the workspace. */
public record TerraformModel(List<PolicyDocument> policies, List<Role> roles, List<HarnessConnector> connectors) {
    public TerraformModel {
        policies = List.copyOf(policies);
        roles = List.copyOf(roles);
        connectors = List.copyOf(connectors);
    }
}
