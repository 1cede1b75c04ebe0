package io.ccmlint.rules.k8s;

import com.google.auto.service.AutoService;
import io.ccmlint.core.model.k8s.Binding;
import io.ccmlint.core.model.k8s.K8sModel;
import io.ccmlint.core.model.k8s.PodSpec;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.ScalarNode;

/**
 * CCM304: a workload's service account or a binding's subject that is not defined in its
 * namespace, checked only in namespaces where the workspace defines service accounts.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM304", slug = "service-account-missing", title = "Service account not defined",
        severity = Severity.WARNING,
        reportsOn = {WorkspacePart.KUBERNETES},
        sources = {
            @Source(title = "Kubernetes: Configure Service Accounts for Pods",
                    url = "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/"),
            @Source(title = "Kubernetes: Using RBAC Authorization",
                    url = "https://kubernetes.io/docs/reference/access-authn-authz/rbac/")})
public final class ServiceAccountMissingRule implements Rule {
    @Override
    public void check(RuleContext context) {
        K8sModel k8s = context.workspace().kubernetes();
        for (PodSpec pod : k8s.podSpecs()) {
            ScalarNode node = pod.serviceAccountNode();
            String name = pod.serviceAccountName();
            String ns = pod.owner().namespace();
            if (node != null && missing(k8s, ns, name)) {
                report(context, node.span(), pod.owner().describe() + " runs as service account " + name, ns, name);
            }
        }
        for (Binding b : k8s.bindings()) {
            for (Binding.Subject s : b.subjects()) {
                if (s.isServiceAccount() && missing(k8s, s.namespace(), s.name())) {
                    report(context, s.nameSpan(), b.object().describe() + " binds service account " + s.name(),
                            s.namespace(), s.name());
                }
            }
        }
    }

    static boolean missing(K8sModel k8s, String ns, String name) {
        return name != null && !name.isEmpty() && !name.equals("default") && ns != null
                && k8s.definesServiceAccountsIn(ns) && !k8s.mayDefineServiceAccount(ns, name)
                && k8s.irsaRole(ns, name) == null; // eksctl creates its IAM service accounts (unless roleOnly)
    }

    private static void report(RuleContext context, Span at, String what, String ns, String name) {
        context.report(at, what + ", which namespace " + ns + " does not define (the workspace defines other service"
                + " accounts there); create ServiceAccount " + ns + "/" + name + " or fix the name");
    }
}
