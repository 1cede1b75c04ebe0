package io.ccmlint.core.terraform;

import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.terraform.eval.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks the roles Harness connectors use: a reference {@code aws_iam_role.x.arn} in the same
 * module, or an ARN whose role name is known ({@code arn:aws:iam::${each.key}:role/HarnessCERole})
 * matched by name against the roles of every module.
 */
public final class ConnectorLinker {
    private ConnectorLinker() {
    }

    /** Module results in, every role out (linked ones marked), in module order. */
    public static List<Role> link(List<TerraformExtractor.Result> modules) {
        List<Map<String, Role>> linked = new ArrayList<>();
        for (TerraformExtractor.Result m : modules) {
            linked.add(new LinkedHashMap<>(m.rolesByAddress()));
        }
        for (int i = 0; i < modules.size(); i++) {
            for (TerraformConnectors.Found found : modules.get(i).connectors()) {
                for (HarnessConnector.RoleUse use : found.connector().roleArns()) {
                    mark(modules, linked, i, use);
                }
            }
        }
        List<Role> out = new ArrayList<>();
        linked.forEach(m -> out.addAll(m.values()));
        return out;
    }

    private static void mark(List<TerraformExtractor.Result> modules, List<Map<String, Role>> linked, int module,
                             HarnessConnector.RoleUse use) {
        Value arn = use.arn();
        if (arn instanceof Value.Unknown u && u.reference() != null && u.reference().startsWith("aws_iam_role.")) {
            String[] parts = u.reference().split("\\.");
            String address = "aws_iam_role." + parts[1];
            linked.get(module).computeIfPresent(address, (k, r) -> r.usedByConnector() ? r : r.usedBy(use.how(), arn.span()));
            return;
        }
        String name = roleName(arn);
        if (name == null) {
            return;
        }
        for (int i = 0; i < modules.size(); i++) {
            for (Map.Entry<String, String> e : modules.get(i).roleNames().entrySet()) {
                if (e.getValue().equals(name)) {
                    linked.get(i).computeIfPresent(e.getKey(), (k, r) -> r.usedByConnector() ? r : r.usedBy(use.how(), arn.span()));
                }
            }
        }
    }

    /** The role name at the end of a role ARN, when that part is known. */
    static String roleName(Value arn) {
        Object text = ValueNodes.scalar(arn);
        if (!(text instanceof String s)) {
            return null;
        }
        int role = s.indexOf(":role/");
        if (role < 0) {
            return null;
        }
        String name = s.substring(s.lastIndexOf('/') + 1);
        return name.isEmpty() || name.contains("${") || name.contains("}") ? null : name;
    }
}
