package io.ccmlint.core.model.role;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.workspace.Workspace;
import io.ccmlint.core.workspace.WorkspaceSource;

/**
 * Marks the roles the configuration names as connector roles ({@code connectorRoles} globs matched
 * against the role's name, e.g. its Terraform address, or its AWS name), for connectors defined
 * elsewhere (in the Harness UI, another repository). Runs after every source of roles and
 * connectors: a role a connector of the workspace uses keeps that mark.
 */
public final class ConfiguredConnectorRoles implements WorkspaceSource {
    @Override
    public void complete(Workspace.Builder ws, Run run) {
        LintConfig config = ws.config();
        if (config.connectorRoles().isEmpty()) {
            return;
        }
        String why = "its name matches connectorRoles in "
                + (config.file() == null ? "the configuration" : config.file().getFileName());
        ws.roles().markEach(r -> LintConfig.anyMatch(config.connectorRoles(), r.name())
                || (r.awsName() != null && LintConfig.anyMatch(config.connectorRoles(), r.awsName())), why);
    }
}
