package io.ccmlint.rules.k8s;

import com.google.auto.service.AutoService;
import io.ccmlint.core.model.k8s.PodSpec;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;

/** CCM306: {@code runAsUser: 0}, {@code privileged: true} or {@code allowPrivilegeEscalation: true}. */
@AutoService(Rule.class)
@RuleInfo(id = "CCM306", slug = "container-root", title = "Container runs as root or privileged",
        severity = Severity.WARNING,
        reportsOn = {WorkspacePart.KUBERNETES},
        sources = {
            @Source(title = "Kubernetes: Pod Security Standards",
                    url = "https://kubernetes.io/docs/concepts/security/pod-security-standards/"),
            @Source(title = "harness/delegate-helm-chart: the Harness delegate Helm chart",
                    url = "https://github.com/harness/delegate-helm-chart")})
public final class ContainerRootRule implements Rule {
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
