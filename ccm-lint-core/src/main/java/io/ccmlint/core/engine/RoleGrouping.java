package io.ccmlint.core.engine;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.workspace.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Roles the configuration declares: permission policies matched by {@code connectorPolicies} are
 * grouped by folder, and each folder is one Harness connector role whose policies count together.
 */
final class RoleGrouping {
    private RoleGrouping() {
    }

    static List<Role> connectorPolicyRoles(LintConfig config, List<PolicyDocument> policies) {
        if (config.connectorPolicies().isEmpty()) {
            return List.of();
        }
        Map<String, List<PolicyDocument>> byFolder = new TreeMap<>();
        for (PolicyDocument p : policies) {
            String rel = Paths.relative(config.baseDir(), p.file().path());
            if (!p.isTrustPolicy() && LintConfig.anyMatch(config.connectorPolicies(), rel)) {
                int slash = rel.lastIndexOf('/');
                byFolder.computeIfAbsent(slash < 0 ? "." : rel.substring(0, slash), k -> new ArrayList<>()).add(p);
            }
        }
        List<Role> roles = new ArrayList<>();
        byFolder.forEach((folder, docs) -> roles.add(new Role(folder, docs.get(0).statementKeySpan(), null, null, docs,
                List.of(), List.of(), "its policies match connectorPolicies in " + configName(config), null,
                io.ccmlint.core.model.role.RoleEditor.NONE)));
        return roles;
    }

    private static String configName(LintConfig config) {
        return config.file() == null ? "the configuration" : config.file().getFileName().toString();
    }
}
