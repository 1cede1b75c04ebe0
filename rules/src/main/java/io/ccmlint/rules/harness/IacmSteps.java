package io.ccmlint.rules.harness;

import io.ccmlint.core.model.harness.Step;
import java.util.List;
import java.util.Set;

/** What the IaCM rules know about steps and commands. */
final class IacmSteps {
    /** Commands the IaCM Terraform/OpenTofu plugins document. */
    static final List<String> COMMANDS = List.of("init", "plan", "apply", "destroy", "plan-destroy", "plan-refresh-only",
            "apply-refresh-only", "detect-drift", "import", "removed", "validate", "fmt", "migrate-state");
    /** Commands that change infrastructure or state. */
    static final Set<String> MUTATING = Set.of("apply", "destroy", "apply-refresh-only", "import", "removed", "migrate-state");
    static final Set<String> PLANS = Set.of("plan", "plan-destroy", "plan-refresh-only");
    static final Set<String> PLUGINS = Set.of("IACMTerraformPlugin", "IACMOpenTofuPlugin", "IACMTerragruntPlugin");

    private IacmSteps() {
    }

    static boolean isPlugin(Step s) {
        return !s.group() && !s.isTemplate() && s.type() != null && PLUGINS.contains(s.type()); // Set.of: contains(null) throws
    }

    /** The command of a plugin step, or null (absent, not text, or a runtime expression). */
    static String command(Step s) {
        if (!isPlugin(s) || s.command() == null) {
            return null;
        }
        String c = s.command().asText();
        return c == null || c.contains("<+") ? null : c;
    }

    /** An approval step that really waits: any *Approval step, except IACMApproval with autoApprove: true. */
    static boolean isApproval(Step s) {
        if (s.group() || s.isTemplate() || s.type() == null || !s.type().endsWith("Approval")) {
            return false;
        }
        if (s.type().equals("IACMApproval") && s.spec() != null && s.spec().get("autoApprove") != null) {
            return !"true".equals(s.spec().get("autoApprove").asText());
        }
        return true;
    }
}
