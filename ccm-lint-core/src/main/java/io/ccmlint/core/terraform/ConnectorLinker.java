package io.ccmlint.core.terraform;

import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.workspace.RoleMarks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks the roles Harness connectors use: a reference to an aws_iam_role of the same module tree
 * ({@code aws_iam_role.x.arn}, or {@code module.ccm.aws_iam_role.this.arn} through a module's
 * output), or an ARN whose role name is known ({@code arn:aws:iam::${each.key}:role/HarnessCERole})
 * matched by AWS name against every role of the workspace so far. Also answers which roles each
 * connector uses.
 */
final class ConnectorLinker {
    private ConnectorLinker() {
    }

    /**
     * Adds the roles of the trees to {@code roles} (in tree order, each tree's in address order),
     * marks the ones the trees' connectors use, and returns for each connector (by identity) the
     * roles it uses.
     */
    static Map<HarnessConnector, List<Role>> link(List<TerraformExtractor.Result> trees, RoleMarks roles) {
        List<Map<String, RoleMarks.Slot>> byAddress = new ArrayList<>();
        for (TerraformExtractor.Result m : trees) {
            Map<String, RoleMarks.Slot> here = new HashMap<>();
            m.rolesByAddress().forEach((address, role) -> here.put(address, roles.add(role)));
            byAddress.add(here);
        }
        Map<HarnessConnector, List<Role>> byConnector = new IdentityHashMap<>();
        for (int i = 0; i < trees.size(); i++) {
            for (TerraformConnectors.Found found : trees.get(i).connectors()) {
                List<Role> used = byConnector.computeIfAbsent(found.connector(), k -> new ArrayList<>());
                for (HarnessConnector.RoleUse use : found.connector().roleArns()) {
                    used.addAll(mark(roles, byAddress.get(i), use));
                }
            }
        }
        return byConnector;
    }

    /** Marks the roles one use points at and returns them. */
    private static List<Role> mark(RoleMarks roles, Map<String, RoleMarks.Slot> tree, HarnessConnector.RoleUse use) {
        Scalar arn = use.arn();
        String role = TerraformAddress.resource(arn.reference(), "aws_iam_role");
        if (role != null) {
            RoleMarks.Slot s = tree.get(role);
            return s == null ? List.of() : List.of(s.mark(use.how(), arn.span()));
        }
        String name = RoleMarks.roleNameOf(arn);
        return name == null ? List.of() : roles.markNamed(name, use.how(), arn.span());
    }
}
