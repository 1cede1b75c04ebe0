package io.ccmlint.rules.k8s;

import com.google.auto.service.AutoService;
import io.ccmlint.core.edit.YamlMappings;
import io.ccmlint.core.eksctl.ClusterConfig;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.MapNode;
import java.util.List;
import java.util.Optional;

/**
 * CCM314: an eksctl {@code ClusterConfig} declares IAM service accounts (IRSA) while
 * {@code iam.withOIDC} is not {@code true}: without the cluster's IAM OIDC provider no service
 * account can assume its role, and eksctl refuses to create them. Pod identity associations alone
 * need no OIDC provider. A {@code withOIDC} that is not a boolean at all is left alone.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM314", slug = "eks-oidc-disabled", title = "IRSA service accounts without the cluster's OIDC provider",
        severity = Severity.ERROR, fix = FixKind.SAFE,
        reportsOn = {WorkspacePart.EKSCTL},
        sources = {
            @Source(title = "eksctl: IAM Roles for Service Accounts",
                    url = "https://eksctl.io/usage/iamserviceaccounts/"),
            @Source(title = "Amazon EKS User Guide: Create an IAM OIDC provider for your cluster",
                    url = "https://docs.aws.amazon.com/eks/latest/userguide/enable-iam-roles-for-service-accounts.html"),
            @Source(title = "Amazon EKS User Guide: IAM roles for service accounts",
                    url = "https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html")})
public final class EksOidcDisabledRule implements Rule {
    @Override
    public void check(RuleContext context) {
        for (ClusterConfig c : context.workspace().eksctlClusters()) {
            if (c.serviceAccounts().isEmpty() || c.iam() == null || !Boolean.FALSE.equals(c.withOidcEnabled())) {
                continue;
            }
            MapNode.Entry w = c.withOidc();
            Span at = w != null ? w.value().span() : c.iam().keySpan();
            if (at.length() == 0) {
                at = w.keySpan(); // withOIDC: with nothing after it
            }
            int n = c.serviceAccounts().size();
            String message = "cluster " + c.clusterName() + " declares " + n + " IAM service account"
                    + (n == 1 ? "" : "s") + " (iam.serviceAccounts, first " + c.serviceAccounts().get(0).serviceAccount()
                    + ") but iam.withOIDC is " + (w == null ? "not set" : "not true") + ": the cluster gets no IAM OIDC"
                    + " provider, so no service account can assume its role (eksctl refuses to create them)";
            context.report(at, message, fix(c).map(e -> Fix.safe("set iam.withOIDC: true", List.of(e))).orElse(null));
        }
    }

    /** false becomes true in place; a missing withOIDC becomes the first key of iam. */
    private static Optional<TextEdit> fix(ClusterConfig c) {
        if (c.withOidc() != null) {
            return YamlMappings.setValue(c.withOidc(), Boolean.TRUE);
        }
        return c.iam().value() instanceof MapNode iam ? YamlMappings.addFirst(iam, "withOIDC", Boolean.TRUE) : Optional.empty();
    }
}
