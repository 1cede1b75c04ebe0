package io.ccmlint.core.edit;

import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.hcl.HclBlock;
import io.ccmlint.core.model.policy.Effect;
import io.ccmlint.core.model.policy.StatementSpec;
import io.ccmlint.core.model.role.RoleEditor;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.value.ScalarStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds an {@code aws_iam_role_policy} resource right after an {@code aws_iam_role} block, for roles
 * whose existing policies cannot take a new statement (only AWS managed policies attached). Not
 * offered for roles with {@code count} or {@code for_each}: one resource would not fit them all.
 */
public final class TerraformRoleEditor implements RoleEditor {
    private final SourceFile file;
    private final HclBlock role;

    public TerraformRoleEditor(SourceFile file, HclBlock role) {
        this.file = file;
        this.role = role;
    }

    @Override
    public Optional<List<TextEdit>> addInlinePolicy(String policyName, StatementSpec s) {
        if (role.labels().size() != 2 || role.body().attribute("count").isPresent()
                || role.body().attribute("for_each").isPresent()) {
            return Optional.empty();
        }
        String label = role.labels().get(1).value();
        String nl = Layout.lineBreak(file);
        String outer = Layout.lineIndent(file, role.span().start());
        String unit = unit();
        String in1 = outer + unit;
        String in2 = in1 + unit;
        String in3 = in2 + unit;
        String resourceName = label + "_" + snake(policyName);
        List<String[]> statement = new ArrayList<>();
        if (s.sid() != null) {
            statement.add(new String[] {"Sid", Literals.hcl(s.sid())});
        }
        statement.add(new String[] {"Effect", Literals.hcl(s.effect() == Effect.ALLOW ? "Allow" : "Deny")});
        statement.add(new String[] {"Action", Literals.strings(ScalarStyle.HCL_STRING, s.actions(), false)});
        statement.add(new String[] {"Resource", Literals.strings(ScalarStyle.HCL_STRING, s.resources(), false)});
        String text = nl + nl
                + outer + "resource \"aws_iam_role_policy\" \"" + resourceName + "\" {" + nl
                + Layout.alignedLines(List.of(new String[] {"name", Literals.hcl(policyName)},
                        new String[] {"role", "aws_iam_role." + label + ".id"}), in1, "=", nl) + nl
                + in1 + "policy = jsonencode({" + nl
                + Layout.alignedLines(List.<String[]>of(new String[] {"Version", Literals.hcl("2012-10-17")}), in2, "=", nl) + nl
                + in2 + "Statement = [{" + nl
                + Layout.alignedLines(statement, in3, "=", nl) + nl
                + in2 + "}]" + nl
                + in1 + "})" + nl
                + outer + "}";
        return Optional.of(List.of(TextEdit.insert(role.span().atEnd(), text)));
    }

    private String unit() {
        var items = role.body().items();
        if (!items.isEmpty()) {
            String inner = Layout.indentBefore(file, items.get(0).span().start());
            String outer = Layout.lineIndent(file, role.span().start());
            if (inner != null && inner.length() > outer.length()) {
                return inner.substring(outer.length());
            }
        }
        return "  ";
    }

    private static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }
}
