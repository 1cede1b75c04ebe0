package io.ccmlint.rules.k8s;

import io.ccmlint.core.model.k8s.PodSpec;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;

/** CCM306: {@code runAsUser: 0}, {@code privileged: true} or {@code allowPrivilegeEscalation: true}. */
public final class ContainerRootRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM306", "container-root",
            "Container runs as root or privileged", Severity.WARNING, Category.KUBERNETES,
            "A container running as uid 0, privileged, or allowed to escalate privileges turns any compromise of"
                    + " it (a pipeline's shell step on a delegate, for one) into root on the node. Run as a non-root"
                    + " user, and set privileged and allowPrivilegeEscalation to false.",
            K8sSources.POD_SECURITY, FixKind.NONE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (PodSpec pod : context.workspace().kubernetes().podSpecs()) {
            String owner = pod.owner().describe();
            MapNode podSc = pod.securityContext();
            if (podSc != null) {
                rootUser(context, podSc.get("runAsUser"), "pod of " + owner);
            }
            for (PodSpec.Container c : pod.containers()) {
                MapNode sc = c.securityContext();
                if (sc == null) {
                    continue;
                }
                String who = "container " + c.name() + " of " + owner;
                rootUser(context, sc.get("runAsUser"), who);
                Node privileged = sc.get("privileged");
                if (Nodes.isTrue(privileged)) {
                    context.report(privileged.span(), who + " is privileged: it has every capability of the node;"
                            + " set privileged: false");
                }
                Node escalation = sc.get("allowPrivilegeEscalation");
                if (Nodes.isTrue(escalation)) {
                    context.report(escalation.span(), who + " allows privilege escalation (setuid binaries can gain"
                            + " root); set allowPrivilegeEscalation: false");
                }
            }
        }
    }

    private static void rootUser(RuleContext context, Node runAsUser, String who) {
        Long uid = Nodes.integer(runAsUser);
        if (uid != null && uid == 0) {
            context.report(runAsUser.span(), who + " runs as root (runAsUser: 0); run it as a non-root user");
        }
    }
}
