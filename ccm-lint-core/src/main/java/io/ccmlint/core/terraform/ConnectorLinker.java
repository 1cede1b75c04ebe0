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
 * matched by name against the roles of every module. Also answers which roles each connector uses.
 */
public final class ConnectorLinker {
    private ConnectorLinker() {
    }

    /** Every role (those connectors use marked), and for each connector (by identity) the roles it uses. */
    public record Links(List<Role> roles, Map<HarnessConnector, List<Role>> rolesByConnector) {
    }

    /** Module results in, every role out (linked ones marked), in module order. */
    public static Links link(List<TerraformExtractor.Result> modules) {
        List<Map<String, Role>> linked = new ArrayList<>();
        for (TerraformExtractor.Result m : modules) {
            linked.add(new LinkedHashMap<>(m.rolesByAddress()));
        }
        Map<HarnessConnector, List<int[]>> uses = new java.util.IdentityHashMap<>();
        List<List<String>> addressesByModule = new ArrayList<>();
        modules.forEach(m -> addressesByModule.add(new ArrayList<>(m.rolesByAddress().keySet())));
        for (int i = 0; i < modules.size(); i++) {
            for (TerraformConnectors.Found found : modules.get(i).connectors()) {
                List<int[]> used = uses.computeIfAbsent(found.connector(), k -> new ArrayList<>());
                for (HarnessConnector.RoleUse use : found.connector().roleArns()) {
                    for (String[] hit : mark(modules, linked, i, use)) {
                        used.add(new int[] {Integer.parseInt(hit[0]), addressesByModule.get(Integer.parseInt(hit[0])).indexOf(hit[1])});
                    }
                }
            }
        }
        List<Role> out = new ArrayList<>();
        linked.forEach(m -> out.addAll(m.values()));
        Map<HarnessConnector, List<Role>> byConnector = new java.util.IdentityHashMap<>();
        uses.forEach((c, list) -> {
            List<Role> roles = new ArrayList<>();
            for (int[] u : list) {
                roles.add(linked.get(u[0]).get(addressesByModule.get(u[0]).get(u[1]))); // the marked (final) role
            }
            byConnector.put(c, roles);
        });
        return new Links(out, byConnector);
    }

    /** Marks the roles one use points at; returns (module index, address) of each. */
    private static List<String[]> mark(List<TerraformExtractor.Result> modules, List<Map<String, Role>> linked, int module,
                                       HarnessConnector.RoleUse use) {
        List<String[]> found = new ArrayList<>();
        Value arn = use.arn();
        if (arn instanceof Value.Unknown u && u.reference() != null && u.reference().startsWith("aws_iam_role.")) {
            String[] parts = u.reference().split("\\.");
            String address = "aws_iam_role." + parts[1];
            if (linked.get(module).containsKey(address)) {
                linked.get(module).computeIfPresent(address, (k, r) -> r.usedByConnector() ? r : r.usedBy(use.how(), arn.span()));
                found.add(new String[] {String.valueOf(module), address});
            }
            return found;
        }
        String name = roleName(arn);
        if (name == null) {
            return found;
        }
        for (int i = 0; i < modules.size(); i++) {
            for (Map.Entry<String, String> e : modules.get(i).roleNames().entrySet()) {
                if (e.getValue().equals(name)) {
                    linked.get(i).computeIfPresent(e.getKey(), (k, r) -> r.usedByConnector() ? r : r.usedBy(use.how(), arn.span()));
                    found.add(new String[] {String.valueOf(i), e.getKey()});
                }
            }
        }
        return found;
    }

    /** The role name at the end of a role ARN, when that part is known. */
    static String roleName(Value arn) {
        String name = ValueNodes.scalar(arn) instanceof String s ? io.ccmlint.core.aws.RoleArns.nameIn(s) : null;
        return name == null || name.contains("${") || name.contains("}") ? null : name;
    }
}
