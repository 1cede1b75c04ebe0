package io.ccmlint.rules.k8s;

import com.google.auto.service.AutoService;
import io.ccmlint.core.model.k8s.Binding;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import java.util.List;

/** CCM305: a service account bound to {@code cluster-admin}. */
@AutoService(Rule.class)
@RuleInfo(id = "CCM305", slug = "cluster-admin-binding", title = "Service account bound to cluster-admin",
        severity = Severity.WARNING,
        reportsOn = {WorkspacePart.KUBERNETES},
        sources = {
            @Source(title = "Kubernetes: Using RBAC Authorization",
                    url = "https://kubernetes.io/docs/reference/access-authn-authz/rbac/"),
            @Source(title = "Harness: AWS connector settings reference",
                    url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference")})
public final class ClusterAdminBindingRule implements Rule {
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
