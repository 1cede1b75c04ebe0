package io.ccmlint.core.terraform;

import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.value.Scalar;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks the roles Harness connectors use: a reference {@code aws_iam_role.x.arn} in the same
 * module, or an ARN whose role name is known ({@code arn:aws:iam::${each.key}:role/HarnessCERole})
 * matched by AWS name against the roles of every module. Also answers which roles each connector uses.
 */
public final class ConnectorLinker {
    private ConnectorLinker() {
    }

    /**
     * Every role (those connectors use marked), and for each connector (by identity) the roles it
     * uses; {@code marks} takes further marks (YAML connectors, the configuration).
     */
    public record Links(RoleMarks marks, Map<HarnessConnector, List<Role>> rolesByConnector) {
        public List<Role> roles() {
            return marks.roles();
        }
    }

    /** Module results in, every role out (linked ones marked), in module order. */
    public static Links link(List<TerraformExtractor.Result> modules) {
        RoleMarks marks = new RoleMarks(modules);
        Map<HarnessConnector, List<Role>> byConnector = new IdentityHashMap<>();
        for (int i = 0; i < modules.size(); i++) {
            for (TerraformConnectors.Found found : modules.get(i).connectors()) {
                List<Role> used = byConnector.computeIfAbsent(found.connector(), k -> new ArrayList<>());
                for (HarnessConnector.RoleUse use : found.connector().roleArns()) {
                    used.addAll(mark(marks, i, use));
                }
            }
        }
        return new Links(marks, byConnector);
    }

    /** Marks the roles one use points at and returns them. */
    private static List<Role> mark(RoleMarks marks, int module, HarnessConnector.RoleUse use) {
        Scalar arn = use.arn();
        String reference = arn.reference();
        if (reference != null && reference.startsWith("aws_iam_role.")) {
            String[] parts = reference.split("\\.");
            Role r = parts.length < 2 ? null : marks.markAddress(module, "aws_iam_role." + parts[1], use.how(), arn.span());
            return r == null ? List.of() : List.of(r);
        }
        String name = RoleMarks.roleNameOf(arn);
        return name == null ? List.of() : marks.markNamed(name, use.how(), arn.span());
    }
}
