package io.ccmlint.rules.k8s;

import io.ccmlint.core.model.k8s.Binding;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import java.util.List;

/** CCM305: a service account bound to {@code cluster-admin}. */
public final class ClusterAdminBindingRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM305", "cluster-admin-binding",
            "Service account bound to cluster-admin", Severity.WARNING, Category.KUBERNETES,
            "A service account bound to cluster-admin (the default of the Harness delegate manifests) lets any pod"
                    + " running as it, and anyone who can run a shell step on the delegate, do anything in the cluster."
                    + " Bind the ClusterRole view (Harness's CLUSTER_VIEWER) or a namespace Role with what the"
                    + " deployments need.",
            K8sSources.RBAC, FixKind.NONE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (Binding b : context.workspace().kubernetes().bindings()) {
            if (!"ClusterRole".equals(b.roleRefKind()) || !"cluster-admin".equals(b.roleRefName())
                    || b.roleRefNameNode() == null) {
                continue;
            }
            List<String> accounts = b.subjects().stream().filter(Binding.Subject::isServiceAccount)
                    .map(s -> s.namespace() + "/" + s.name()).toList();
            if (accounts.isEmpty()) {
                continue;
            }
            context.report(b.roleRefNameNode().span(), b.object().kind() + " " + b.object().name()
                    + " binds service account" + (accounts.size() == 1 ? " " : "s ") + String.join(", ", accounts)
                    + " to cluster-admin: full control of the cluster; bind the ClusterRole view or a namespace Role instead");
        }
    }
}
