package io.ccmlint.rules.harness;

import com.google.auto.service.AutoService;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.harness.HarnessNodes;
import io.ccmlint.core.model.harness.Pipeline;
import io.ccmlint.core.model.harness.Stage;
import io.ccmlint.core.model.k8s.K8sObject;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;

/**
 * CCM404: a stage on {@code KubernetesDirect} infrastructure whose AWS access relies on IRSA must
 * run its build pod as a service account annotated with {@code eks.amazonaws.com/role-arn}.
 * A stage relies on IRSA when it names a service account, or (IACM stages) when the workspace has
 * an AWS connector with {@code Irsa} credentials.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM404", slug = "irsa-build-pod-service-account", title = "Build pod without an IRSA service account",
        severity = Severity.WARNING,
        reportsOn = {WorkspacePart.HARNESS_PIPELINES},
        sources = {
            @Source(title = "Harness: IaCM AWS Authentication",
                    url = "https://developer.harness.io/kb/reference-architectures/iacm/iacm-aws-connectors"),
            @Source(title = "Amazon EKS User Guide: Assign IAM roles to Kubernetes service accounts",
                    url = "https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html")})
public final class IrsaBuildPodServiceAccountRule implements Rule {
    static final String ANNOTATION = "eks.amazonaws.com/role-arn";

    @Override
    public void check(RuleContext context) {
        boolean irsaConnector = context.workspace().connectors().stream()
                .anyMatch(c -> "Aws".equals(c.type()) && isIrsa(c));
        for (Pipeline p : context.workspace().harness().pipelines()) {
            for (Stage stage : p.stages()) {
                if (!stage.isTemplate() && "KubernetesDirect".equals(stage.infrastructureType())) {
                    check(context, stage, irsaConnector);
                }
            }
        }
    }

    private void check(RuleContext context, Stage stage, boolean irsaConnector) {
        MapNode spec = stage.infrastructureSpec();
        Node sa = spec == null ? null : spec.get("serviceAccountName");
        if (sa == null) {
            if (stage.isIacm() && irsaConnector) {
                Node at = stage.infrastructure().get("type");
                context.report(at.span(), "IACM stage " + stage.identifierText() + " runs its build pod on"
                        + " KubernetesDirect without serviceAccountName, but its AWS access relies on IRSA (the workspace"
                        + " has an Irsa AWS connector): set serviceAccountName to a service account annotated " + ANNOTATION);
            }
            return;
        }
        String name = sa.asText();
        String namespace = HarnessNodes.text(spec.get("namespace"));
        if (name == null || namespace == null || HarnessNodes.isExpression(sa) || namespace.contains("<+")) {
            return;
        }
        K8sObject account = context.workspace().kubernetes().serviceAccount(namespace, name);
        // eksctl annotates the service accounts of its iam.serviceAccounts
        if (account != null && account.annotation(ANNOTATION) == null
                && context.workspace().kubernetes().irsaRole(namespace, name) == null) {
            context.report(context.finding(sa.span(), "stage " + stage.identifierText() + " runs as service account "
                    + namespace + "/" + name + ", which has no " + ANNOTATION + " annotation: the build pod gets no"
                    + " IRSA role").related(account.anchor(), "service account " + namespace + "/" + name));
        }
    }

    static boolean isIrsa(HarnessConnector c) {
        return "Irsa".equals(c.credentialType());
    }
}
