package io.ccmlint.core.model.role;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.workspace.FileKind;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.core.workspace.Paths;
import io.ccmlint.core.workspace.Workspace;
import io.ccmlint.core.workspace.WorkspaceSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Roles the configuration declares: permission policy files matched by {@code connectorPolicies}
 * are grouped by folder, and each folder is one Harness connector role whose policies count together.
 */
public final class ConnectorPolicyRoles implements WorkspaceSource {
    @Override
    public void complete(Workspace.Builder ws, Run run) {
        LintConfig config = ws.config();
        if (config.connectorPolicies().isEmpty()) {
            return;
        }
        Set<SourceFile> policyFiles = policyFiles(ws.files());
        Map<String, List<PolicyDocument>> byFolder = new TreeMap<>();
        for (PolicyDocument p : ws.policies()) {
            String rel = Paths.relative(config.baseDir(), p.file().path());
            if (policyFiles.contains(p.file()) && !p.isTrustPolicy() && LintConfig.anyMatch(config.connectorPolicies(), rel)) {
                int slash = rel.lastIndexOf('/');
                byFolder.computeIfAbsent(slash < 0 ? "." : rel.substring(0, slash), k -> new ArrayList<>()).add(p);
            }
        }
        String why = "its policies match connectorPolicies in " + configName(config);
        byFolder.forEach((folder, docs) -> ws.roles().add(new Role(folder, docs.get(0).statementKeySpan(), null, null, docs,
                List.of(), List.of(), why, null, RoleEditor.NONE)));
    }

    /** Files holding a policy document of their own (not a policy inside Terraform or another template). */
    private static Set<SourceFile> policyFiles(List<ParsedFile> files) {
        Set<SourceFile> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ParsedFile f : files) {
            if (f.documents().stream().anyMatch(d -> d.kind() == FileKind.IAM_POLICY)) {
                out.add(f.file());
            }
        }
        return out;
    }

    private static String configName(LintConfig config) {
        return config.file() == null ? "the configuration" : config.file().getFileName().toString();
    }
}
